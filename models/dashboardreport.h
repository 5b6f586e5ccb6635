#pragma once

#include "charttable.h"
#include "result.h"

#include <QDate>
#include <QJsonObject>
#include <QMetaType>

namespace redress {

/// What the leads' dashboard shows, read from GET /api/v1/reports/dashboard: one table per chart, so the chart and
/// its CSV export hold the same numbers — and those are the server's, computed in SQL, the same on every desk.
class DashboardReport
{
public:
    struct Filter
    {
        QDate from;
        QDate to;
        QString team;
        QString vendor;
        QString line;    ///< "car_rental", "parcel" or empty for both
        QString channel; ///< "phone", "chat", "email", "counter" or empty for all
    };

    /// Reads the server's answer; a missing or mistyped block is an error naming it.
    static Result<DashboardReport> fromJson(const QJsonObject &json);

    QDate from() const { return m_from; }
    QDate to() const { return m_to; }
    QString currency() const { return m_currency; }
    double medianHours() const { return m_medianHours; }
    double p90Hours() const { return m_p90Hours; }
    /// resolution, repeat_contacts, satisfaction, spend_by_tier, spend_by_category, spend_vs_budget, approval_sla,
    /// root_causes — in that order.
    const QList<ChartTable> &tables() const { return m_tables; }
    const ChartTable *table(const QString &id) const;

private:
    QDate m_from;
    QDate m_to;
    QString m_currency;
    double m_medianHours = 0;
    double m_p90Hours = 0;
    QList<ChartTable> m_tables;
};

} // namespace redress

Q_DECLARE_METATYPE(redress::DashboardReport)
