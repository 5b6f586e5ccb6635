#include "dashboardreport.h"

#include "currency.h"
#include "tier.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <cmath>

namespace redress {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("redress::DashboardReport", text);
}

Error missing(const QString &where)
{
    return Error{QStringLiteral("report.shape"), tr("The server's dashboard has no valid \"%1\" block.").arg(where), where};
}

/// Minor units as a decimal number of the currency's major units (USD 1234.50 → 1234.5).
double major(qint64 minor, int decimals)
{
    return double(minor) / std::pow(10.0, decimals);
}

/// "carrier_delay" → "Carrier delay": the policy and trees name causes and categories by id only.
QString fromId(const QString &id)
{
    QString text = id;
    text.replace(QLatin1Char('_'), QLatin1Char(' '));
    if (!text.isEmpty())
        text[0] = text.at(0).toUpper();
    return text;
}

QString tierText(const QString &id)
{
    const std::optional<Tier> tier = tierFromId(id);
    return fromId(tier ? tierLabel(*tier) : id);
}

QVariant number(const QJsonValue &value)
{
    return value.isDouble() ? QVariant(value.toDouble()) : QVariant();
}

} // namespace

const ChartTable *DashboardReport::table(const QString &id) const
{
    for (const ChartTable &table : m_tables)
        if (table.id == id)
            return &table;
    return nullptr;
}

