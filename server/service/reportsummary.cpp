#include "reportsummary.h"

#include "database.h"

#include <QHash>
#include <QStringList>

namespace redress {
namespace {

/// The key of a day total: the UTC day (ms / 86,400,000) and what a dashboard filters or groups by.
const char *const kKeys[] = {"day", "team", "vendor", "category", "channel", "root_cause", "tier", "currency"};

/// The additive figures, each a count or a sum that the dashboard adds up over days.
const char *const kCounters[] = {
    "resolved", "under_1h", "under_4h", "under_24h", "under_72h", "under_168h", "recovered", "repeat_7", "repeat_30",
    "nps_before", "nps_before_promoters", "nps_before_detractors", "nps_after", "nps_after_promoters",
    "nps_after_detractors", "csat_before", "csat_before_sum", "csat_after", "csat_after_sum", "spend_count",
    "spend_minor", "approvals_decided", "approvals_within_sla", "approvals_escalated"};

QString joined(const char *const *names, std::size_t count, const QString &prefix, const QString &separator)
{
    QStringList list;
    for (std::size_t i = 0; i < count; ++i)
        list.append(prefix + QString::fromLatin1(names[i]));
    return list.join(separator);
}

QString keys(const QString &prefix = {})
{
    return joined(kKeys, std::size(kKeys), prefix, QStringLiteral(", "));
}

QString counters(const QString &prefix = {})
{
    return joined(kCounters, std::size(kCounters), prefix, QStringLiteral(", "));
}

/// One part of a case's contribution: the key expressions, then an expression per named counter (0 for the rest).
QString part(const QString &keyExpressions, const QHash<QString, QString> &values, const QString &from)
{
    QStringList columns;
    for (const char *counter : kCounters) {
        const QString name = QString::fromLatin1(counter);
        columns.append(values.value(name, QStringLiteral("0")) + QLatin1String(" AS ") + name);
    }
    return QLatin1String("SELECT ") + keyExpressions + QLatin1String(", ") + columns.join(QLatin1String(", ")) + QLatin1String(" FROM ")
        + from;
}

QString within(int days)
{
    return QStringLiteral("EXISTS (SELECT 1 FROM cases n WHERE n.customer_id = r.customer_id AND n.opened_at > r.resolved_at "
                          "AND n.opened_at <= r.resolved_at + %1 AND n.id <> r.id)")
        .arg(qint64(days) * 86'400'000);
}

/// Every row a set of cases contributes (`condition` over `cases c`, used four times), summed per case and key.
/// The definitions are the dashboard's (docs/server.md, "Reports"); ReportQueries::dashboardFromRows computes the
/// same figures from the rows and the tests hold the two equal. Migration 7 backfills with the same text.
QString factsSelect(const QString &condition)
{
    const QString caseKeys = QStringLiteral("c.team AS team, c.vendor AS vendor, c.category AS category, c.channel AS channel");
    const auto flag = [](const QString &test) -> QString {
        return QLatin1String("CASE WHEN ") + test + QLatin1String(" THEN 1 ELSE 0 END");
    };
    const QString resolution = part(
        QStringLiteral("r.id AS case_id, r.resolved_at / 86400000 AS day, r.team AS team, r.vendor AS vendor, r.category AS category, "
                       "r.channel AS channel, r.root_cause AS root_cause, '' AS tier, '' AS currency"),
        {{QStringLiteral("resolved"), QStringLiteral("1")},
         {QStringLiteral("under_1h"), flag(QStringLiteral("r.d < 3600000"))},
         {QStringLiteral("under_4h"), flag(QStringLiteral("r.d < 14400000"))},
         {QStringLiteral("under_24h"), flag(QStringLiteral("r.d < 86400000"))},
         {QStringLiteral("under_72h"), flag(QStringLiteral("r.d < 259200000"))},
         {QStringLiteral("under_168h"), flag(QStringLiteral("r.d < 604800000"))},
         {QStringLiteral("recovered"), QStringLiteral("r.rec")},
         // Within 7 days implies within 30, so the two need no further condition to nest.
         {QStringLiteral("repeat_30"), flag(QLatin1String("r.rec = 1 AND ") + within(30))},
         {QStringLiteral("repeat_7"), flag(QLatin1String("r.rec = 1 AND ") + within(7))}},
        QLatin1String("(SELECT c.id, c.customer_id, c.resolved_at, c.team, c.vendor, c.category, c.channel, c.root_cause, "
                      "c.resolved_at - c.opened_at AS d, CASE WHEN EXISTS (SELECT 1 FROM compensations k WHERE k.case_id = c.id "
                      "AND k.state = 'applied') OR EXISTS (SELECT 1 FROM case_events e WHERE e.case_id = c.id AND "
                      "e.type = 'message.sent') THEN 1 ELSE 0 END AS rec FROM cases c WHERE c.status = 'resolved' AND "
                      "c.resolved_at IS NOT NULL AND ")
            + condition + QLatin1String(") r"));
    const QString surveys = part(
        QStringLiteral("v.case_id AS case_id, v.day AS day, v.team AS team, v.vendor AS vendor, v.category AS category, "
                       "v.channel AS channel, '' AS root_cause, '' AS tier, '' AS currency"),
        {{QStringLiteral("nps_before"), flag(QStringLiteral("v.nps = 1 AND v.w = 0"))},
         {QStringLiteral("nps_before_promoters"), flag(QStringLiteral("v.nps = 1 AND v.w = 0 AND v.score >= 9"))},
         {QStringLiteral("nps_before_detractors"), flag(QStringLiteral("v.nps = 1 AND v.w = 0 AND v.score <= 6"))},
         {QStringLiteral("nps_after"), flag(QStringLiteral("v.nps = 1 AND v.w = 1"))},
         {QStringLiteral("nps_after_promoters"), flag(QStringLiteral("v.nps = 1 AND v.w = 1 AND v.score >= 9"))},
         {QStringLiteral("nps_after_detractors"), flag(QStringLiteral("v.nps = 1 AND v.w = 1 AND v.score <= 6"))},
         {QStringLiteral("csat_before"), flag(QStringLiteral("v.nps = 0 AND v.w = 0"))},
         {QStringLiteral("csat_before_sum"), QStringLiteral("CASE WHEN v.nps = 0 AND v.w = 0 THEN v.score ELSE 0 END")},
         {QStringLiteral("csat_after"), flag(QStringLiteral("v.nps = 0 AND v.w = 1"))},
         {QStringLiteral("csat_after_sum"), QStringLiteral("CASE WHEN v.nps = 0 AND v.w = 1 THEN v.score ELSE 0 END")}},
        QLatin1String("(SELECT c.id AS case_id, s.answered_at / 86400000 AS day, ") + caseKeys
            + QLatin1String(", CASE WHEN s.kind = 'nps' THEN 1 ELSE 0 END AS nps, CASE WHEN c.resolved_at IS NOT NULL AND "
                            "s.answered_at >= c.resolved_at THEN 1 ELSE 0 END AS w, s.score AS score FROM surveys s JOIN cases c "
                            "ON c.id = s.case_id WHERE ")
            + condition + QLatin1String(") v"));
    const QString spend = part(
        QLatin1String("c.id AS case_id, k.created_at / 86400000 AS day, ") + caseKeys
            + QLatin1String(", '' AS root_cause, cu.tier AS tier, k.currency AS currency"),
        {{QStringLiteral("spend_count"), QStringLiteral("1")}, {QStringLiteral("spend_minor"), QStringLiteral("k.amount_minor")}},
        QLatin1String("compensations k JOIN cases c ON c.id = k.case_id JOIN customers cu ON cu.id = k.customer_id "
                      "WHERE k.state = 'applied' AND ")
            + condition);
    const QString approvals = part(
        QLatin1String("c.id AS case_id, a.created_at / 86400000 AS day, ") + caseKeys
            + QLatin1String(", '' AS root_cause, '' AS tier, '' AS currency"),
        {{QStringLiteral("approvals_decided"), flag(QStringLiteral("a.state IN ('approved', 'rejected')"))},
         {QStringLiteral("approvals_within_sla"),
          flag(QStringLiteral("a.state IN ('approved', 'rejected') AND a.escalations = 0 AND a.decided_at <= a.due_at"))},
         {QStringLiteral("approvals_escalated"), flag(QStringLiteral("a.escalations > 0"))}},
        QLatin1String("approvals a JOIN cases c ON c.id = a.case_id WHERE ") + condition);
    QStringList sums;
    for (const char *counter : kCounters)
        sums.append(QStringLiteral("SUM(f.%1) AS %1").arg(QString::fromLatin1(counter)));
    return QLatin1String("SELECT f.case_id, ") + keys(QStringLiteral("f.")) + QLatin1String(", ") + sums.join(QLatin1String(", "))
        + QLatin1String(" FROM (") + resolution + QLatin1String(" UNION ALL ") + surveys + QLatin1String(" UNION ALL ") + spend
        + QLatin1String(" UNION ALL ") + approvals + QLatin1String(") f GROUP BY f.case_id, ") + keys(QStringLiteral("f."));
}

Result<void> run(Database &database, const QString &sql, const QVariantList &binds)
{
    Result<QSqlQuery *> done = database.exec(sql, binds);
    if (!done)
        return done.error();
    done.value()->finish();
    return {};
}

QString sums(const QString &prefix)
{
    QStringList list;
    for (const char *counter : kCounters)
        list.append(QStringLiteral("SUM(%1%2) AS %2").arg(prefix, QString::fromLatin1(counter)));
    return list.join(QLatin1String(", "));
}

QString adjusted(const QString &sign, const QString &source)
{
    QStringList set;
    for (const char *counter : kCounters)
        set.append(QStringLiteral("%1 = report_days.%1 %2 %3.%1").arg(QString::fromLatin1(counter), sign, source));
    return set.join(QLatin1String(", "));
}

Result<QStringList> ids(Database &database, const QString &sql, const QVariantList &binds)
{
    Result<QSqlQuery *> query = database.exec(sql, binds);
    if (!query)
        return query.error();
    QStringList list;
    while (query.value()->next())
        list.append(query.value()->value(0).toString());
    query.value()->finish();
    return list;
}

} // namespace

QString ReportSummary::periodCondition(const QString &alias, qint64 fromDay, qint64 toDay, QVariantList &binds)
{
    // Greedy from the left: the longest aligned block that starts here and ends in the period; at most
    // 2 × (kSpanFactor − 1) blocks per span.
    QStringList blocks;
    for (qint64 day = fromDay; day <= toDay;) {
        qint64 span = kMaxSpan;
        while (span > 1 && (day % span != 0 || day + span - 1 > toDay))
            span /= kSpanFactor;
        blocks.append(QLatin1String("(") + alias + QLatin1String("span = ? AND ") + alias + QLatin1String("day = ?)"));
        binds.append(span);
        binds.append(day);
        day += span;
    }
    if (blocks.isEmpty())
        return QStringLiteral("1 = 0");
    return QLatin1String("(") + blocks.join(QLatin1String(" OR ")) + QLatin1Char(')');
}

Result<void> ReportSummary::refreshCase(Database &database, const QString &caseId)
{
    // Only the difference between the case's new share and its stored one goes to the blocks: a proposal changes one
    // spend row, so five block rows, not every row the case has. Statement texts are built once; Database keeps
    // them prepared.
    static const QString apply = []() -> QString {
        QStringList negated;
        QStringList nonZero;
        QStringList spans;
        for (const char *counter : kCounters) {
            negated.append(QLatin1String("-") + QString::fromLatin1(counter));
            nonZero.append(QStringLiteral("SUM(x.%1) <> 0").arg(QString::fromLatin1(counter)));
        }
        for (int span = 1; span <= kMaxSpan; span *= kSpanFactor)
            spans.append(QStringLiteral("SELECT %1 AS span").arg(span));
        const QString otherKeys = QStringLiteral("d.team, d.vendor, d.category, d.channel, d.root_cause, d.tier, d.currency");
        const QString delta = QLatin1String("SELECT ") + keys(QStringLiteral("x.")) + QLatin1String(", ") + sums(QStringLiteral("x."))
            + QLatin1String(" FROM (SELECT * FROM (") + factsSelect(QStringLiteral("c.id = ?"))
            + QLatin1String(") n UNION ALL SELECT case_id, ") + keys() + QLatin1String(", ") + negated.join(QLatin1String(", "))
            + QLatin1String(" FROM report_case_facts WHERE case_id = ?) x GROUP BY ") + keys(QStringLiteral("x."))
            + QLatin1String(" HAVING ") + nonZero.join(QLatin1String(" OR "));
        return QLatin1String("INSERT INTO report_days (span, ") + keys() + QLatin1String(", ") + counters()
            + QLatin1String(") SELECT * FROM (SELECT s.span AS span, d.day - d.day % s.span AS day, ") + otherKeys
            + QLatin1String(", ") + sums(QStringLiteral("d.")) + QLatin1String(" FROM (") + delta + QLatin1String(") d CROSS JOIN (")
            + spans.join(QLatin1String(" UNION ALL ")) + QLatin1String(") s GROUP BY s.span, d.day - d.day % s.span, ") + otherKeys
            + QLatin1String(") g WHERE 1 = 1 ON CONFLICT (span, ") + keys() + QLatin1String(") DO UPDATE SET ")
            + adjusted(QStringLiteral("+"), QStringLiteral("excluded"));
    }();
    static const QString forget = QStringLiteral("DELETE FROM report_case_facts WHERE case_id = ?");
    static const QString record = QLatin1String("INSERT INTO report_case_facts (case_id, ") + keys() + QLatin1String(", ")
        + counters() + QLatin1String(") ") + factsSelect(QStringLiteral("c.id = ?"));
    Result<QSqlQuery *> applied = database.exec(apply, {caseId, caseId, caseId, caseId, caseId});
    if (!applied)
        return applied.error();
    const int changed = applied.value()->numRowsAffected();
    applied.value()->finish();
    if (changed == 0)
        return {}; // the case counts as it did: its stored share stays right
    if (Result<void> done = run(database, forget, {caseId}); !done)
        return done;
    return run(database, record, {caseId, caseId, caseId, caseId});
}

Result<void> ReportSummary::caseOpened(Database &database, const QString &caseId, const QString &customerId, qint64 openedAt)
{
    if (Result<void> done = refreshCase(database, caseId); !done)
        return done;
    // The customer's recovered cases resolved in the 30 days before: this case may be their repeat contact.
    Result<QStringList> earlier = ids(database,
                                      QStringLiteral("SELECT id FROM cases WHERE customer_id = ? AND status = 'resolved' "
                                                     "AND resolved_at < ? AND resolved_at >= ? AND id <> ?"),
                                      {customerId, openedAt, openedAt - qint64(30) * 86'400'000, caseId});
    if (!earlier)
        return earlier.error();
    for (const QString &id : std::as_const(earlier.value())) {
        if (Result<void> done = refreshCase(database, id); !done)
            return done;
    }
    return {};
}

Result<void> ReportSummary::refreshCustomer(Database &database, const QString &customerId)
{
    Result<QStringList> cases = ids(database,
                                    QStringLiteral("SELECT id FROM cases WHERE customer_id = ? UNION "
                                                   "SELECT case_id FROM compensations WHERE customer_id = ?"),
                                    {customerId, customerId});
    if (!cases)
        return cases.error();
    for (const QString &id : std::as_const(cases.value())) {
        if (Result<void> done = refreshCase(database, id); !done)
            return done;
    }
    return {};
}

Result<void> ReportSummary::rebuild(Database &database)
{
    QStringList statements{
        QStringLiteral("DELETE FROM report_days"), QStringLiteral("DELETE FROM report_case_facts"),
        QLatin1String("INSERT INTO report_case_facts (case_id, ") + keys() + QLatin1String(", ") + counters() + QLatin1String(") ")
            + factsSelect(QStringLiteral("1 = 1")),
        QLatin1String("INSERT INTO report_days (span, ") + keys() + QLatin1String(", ") + counters() + QLatin1String(") SELECT 1, ")
            + keys() + QLatin1String(", ") + sums(QString()) + QLatin1String(" FROM report_case_facts GROUP BY ") + keys()};
    // Each span from the one below it: kSpanFactor blocks make one.
    const QString otherKeys = QStringLiteral("team, vendor, category, channel, root_cause, tier, currency");
    for (int span = kSpanFactor; span <= kMaxSpan; span *= kSpanFactor) {
        const QString block = QStringLiteral("day - day % ") + QString::number(span);
        statements.append(QLatin1String("INSERT INTO report_days (span, ") + keys() + QLatin1String(", ") + counters()
                          + QLatin1String(") SELECT ") + QString::number(span) + QLatin1String(", ") + block + QLatin1String(", ")
                          + otherKeys + QLatin1String(", ") + sums(QString()) + QLatin1String(" FROM report_days WHERE span = ")
                          + QString::number(span / kSpanFactor) + QLatin1String(" GROUP BY ") + block + QLatin1String(", ") + otherKeys);
    }
    for (const QString &sql : statements) {
        if (Result<void> done = database.execOnce(sql); !done)
            return done;
    }
    return {};
}

} // namespace redress
