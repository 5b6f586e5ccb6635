#include "reportservice.h"

#include "serverclient.h"

#include <QPointer>
#include <QUrlQuery>

namespace redress {

ReportService::ReportService(ServerClient &client, QObject *parent) : QObject(parent), m_client(client)
{
}

void ReportService::fetchDashboard(const DashboardReport::Filter &filter)
{
    QUrlQuery query;
    if (filter.from.isValid())
        query.addQueryItem(QStringLiteral("from"), filter.from.toString(Qt::ISODate));
    if (filter.to.isValid())
        query.addQueryItem(QStringLiteral("to"), filter.to.toString(Qt::ISODate));
    for (const auto &[key, value] : {std::pair{"team", filter.team}, std::pair{"vendor", filter.vendor},
                                     std::pair{"line", filter.line}, std::pair{"channel", filter.channel}}) {
        if (!value.isEmpty())
            query.addQueryItem(QLatin1String(key), value);
    }
    const quint64 request = ++m_dashboardRequest;
    QPointer<ReportService> self(this);
    m_client.report(QStringLiteral("dashboard"), query, [self, request](Result<QJsonObject> answer) {
        if (!self || request != self->m_dashboardRequest)
            return; // a newer filter was asked for since
        if (!answer)
            return Q_EMIT self->failed(answer.error().message);
        Result<DashboardReport> report = DashboardReport::fromJson(*answer);
        if (!report)
            return Q_EMIT self->failed(report.error().message);
        Q_EMIT self->dashboardReady(*report);
    });
}

void ReportService::fetchBudget(const QString &team)
{
    QUrlQuery query;
    if (!team.isEmpty())
        query.addQueryItem(QStringLiteral("team"), team);
    const quint64 request = ++m_budgetRequest;
    QPointer<ReportService> self(this);
    m_client.report(QStringLiteral("budget"), query, [self, request](Result<QJsonObject> answer) {
        if (!self || request != self->m_budgetRequest)
            return; // another team was asked for since
        if (!answer)
            return Q_EMIT self->failed(answer.error().message);
        Result<BudgetReport> report = BudgetReport::fromJson(*answer);
        if (!report)
            return Q_EMIT self->failed(report.error().toString());
        Q_EMIT self->budgetReady(*report);
    });
}

} // namespace redress
