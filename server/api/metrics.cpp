#include "metrics.h"

#include <QStringList>

#include <algorithm>

namespace redress {
namespace {

QString label(const QString &value)
{
    QString escaped = value;
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\")).replace(QLatin1Char('"'), QLatin1String("\\\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

} // namespace

void Metrics::recordRequest(const QString &route, const QByteArray &method, int status, double seconds)
{
    ++m_requests[route + QLatin1Char('|') + QString::fromLatin1(method) + QLatin1Char('|') + QString::number(status)];
    Histogram &histogram = m_latency[route];
    for (size_t i = 0; i < kBuckets.size(); ++i) {
        if (seconds <= kBuckets[i])
            ++histogram.counts[i];
    }
    ++histogram.total;
    histogram.sum += seconds;
}

void Metrics::recordMutation(const QString &type, const QString &status)
{
    ++m_mutations[type + QLatin1Char('|') + status];
}

void Metrics::addGauge(const QString &name, const QString &help, std::function<double()> read)
{
    m_gauges.append(Gauge{name, help, std::move(read)});
}

QByteArray Metrics::exposition() const
{
    QStringList lines;
    lines << QStringLiteral("# HELP redress_http_requests_total HTTP requests answered, by route, method and status.")
          << QStringLiteral("# TYPE redress_http_requests_total counter");
    QStringList keys = m_requests.keys();
    std::sort(keys.begin(), keys.end());
    for (const QString &key : keys) {
        const QStringList parts = key.split(QLatin1Char('|'));
        lines << QStringLiteral("redress_http_requests_total{route=%1,method=%2,status=%3} %4")
                     .arg(label(parts.at(0)), label(parts.at(1)), label(parts.at(2)))
                     .arg(m_requests.value(key));
    }
    lines << QStringLiteral("# HELP redress_http_request_duration_seconds Time to answer a request, by route.")
          << QStringLiteral("# TYPE redress_http_request_duration_seconds histogram");
    QStringList routes = m_latency.keys();
    std::sort(routes.begin(), routes.end());
    for (const QString &route : routes) {
        const Histogram &histogram = m_latency.value(route);
        for (size_t i = 0; i < kBuckets.size(); ++i) {
            lines << QStringLiteral("redress_http_request_duration_seconds_bucket{route=%1,le=\"%2\"} %3")
                         .arg(label(route))
                         .arg(kBuckets[i])
                         .arg(histogram.counts[i]);
        }
        lines << QStringLiteral("redress_http_request_duration_seconds_bucket{route=%1,le=\"+Inf\"} %2")
                     .arg(label(route))
                     .arg(histogram.total)
              << QStringLiteral("redress_http_request_duration_seconds_sum{route=%1} %2").arg(label(route)).arg(histogram.sum)
              << QStringLiteral("redress_http_request_duration_seconds_count{route=%1} %2").arg(label(route)).arg(histogram.total);
    }
    lines << QStringLiteral("# HELP redress_mutations_total Mutations processed, by type and result.")
          << QStringLiteral("# TYPE redress_mutations_total counter");
    QStringList mutationKeys = m_mutations.keys();
    std::sort(mutationKeys.begin(), mutationKeys.end());
    for (const QString &key : mutationKeys) {
        const QStringList parts = key.split(QLatin1Char('|'));
        lines << QStringLiteral("redress_mutations_total{type=%1,status=%2} %3")
                     .arg(label(parts.at(0)), label(parts.at(1)))
                     .arg(m_mutations.value(key));
    }
    for (const Gauge &gauge : m_gauges) {
        lines << QStringLiteral("# HELP %1 %2").arg(gauge.name, gauge.help) << QStringLiteral("# TYPE %1 gauge").arg(gauge.name)
              << QStringLiteral("%1 %2").arg(gauge.name).arg(gauge.read());
    }
    return (lines.join(QLatin1Char('\n')) + QLatin1Char('\n')).toUtf8();
}

} // namespace redress
