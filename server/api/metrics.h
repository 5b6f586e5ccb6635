#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>

#include <array>
#include <functional>

namespace redress {

/// Prometheus counters and a latency histogram for /metrics (text exposition format 0.0.4).
/// Labels are route patterns, never raw paths: ids in paths would make one series per case.
class Metrics
{
public:
    void recordRequest(const QString &route, const QByteArray &method, int status, double seconds);
    void recordMutation(const QString &type, const QString &status);
    /// A gauge read when /metrics is scraped, e.g. approvals pending (counted in the database).
    void addGauge(const QString &name, const QString &help, std::function<double()> read);

    QByteArray exposition() const;

private:
    static constexpr std::array<double, 10> kBuckets{0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0};
    struct Histogram
    {
        std::array<quint64, kBuckets.size()> counts{};
        quint64 total = 0;
        double sum = 0;
    };
    struct Gauge
    {
        QString name;
        QString help;
        std::function<double()> read;
    };

    QHash<QString, quint64> m_requests;  ///< key: route|method|status
    QHash<QString, Histogram> m_latency; ///< key: route
    QHash<QString, quint64> m_mutations; ///< key: type|status
    QList<Gauge> m_gauges;
};

} // namespace redress