Result<DashboardReport> DashboardReport::fromJson(const QJsonObject &json)
{
    DashboardReport report;
    const QJsonObject period = json.value(QLatin1String("period")).toObject();
    report.m_from = QDate::fromString(period.value(QLatin1String("from")).toString(), Qt::ISODate);
    report.m_to = QDate::fromString(period.value(QLatin1String("to")).toString(), Qt::ISODate);
    if (!report.m_from.isValid() || !report.m_to.isValid())
        return missing(QStringLiteral("period"));
    report.m_currency = json.value(QLatin1String("currency")).toString();
    const std::optional<Currency> currency = Currency::fromCode(report.m_currency);
    if (!currency)
        return missing(QStringLiteral("currency"));
    const int decimals = currency->exponent();

    const QJsonObject resolution = json.value(QLatin1String("resolution")).toObject();
    if (!resolution.value(QLatin1String("buckets")).isArray())
        return missing(QStringLiteral("resolution"));
    report.m_medianHours = resolution.value(QLatin1String("median_hours")).toDouble();
    report.m_p90Hours = resolution.value(QLatin1String("p90_hours")).toDouble();
    ChartTable times{QStringLiteral("resolution"), tr("Time to resolution"), {tr("Time to resolution"), tr("Cases")}, {}};
    for (const QJsonValue &bucket : resolution.value(QLatin1String("buckets")).toArray()) {
        const QJsonObject b = bucket.toObject();
        times.rows.append({b.value(QLatin1String("label")).toString(), b.value(QLatin1String("cases")).toDouble()});
    }
    report.m_tables.append(times);

    const QJsonObject repeat = json.value(QLatin1String("repeat_contacts")).toObject();
    if (!repeat.value(QLatin1String("recovered")).isDouble())
        return missing(QStringLiteral("repeat_contacts"));
    const double recovered = repeat.value(QLatin1String("recovered")).toDouble();
    ChartTable repeats{QStringLiteral("repeat_contacts"), tr("Repeat contacts after a recovery"),
                       {tr("Within"), tr("Recovered cases"), tr("Repeat contacts"), tr("Rate")}, {}};
    for (const auto &[key, label] : {std::pair{"within_7_days", tr("7 days")}, std::pair{"within_30_days", tr("30 days")}}) {
        const double repeated = repeat.value(QLatin1String(key)).toDouble();
        repeats.rows.append({label, recovered, repeated, recovered > 0 ? repeated / recovered : QVariant()});
    }
    report.m_tables.append(repeats);

    const QJsonObject satisfaction = json.value(QLatin1String("satisfaction")).toObject();
    const QJsonObject nps = satisfaction.value(QLatin1String("nps")).toObject();
    const QJsonObject csat = satisfaction.value(QLatin1String("csat")).toObject();
    ChartTable surveys{QStringLiteral("satisfaction"), tr("Satisfaction before and after recovery"),
                       {tr("Measure"), tr("Before recovery"), tr("After recovery"), tr("Responses before"), tr("Responses after")}, {}};
    surveys.rows.append({tr("NPS"), number(nps.value(QLatin1String("score_before"))), number(nps.value(QLatin1String("score_after"))),
                         nps.value(QLatin1String("responses_before")).toDouble(), nps.value(QLatin1String("responses_after")).toDouble()});
    surveys.rows.append({tr("CSAT (1–5)"), number(csat.value(QLatin1String("average_before"))),
                         number(csat.value(QLatin1String("average_after"))), csat.value(QLatin1String("responses_before")).toDouble(),
                         csat.value(QLatin1String("responses_after")).toDouble()});
    report.m_tables.append(surveys);

    const QJsonObject spend = json.value(QLatin1String("spend")).toObject();
    if (!spend.value(QLatin1String("total")).isObject())
        return missing(QStringLiteral("spend"));
    ChartTable byTier{QStringLiteral("spend_by_tier"), tr("Goodwill spend by tier"), {tr("Tier"), tr("Spent (%1)").arg(report.m_currency)}, {}};
    for (const QJsonValue &row : spend.value(QLatin1String("by_tier")).toArray()) {
        const QJsonObject r = row.toObject();
        byTier.rows.append({tierText(r.value(QLatin1String("tier")).toString()),
                            major(r.value(QLatin1String("minor")).toInteger(), decimals)});
    }
    report.m_tables.append(byTier);
    ChartTable byCategory{QStringLiteral("spend_by_category"), tr("Goodwill spend by category"),
                          {tr("Category"), tr("Spent (%1)").arg(report.m_currency)}, {}};
    for (const QJsonValue &row : spend.value(QLatin1String("by_category")).toArray()) {
        const QJsonObject r = row.toObject();
        byCategory.rows.append({fromId(r.value(QLatin1String("category")).toString()),
                                major(r.value(QLatin1String("minor")).toInteger(), decimals)});
    }
    report.m_tables.append(byCategory);
    const QJsonValue budget = spend.value(QLatin1String("budget"));
    ChartTable vsBudget{QStringLiteral("spend_vs_budget"), tr("Goodwill spend against budget"),
                        {tr("Item"), tr("Amount (%1)").arg(report.m_currency)}, {}};
    vsBudget.rows.append({tr("Spent"), major(spend.value(QLatin1String("total")).toObject().value(QLatin1String("minor")).toInteger(), decimals)});
    vsBudget.rows.append({tr("Budget"), budget.isObject() ? QVariant(major(budget.toObject().value(QLatin1String("minor")).toInteger(), decimals))
                                                          : QVariant()});
    report.m_tables.append(vsBudget);

    const QJsonObject sla = json.value(QLatin1String("approval_sla")).toObject();
    if (!sla.value(QLatin1String("decided")).isDouble())
        return missing(QStringLiteral("approval_sla"));
    const double decided = sla.value(QLatin1String("decided")).toDouble();
    const double within = sla.value(QLatin1String("within_sla")).toDouble();
    ChartTable approvals{QStringLiteral("approval_sla"), tr("Approval SLA compliance"), {tr("Approvals"), tr("Requests")}, {}};
    approvals.rows.append({tr("Decided within SLA"), within});
    approvals.rows.append({tr("Decided late"), decided - within});
    approvals.rows.append({tr("Pending, within SLA"),
                           sla.value(QLatin1String("pending")).toDouble() - sla.value(QLatin1String("pending_overdue")).toDouble()});
    approvals.rows.append({tr("Pending, overdue"), sla.value(QLatin1String("pending_overdue")).toDouble()});
    approvals.rows.append({tr("Escalated"), sla.value(QLatin1String("escalated")).toDouble()});
    report.m_tables.append(approvals);

    if (!json.value(QLatin1String("root_causes")).isArray())
        return missing(QStringLiteral("root_causes"));
    ChartTable causes{QStringLiteral("root_causes"), tr("Root causes (Pareto)"),
                      {tr("Root cause"), tr("Cases"), tr("Cumulative share"), tr("Repeat-contact rate")}, {}};
    double total = 0;
    for (const QJsonValue &row : json.value(QLatin1String("root_causes")).toArray())
        total += row.toObject().value(QLatin1String("cases")).toDouble();
    double running = 0;
    for (const QJsonValue &row : json.value(QLatin1String("root_causes")).toArray()) {
        const QJsonObject r = row.toObject();
        running += r.value(QLatin1String("cases")).toDouble();
        causes.rows.append({fromId(r.value(QLatin1String("root_cause")).toString()), r.value(QLatin1String("cases")).toDouble(),
                            total > 0 ? running / total : QVariant(), number(r.value(QLatin1String("repeat_rate")))});
    }
    report.m_tables.append(causes);
    return report;
}

} // namespace redress
