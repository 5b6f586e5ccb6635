#include "reportendpoints.h"

#include "apirequest.h"
#include "endpointsupport.h"
#include "reportqueries.h"
#include "router.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QRegularExpression>

namespace redress {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ReportEndpoints", text);
}

ApiResponse badParameter(const QString &name, const QString &reason)
{
    QJsonObject body{{QStringLiteral("error"),
                      QJsonObject{{QStringLiteral("code"), QStringLiteral("request.parameter")},
                                  {QStringLiteral("message"), QString(name + QLatin1String(": ") + reason)},
                                  {QStringLiteral("parameter"), name}}}};
    return ApiResponse::json(400, body);
}

std::optional<ApiResponse> refuseBelowLead(const ApiRequest &request)
{
    if (ReportQueries::mayRead(request.caller().user.role))
        return std::nullopt;
    return ApiResponse::error(403, QStringLiteral("forbidden"),
                              tr("Reports are for leads, managers, directors and administrators."));
}

/// A UTC calendar day "YYYY-MM-DD", or `fallback` when the parameter is absent.
std::optional<ApiResponse> readDay(const ApiRequest &request, const QString &name, const QDate &fallback, QDate *day)
{
    if (!request.query.hasQueryItem(name)) {
        *day = fallback;
        return std::nullopt;
    }
    static const QRegularExpression pattern(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    const QString text = request.query.queryItemValue(name, QUrl::FullyDecoded);
    *day = QDate::fromString(text, Qt::ISODate);
    if (!pattern.match(text).hasMatch() || !day->isValid())
        return badParameter(name, tr("a calendar day such as 2026-05-31 is expected."));
    return std::nullopt;
}

/// An optional id-like filter: empty, or up to 64 characters of letters, digits, '_', '-' and '.'.
std::optional<ApiResponse> readId(const ApiRequest &request, const QString &name, QString *value)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9_.-]{0,64}$"));
    *value = request.query.queryItemValue(name, QUrl::FullyDecoded);
    if (!pattern.match(*value).hasMatch())
        return badParameter(name, tr("an id of at most 64 letters, digits, '_', '-' or '.' is expected."));
    return std::nullopt;
}

} // namespace

void ReportEndpoints::install(Router &router, ReportQueries &reports)
{
    router.add("GET", QStringLiteral("/api/v1/reports/dashboard"), Router::Access::SignedIn, [&reports](ApiRequest &request) {
        if (std::optional<ApiResponse> refused = refuseBelowLead(request))
            return *refused;
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        const QDate today = QDateTime::fromMSecsSinceEpoch(now, Qt::UTC).date();
        ReportQueries::Filter filter;
        if (std::optional<ApiResponse> bad = readDay(request, QStringLiteral("to"), today, &filter.to))
            return *bad;
        if (std::optional<ApiResponse> bad = readDay(request, QStringLiteral("from"),
                                                     filter.to.addDays(1 - ReportQueries::kDefaultDays), &filter.from))
            return *bad;
        if (filter.from > filter.to)
            return badParameter(QStringLiteral("from"), tr("the first day comes after the last (to)."));
        if (filter.from.daysTo(filter.to) + 1 > ReportQueries::kMaxDays)
            return badParameter(QStringLiteral("to"), tr("a report covers at most %1 days.").arg(ReportQueries::kMaxDays));
        for (const auto &[name, value] : {std::pair{QStringLiteral("team"), &filter.team},
                                          std::pair{QStringLiteral("vendor"), &filter.vendor},
                                          std::pair{QStringLiteral("channel"), &filter.channel}}) {
            if (std::optional<ApiResponse> bad = readId(request, name, value))
                return *bad;
        }
        filter.line = request.query.queryItemValue(QStringLiteral("line"), QUrl::FullyDecoded);
        if (!filter.line.isEmpty() && filter.line != QLatin1String("car_rental") && filter.line != QLatin1String("parcel"))
            return badParameter(QStringLiteral("line"), tr("car_rental or parcel is expected."));
        Result<QJsonObject> answer = reports.dashboard(AccessScope::of(request.caller().user), filter, now);
        return answer ? ApiResponse::json(200, answer.value()) : errorResponse(400, answer.error());
    });
    router.add("GET", QStringLiteral("/api/v1/reports/budget"), Router::Access::SignedIn, [&reports](ApiRequest &request) {
        if (std::optional<ApiResponse> refused = refuseBelowLead(request))
            return *refused;
        QString team;
        if (std::optional<ApiResponse> bad = readId(request, QStringLiteral("team"), &team))
            return *bad;
        Result<QJsonObject> answer = reports.budget(request.caller().user, team, QDateTime::currentMSecsSinceEpoch());
        if (!answer)
            return errorResponse(answer.error().code == QLatin1String("team.not_found") ? 404 : 400, answer.error());
        return ApiResponse::json(200, answer.value());
    });
}

} // namespace redress
