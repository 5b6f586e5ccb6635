#include "reportqueries.h"

#include "database.h"
#include "documentcache.h"
#include "reportsummary.h"
#include "spendtotals.h"

#include <QSqlQuery>

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QHash>
#include <QMap>

#include <algorithm>
#include <cmath>

namespace redress {
namespace {

constexpr qint64 kHourMs = 60 * 60 * 1000;
constexpr qint64 kDayMs = 24 * kHourMs;

qint64 startOfDay(const QDate &day)
{
    return QDateTime(day, QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
}

QDate dayOf(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).date();
}

double rounded(double value, int decimals)
{
    const double scale = std::pow(10.0, decimals);
    return std::round(value * scale) / scale;
}

QJsonValue nullable(bool present, double value)
{
    return present ? QJsonValue(value) : QJsonValue(QJsonValue::Null);
}

QJsonObject moneyJson(qint64 minor, const QString &currency)
{
    return QJsonObject{{QStringLiteral("minor"), minor}, {QStringLiteral("currency"), currency}};
}

/// The first day of the budget period ("month" or "quarter") that holds `day`, and its length in days.
QDate periodStart(const QDate &day, const QString &period)
{
    if (period == QLatin1String("quarter"))
        return QDate(day.year(), ((day.month() - 1) / 3) * 3 + 1, 1);
    return QDate(day.year(), day.month(), 1);
}

QDate periodEnd(const QDate &day, const QString &period)
{
    const QDate start = periodStart(day, period);
    return start.addMonths(period == QLatin1String("quarter") ? 3 : 1).addDays(-1);
}

/// The cases a dashboard counts, as a WHERE fragment over `cases c` and its binds.
struct CaseFilter
{
    QString sql;
    QVariantList binds;
};

CaseFilter caseFilter(const AccessScope &scope, const ReportQueries::Filter &filter, const CompensationPolicy *policy)
{
    CaseFilter result{scope.condition(QStringLiteral("c.")), scope.binds()};
    if (!filter.team.isEmpty()) {
        result.sql += QLatin1String(" AND c.team = ?");
        result.binds.append(filter.team);
    }
    if (!filter.vendor.isEmpty()) {
        result.sql += QLatin1String(" AND c.vendor = ?");
        result.binds.append(filter.vendor);
    }
    if (!filter.channel.isEmpty()) {
        result.sql += QLatin1String(" AND c.channel = ?");
        result.binds.append(filter.channel);
    }
    if (!filter.line.isEmpty()) {
        // A case's line is its category's (the policy says which line each category belongs to); cases opened by
        // events carry no brand, so the brand's line would miss them.
        QStringList marks;
        if (policy) {
            for (const CompensationPolicy::Category &category : policy->categories()) {
                if (category.line == filter.line) {
                    marks.append(QStringLiteral("?"));
                    result.binds.append(category.id);
                }
            }
        }
        result.sql += marks.isEmpty() ? QStringLiteral(" AND 1 = 0")
                                      : QLatin1String(" AND c.category IN (") + marks.join(QLatin1String(", ")) + QLatin1Char(')');
    }
    return result;
}

QVariantList concat(QVariantList first, const QVariantList &second)
{
    first.append(second);
    return first;
}

struct Bucket
{
    const char *label;
    qint64 upperHours; ///< 0: no upper bound
};

const Bucket kBuckets[] = {{"< 1 h", 1},      {"1–4 h", 4},       {"4–24 h", 24},
                           {"1–3 days", 72}, {"3–7 days", 168}, {"> 7 days", 0}};

/// SQL for "a repeat contact within `days`": another case of the same customer opened after this one was resolved.
QString repeatWithin(const QString &alias, int days)
{
    return QStringLiteral("EXISTS (SELECT 1 FROM cases n WHERE n.customer_id = %1.customer_id AND n.opened_at > %1.resolved_at "
                          "AND n.opened_at <= %1.resolved_at + %2 AND n.id <> %1.id)")
        .arg(alias)
        .arg(days * kDayMs);
}

/// [{key: name, "minor": amount}], largest first (a chart reads as a ranking), names in order among equals.
QJsonArray rankedAmounts(const QMap<QString, qint64> &totals, const QString &key)
{
    QList<std::pair<QString, qint64>> list;
    for (auto it = totals.cbegin(); it != totals.cend(); ++it)
        list.append({it.key(), it.value()});
    std::stable_sort(list.begin(), list.end(), [](const auto &a, const auto &b) { return a.second > b.second; });
    QJsonArray array;
    for (const auto &[name, minor] : list)
        array.append(QJsonObject{{key, name}, {QStringLiteral("minor"), minor}});
    return array;
}

/// What a dashboard shows, however it was summed: ReportQueries::dashboard (day totals) and dashboardFromRows
/// (the rows) fill the same figures, and one function writes the answer, so the two can only differ in numbers.
struct Figures
{
    static constexpr int kBounded = int(std::size(kBuckets)) - 1;
    struct Cause
    {
        QString id;
        qint64 cases;
        qint64 recovered;
        qint64 repeats;
    };
    qint64 resolved = 0;
    qint64 below[kBounded] = {}; ///< resolved cases under each bounded bucket's upper limit
    qint64 recovered = 0;
    qint64 within7 = 0;
    qint64 within30 = 0;
    QList<Cause> causes;
    double median = 0;
    double p90 = 0;
    QJsonObject nps{{QStringLiteral("responses_before"), 0}, {QStringLiteral("score_before"), QJsonValue::Null},
                    {QStringLiteral("responses_after"), 0},  {QStringLiteral("score_after"), QJsonValue::Null}};
    QJsonObject csat{{QStringLiteral("responses_before"), 0}, {QStringLiteral("average_before"), QJsonValue::Null},
                     {QStringLiteral("responses_after"), 0},  {QStringLiteral("average_after"), QJsonValue::Null}};
    qint64 spendTotal = 0;
    QMap<QString, qint64> byTier;
    QMap<QString, qint64> byCategory;
    QJsonArray byTierAndCategory;
    QJsonValue budget = QJsonValue::Null;
    QJsonObject sla;

    /// One group of survey answers: NPS (promoters minus detractors) or CSAT (the average score).
    void addSurveys(bool isNps, bool after, qint64 responses, qint64 scoreSum, qint64 promoters, qint64 detractors)
    {
        if (responses == 0)
            return;
        const QString when = after ? QStringLiteral("after") : QStringLiteral("before");
        if (isNps) {
            const double score = 100.0 * double(promoters - detractors) / double(responses);
            nps.insert(QLatin1String("responses_") + when, responses);
            nps.insert(QLatin1String("score_") + when, rounded(score, 1));
        } else {
            csat.insert(QLatin1String("responses_") + when, responses);
            csat.insert(QLatin1String("average_") + when, rounded(double(scoreSum) / double(responses), 2));
        }
    }

    /// Applied compensation of one tier and category; called in (tier, category) order.
    void addSpend(const QString &tier, const QString &category, qint64 minor)
    {
        spendTotal += minor;
        byTier[tier] += minor;
        byCategory[category] += minor;
        byTierAndCategory.append(QJsonObject{{QStringLiteral("tier"), tier},
                                             {QStringLiteral("category"), category},
                                             {QStringLiteral("minor"), minor}});
    }

    QJsonObject toJson(const ReportQueries::Filter &filter, const QString &currency)
    {
        QJsonArray buckets;
        qint64 previous = 0;
        for (int i = 0; i <= kBounded; ++i) {
            const qint64 cumulative = i < kBounded ? below[i] : resolved;
            buckets.append(QJsonObject{
                {QStringLiteral("label"), QString::fromUtf8(kBuckets[i].label)},
                {QStringLiteral("upper_hours"), kBuckets[i].upperHours > 0 ? QJsonValue(kBuckets[i].upperHours) : QJsonValue(QJsonValue::Null)},
                {QStringLiteral("cases"), cumulative - previous}});
            previous = cumulative;
        }
        // Pareto: most cases first; the repeat rate is over the cause's recovered cases.
        std::sort(causes.begin(), causes.end(), [](const Cause &a, const Cause &b) {
            return a.cases != b.cases ? a.cases > b.cases : a.id < b.id;
        });
        QJsonArray rootCauses;
        for (const Cause &cause : std::as_const(causes)) {
            rootCauses.append(QJsonObject{
                {QStringLiteral("root_cause"), cause.id},
                {QStringLiteral("cases"), cause.cases},
                {QStringLiteral("recovered"), cause.recovered},
                {QStringLiteral("repeat_contacts"), cause.repeats},
                {QStringLiteral("repeat_rate"), cause.recovered > 0 ? rounded(double(cause.repeats) / double(cause.recovered), 4) : 0.0}});
        }
        return QJsonObject{
            {QStringLiteral("period"), QJsonObject{{QStringLiteral("from"), filter.from.toString(Qt::ISODate)},
                                                   {QStringLiteral("to"), filter.to.toString(Qt::ISODate)}}},
            {QStringLiteral("filters"), QJsonObject{{QStringLiteral("team"), filter.team},
                                                    {QStringLiteral("vendor"), filter.vendor},
                                                    {QStringLiteral("line"), filter.line},
                                                    {QStringLiteral("channel"), filter.channel}}},
            {QStringLiteral("currency"), currency},
            {QStringLiteral("resolution"),
             QJsonObject{{QStringLiteral("resolved"), resolved},
                         {QStringLiteral("median_hours"), nullable(resolved > 0, rounded(median / double(kHourMs), 2))},
                         {QStringLiteral("p90_hours"), nullable(resolved > 0, rounded(p90 / double(kHourMs), 2))},
                         {QStringLiteral("buckets"), buckets}}},
            {QStringLiteral("repeat_contacts"), QJsonObject{{QStringLiteral("recovered"), recovered},
                                                            {QStringLiteral("within_7_days"), within7},
                                                            {QStringLiteral("within_30_days"), within30}}},
            {QStringLiteral("satisfaction"), QJsonObject{{QStringLiteral("nps"), nps}, {QStringLiteral("csat"), csat}}},
            {QStringLiteral("spend"), QJsonObject{{QStringLiteral("total"), moneyJson(spendTotal, currency)},
                                                  {QStringLiteral("budget"), budget},
                                                  {QStringLiteral("by_tier"), rankedAmounts(byTier, QStringLiteral("tier"))},
                                                  {QStringLiteral("by_category"), rankedAmounts(byCategory, QStringLiteral("category"))},
                                                  {QStringLiteral("by_tier_and_category"), byTierAndCategory}}},
            {QStringLiteral("approval_sla"), sla},
            {QStringLiteral("root_causes"), rootCauses}};
    }
};

/// Median and 90th percentile of the resolution time of the `resolved` cases, interpolated as PostgreSQL's
/// percentile_cont does. Not additive, so read from the cases: migration 7's covering index
/// cases(status, resolved_at, team, vendor, category, channel, opened_at) lets the sort read no table rows.
Result<void> percentiles(Database &database, const CaseFilter &where, const QVariantList &period, Figures &figures)
{
    if (figures.resolved == 0)
        return {};
    const QString durations = QLatin1String("FROM cases c WHERE c.status = 'resolved' AND c.resolved_at >= ? "
                                            "AND c.resolved_at < ? AND ")
        + where.sql;
    if (database.driver() == Database::Driver::Postgres) {
        Result<QSqlQuery *> query = database.exec(
            QLatin1String("SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY c.resolved_at - c.opened_at), "
                          "percentile_cont(0.9) WITHIN GROUP (ORDER BY c.resolved_at - c.opened_at) ")
                + durations,
            concat(period, where.binds));
        if (!query)
            return query.error();
        if (query.value()->next()) {
            figures.median = query.value()->value(0).toDouble();
            figures.p90 = query.value()->value(1).toDouble();
        }
        query.value()->finish();
        return {};
    }
    // One sort for both: the rows at ⌊p·(n−1)⌋ and the next, numbered by a window over the durations.
    const double medianAt = 0.5 * double(figures.resolved - 1);
    const double p90At = 0.9 * double(figures.resolved - 1);
    const qint64 medianRow = qint64(std::floor(medianAt));
    const qint64 p90Row = qint64(std::floor(p90At));
    Result<QSqlQuery *> rows = database.exec(
        QLatin1String("SELECT rn, d FROM (SELECT c.resolved_at - c.opened_at AS d, ROW_NUMBER() OVER "
                      "(ORDER BY c.resolved_at - c.opened_at) - 1 AS rn ")
            + durations + QLatin1String(") ranked WHERE rn IN (?, ?, ?, ?)"),
        concat(concat(period, where.binds), {medianRow, medianRow + 1, p90Row, p90Row + 1}));
    if (!rows)
        return rows.error();
    QHash<qint64, double> at;
    while (rows.value()->next())
        at.insert(rows.value()->value(0).toLongLong(), rows.value()->value(1).toDouble());
    rows.value()->finish();
    const auto interpolate = [&at](double position, qint64 row) {
        const double low = at.value(row);
        const double high = at.value(row + 1, low);
        return low + (position - double(row)) * (high - low);
    };
    figures.median = interpolate(medianAt, medianRow);
    figures.p90 = interpolate(p90At, p90Row);
    return {};
}

/// The budget of the teams in view, prorated by day: each day counts 1/length of its budget period. Null when a
/// filter (line, channel) cuts across what a budget covers, or no team in view has one.
Result<QJsonValue> proratedBudget(Database &database, const AccessScope &scope, const ReportQueries::Filter &filter,
                                  const CompensationPolicy *policy, const QString &currency)
{
    if (!policy || !policy->teamBudgets() || !filter.line.isEmpty() || !filter.channel.isEmpty())
        return QJsonValue(QJsonValue::Null);
    QString teamSql = QLatin1String("SELECT DISTINCT team FROM customers WHERE ") + scope.condition();
    QVariantList teamBinds = scope.binds();
    if (!filter.team.isEmpty()) {
        teamSql += QLatin1String(" AND team = ?");
        teamBinds.append(filter.team);
    }
    if (!filter.vendor.isEmpty()) {
        teamSql += QLatin1String(" AND vendor = ?");
        teamBinds.append(filter.vendor);
    }
    Result<QSqlQuery *> teams = database.exec(teamSql, teamBinds);
    if (!teams)
        return teams.error();
    QStringList names;
    while (teams.value()->next())
        names.append(teams.value()->value(0).toString());
    teams.value()->finish();
    const QString &unit = policy->teamBudgets()->period;
    qint64 prorated = 0;
    bool any = false;
    for (const QString &team : std::as_const(names)) {
        const std::optional<Money> amount = policy->teamBudget(team);
        if (!amount)
            continue;
        any = true;
        for (QDate start = filter.from; start <= filter.to;) {
            const QDate end = std::min(periodEnd(start, unit), filter.to);
            const qint64 covered = start.daysTo(end) + 1;
            const qint64 length = periodStart(start, unit).daysTo(periodEnd(start, unit)) + 1;
            prorated += (amount->minor() * covered + length / 2) / length;
            start = end.addDays(1);
        }
    }
    return any ? QJsonValue(moneyJson(prorated, currency)) : QJsonValue(QJsonValue::Null);
}

} // namespace

bool ReportQueries::mayRead(Role role)
{
    return role == Role::Lead || role == Role::Manager || role == Role::Director || role == Role::Admin;
}

Result<QJsonObject> ReportQueries::dashboard(const AccessScope &scope, const Filter &filter, qint64 now)
{
    Result<std::shared_ptr<const PolicyEngine>> engine = m_documents.policyEngine();
    const CompensationPolicy *policy = engine ? &engine.value()->policy() : nullptr;
    const QString currency = policy ? policy->currency().code() : QStringLiteral("USD");
    const qint64 fromMs = startOfDay(filter.from);
    const qint64 toMs = startOfDay(filter.to.addDays(1)); // exclusive
    const CaseFilter where = caseFilter(scope, filter, policy);
    QVariantList days;
    const QString blocks = ReportSummary::periodCondition(QStringLiteral("c."), fromMs / kDayMs, startOfDay(filter.to) / kDayMs, days);
    Figures figures;

    // 1. Every additive figure from the day totals (ReportSummary), over the day blocks that cover the period: one
    // row per root cause; surveys and approvals are on the rows without one.
    QString sums;
    for (const char *counter : {"resolved", "under_1h", "under_4h", "under_24h", "under_72h", "under_168h", "recovered",
                                "repeat_7", "repeat_30", "nps_before", "nps_before_promoters", "nps_before_detractors",
                                "nps_after", "nps_after_promoters", "nps_after_detractors", "csat_before", "csat_before_sum",
                                "csat_after", "csat_after_sum", "approvals_decided", "approvals_within_sla", "approvals_escalated"})
        sums += QStringLiteral(", CAST(SUM(c.%1) AS BIGINT)").arg(QString::fromLatin1(counter));
    Result<QSqlQuery *> totals = m_database.exec(
        QLatin1String("SELECT c.root_cause") + sums
            + QLatin1String(" FROM report_days c WHERE ") + blocks + QLatin1String(" AND ") + where.sql
            + QLatin1String(" GROUP BY c.root_cause"),
        concat(days, where.binds));
    if (!totals)
        return totals.error();
    qint64 survey[10] = {};
    qint64 decided = 0;
    qint64 withinSla = 0;
    qint64 escalated = 0;
    while (totals.value()->next()) {
        const QSqlQuery &row = *totals.value();
        const auto at = [&row](int column) { return row.value(column).toLongLong(); };
        const qint64 cases = at(1);
        figures.resolved += cases;
        for (int i = 0; i < Figures::kBounded; ++i)
            figures.below[i] += at(2 + i);
        const qint64 recovered = at(7);
        const qint64 within30 = at(9);
        figures.recovered += recovered;
        figures.within7 += at(8);
        figures.within30 += within30;
        for (int i = 0; i < 10; ++i)
            survey[i] += at(10 + i);
        decided += at(20);
        withinSla += at(21);
        escalated += at(22);
        if (!row.value(0).toString().isEmpty() && cases > 0)
            figures.causes.append(Figures::Cause{row.value(0).toString(), cases, recovered, within30});
    }
    totals.value()->finish();
    figures.addSurveys(true, false, survey[0], 0, survey[1], survey[2]);
    figures.addSurveys(true, true, survey[3], 0, survey[4], survey[5]);
    figures.addSurveys(false, false, survey[6], survey[7], 0, 0);
    figures.addSurveys(false, true, survey[8], survey[9], 0, 0);

    // 2. The percentiles, from the cases (not additive).
    if (Result<void> done = percentiles(m_database, where, {fromMs, toMs}, figures); !done)
        return done.error();

    // 3. Applied compensation by tier and category, in the policy's currency. A group is there when it had a
    // compensation, even of zero.
    Result<QSqlQuery *> spend = m_database.exec(
        QLatin1String("SELECT c.tier, c.category, CAST(SUM(c.spend_minor) AS BIGINT) FROM report_days c WHERE c.currency = ? AND ")
            + blocks + QLatin1String(" AND ") + where.sql + QLatin1String(" GROUP BY c.tier, c.category HAVING SUM(c.spend_count) > 0 ORDER BY c.tier, c.category"),
        concat(concat({currency}, days), where.binds));
    if (!spend)
        return spend.error();
    while (spend.value()->next())
        figures.addSpend(spend.value()->value(0).toString(), spend.value()->value(1).toString(), spend.value()->value(2).toLongLong());
    spend.value()->finish();

    Result<QJsonValue> budget = proratedBudget(m_database, scope, filter, policy, currency);
    if (!budget)
        return budget.error();
    figures.budget = budget.value();

    // 4. Pending requests depend on the moment asked: few at any time, read from approvals by state.
    Result<QSqlQuery *> pending = m_database.exec(
        QLatin1String("SELECT COUNT(*), SUM(CASE WHEN a.due_at < ? THEN 1 ELSE 0 END) FROM approvals a JOIN cases c "
                      "ON c.id = a.case_id WHERE a.state = 'pending' AND a.created_at >= ? AND a.created_at < ? AND ")
            + where.sql,
        concat({now, fromMs, toMs}, where.binds));
    if (!pending)
        return pending.error();
    const bool any = pending.value()->next();
    figures.sla = QJsonObject{{QStringLiteral("decided"), decided},
                              {QStringLiteral("within_sla"), withinSla},
                              {QStringLiteral("escalated"), escalated},
                              {QStringLiteral("pending"), any ? pending.value()->value(0).toLongLong() : 0},
                              {QStringLiteral("pending_overdue"), any ? pending.value()->value(1).toLongLong() : 0}};
    pending.value()->finish();
    return figures.toJson(filter, currency);
}

Result<QJsonObject> ReportQueries::dashboardFromRows(const AccessScope &scope, const Filter &filter, qint64 now)
{
    Result<std::shared_ptr<const PolicyEngine>> engine = m_documents.policyEngine();
    const CompensationPolicy *policy = engine ? &engine.value()->policy() : nullptr;
    const QString currency = policy ? policy->currency().code() : QStringLiteral("USD");
    const qint64 fromMs = startOfDay(filter.from);
    const qint64 toMs = startOfDay(filter.to.addDays(1)); // exclusive
    const CaseFilter where = caseFilter(scope, filter, policy);
    const QVariantList period{fromMs, toMs};
    Figures figures;

    // 1. Resolved cases of the period: resolution-time buckets, recovered cases and their repeat contacts, by root
    // cause. Repeat checks run only for recovered cases, the 7-day one only when there was a 30-day one.
    QString bucketColumns;
    for (const Bucket &bucket : kBuckets) {
        if (bucket.upperHours > 0)
            bucketColumns += QStringLiteral(", SUM(CASE WHEN d < %1 THEN 1 ELSE 0 END)").arg(bucket.upperHours * kHourMs);
    }
    const QString resolvedCases =
        QLatin1String("SELECT c.id, c.customer_id, c.resolved_at, c.root_cause, c.resolved_at - c.opened_at AS d, "
                      "CASE WHEN EXISTS (SELECT 1 FROM compensations k WHERE k.case_id = c.id AND k.state = 'applied') "
                      "OR EXISTS (SELECT 1 FROM case_events e WHERE e.case_id = c.id AND e.type = 'message.sent') "
                      "THEN 1 ELSE 0 END AS rec FROM cases c WHERE c.status = 'resolved' AND c.resolved_at >= ? "
                      "AND c.resolved_at < ? AND ")
        + where.sql;
    const QString mainSql =
        QLatin1String("SELECT root_cause, COUNT(*)") + bucketColumns
        + QLatin1String(", SUM(rec), SUM(r30), SUM(CASE WHEN r30 = 1 AND ") + repeatWithin(QStringLiteral("l2"), 7)
        + QLatin1String(" THEN 1 ELSE 0 END) FROM (SELECT l1.*, CASE WHEN l1.rec = 1 AND ") + repeatWithin(QStringLiteral("l1"), 30)
        + QLatin1String(" THEN 1 ELSE 0 END AS r30 FROM (") + resolvedCases
        + QLatin1String(") l1) l2 GROUP BY root_cause");
    Result<QSqlQuery *> main = m_database.exec(mainSql, concat(period, where.binds));
    if (!main)
        return main.error();
    constexpr int kBounded = Figures::kBounded;
    while (main.value()->next()) {
        const QSqlQuery &row = *main.value();
        const qint64 cases = row.value(1).toLongLong();
        figures.resolved += cases;
        for (int i = 0; i < kBounded; ++i)
            figures.below[i] += row.value(2 + i).toLongLong();
        const qint64 rec = row.value(2 + kBounded).toLongLong();
        const qint64 r30 = row.value(3 + kBounded).toLongLong();
        figures.recovered += rec;
        figures.within30 += r30;
        figures.within7 += row.value(4 + kBounded).toLongLong();
        if (!row.value(0).toString().isEmpty())
            figures.causes.append(Figures::Cause{row.value(0).toString(), cases, rec, r30});
    }
    main.value()->finish();

    // 2. Median and 90th percentile of the resolution time.
    if (Result<void> done = percentiles(m_database, where, period, figures); !done)
        return done.error();

    // 3. Surveys answered in the period, before or after their case's resolution.
    Result<QSqlQuery *> surveys = m_database.exec(
        QLatin1String("SELECT s.kind, CASE WHEN c.resolved_at IS NOT NULL AND s.answered_at >= c.resolved_at THEN 1 ELSE 0 END, "
                      "COUNT(*), SUM(s.score), SUM(CASE WHEN s.score >= 9 THEN 1 ELSE 0 END), "
                      "SUM(CASE WHEN s.score <= 6 THEN 1 ELSE 0 END) FROM surveys s JOIN cases c ON c.id = s.case_id "
                      "WHERE s.answered_at >= ? AND s.answered_at < ? AND ")
            + where.sql + QLatin1String(" GROUP BY 1, 2"),
        concat(period, where.binds));
    if (!surveys)
        return surveys.error();
    while (surveys.value()->next()) {
        const QSqlQuery &row = *surveys.value();
        figures.addSurveys(row.value(0).toString() == QLatin1String("nps"), row.value(1).toInt() == 1, row.value(2).toLongLong(),
                           row.value(3).toLongLong(), row.value(4).toLongLong(), row.value(5).toLongLong());
    }
    surveys.value()->finish();

    // 4. Applied compensation created in the period, by tier and category.
    Result<QSqlQuery *> spend = m_database.exec(
        QLatin1String("SELECT cu.tier, c.category, CAST(SUM(k.amount_minor) AS BIGINT) FROM compensations k "
                      "JOIN cases c ON c.id = k.case_id JOIN customers cu ON cu.id = k.customer_id "
                      "WHERE k.state = 'applied' AND k.currency = ? AND k.created_at >= ? AND k.created_at < ? AND ")
            + where.sql + QLatin1String(" GROUP BY cu.tier, c.category ORDER BY cu.tier, c.category"),
        concat(concat({currency}, period), where.binds));
    if (!spend)
        return spend.error();
    while (spend.value()->next())
        figures.addSpend(spend.value()->value(0).toString(), spend.value()->value(1).toString(), spend.value()->value(2).toLongLong());
    spend.value()->finish();

    // 5. The budget of the teams in view.
    Result<QJsonValue> budget = proratedBudget(m_database, scope, filter, policy, currency);
    if (!budget)
        return budget.error();
    figures.budget = budget.value();

    // 6. Approval requests made in the period.
    Result<QSqlQuery *> approvals = m_database.exec(
        QLatin1String("SELECT SUM(CASE WHEN a.state IN ('approved', 'rejected') THEN 1 ELSE 0 END), "
                      "SUM(CASE WHEN a.state IN ('approved', 'rejected') AND a.escalations = 0 AND a.decided_at <= a.due_at "
                      "THEN 1 ELSE 0 END), SUM(CASE WHEN a.escalations > 0 THEN 1 ELSE 0 END), "
                      "SUM(CASE WHEN a.state = 'pending' THEN 1 ELSE 0 END), "
                      "SUM(CASE WHEN a.state = 'pending' AND a.due_at < ? THEN 1 ELSE 0 END) "
                      "FROM approvals a JOIN cases c ON c.id = a.case_id WHERE a.created_at >= ? AND a.created_at < ? AND ")
            + where.sql,
        concat(concat({now}, period), where.binds));
    if (!approvals)
        return approvals.error();
    if (approvals.value()->next()) {
        const QSqlQuery &row = *approvals.value();
        figures.sla = QJsonObject{{QStringLiteral("decided"), row.value(0).toLongLong()},
                                  {QStringLiteral("within_sla"), row.value(1).toLongLong()},
                                  {QStringLiteral("escalated"), row.value(2).toLongLong()},
                                  {QStringLiteral("pending"), row.value(3).toLongLong()},
                                  {QStringLiteral("pending_overdue"), row.value(4).toLongLong()}};
    }
    approvals.value()->finish();
    return figures.toJson(filter, currency);
}

Result<QJsonObject> ReportQueries::budget(const User &caller, const QString &requestedTeam, qint64 now)
{
    const AccessScope scope = AccessScope::of(caller);
    const QString team = requestedTeam.isEmpty() ? caller.team : requestedTeam;
    // A team is in scope when someone of it is: the caller's own, their vendor's, or any for in-house managers.
    Result<QSqlQuery *> known = m_database.exec(
        QLatin1String("SELECT 1 FROM users WHERE team = ? AND ") + scope.condition() + QLatin1String(" LIMIT 1"),
        concat({team}, scope.binds()));
    if (!known)
        return known.error();
    const bool inScope = known.value()->next();
    known.value()->finish();
    if (!inScope) {
        return Error{QStringLiteral("team.not_found"),
                     QCoreApplication::translate("ReportQueries", "No team %1 that you may see.").arg(team.left(64)), {}};
    }

    Result<std::shared_ptr<const PolicyEngine>> engine = m_documents.policyEngine();
    if (!engine)
        return engine.error();
    const CompensationPolicy &policy = engine.value()->policy();
    const QString currency = policy.currency().code();
    const QString unit = policy.teamBudgets() ? policy.teamBudgets()->period : QStringLiteral("month");
    const QDate today = dayOf(now);
    const QDate from = periodStart(today, unit);
    const QDate to = periodEnd(today, unit);
    const qint64 fromDay = SpendTotals::dayOf(startOfDay(from));
    const qint64 toDay = SpendTotals::dayOf(startOfDay(to));
    const qint64 todayDay = SpendTotals::dayOf(now);

    // Team totals and each agent's from the running day buckets (at most 92 per owner), not from compensations.
    Result<QSqlQuery *> totals = m_database.exec(
        QStringLiteral("SELECT state, CAST(SUM(amount_minor) AS BIGINT) FROM spend_buckets WHERE kind = 'team' AND owner = ? "
                       "AND currency = ? AND day >= ? AND day <= ? GROUP BY state"),
        {team, currency, fromDay, toDay});
    if (!totals)
        return totals.error();
    qint64 spent = 0;
    qint64 pending = 0;
    while (totals.value()->next()) {
        if (totals.value()->value(0).toString() == QLatin1String("applied"))
            spent = totals.value()->value(1).toLongLong();
        else
            pending = totals.value()->value(1).toLongLong();
    }
    totals.value()->finish();

    Result<QSqlQuery *> agents = m_database.exec(
        QLatin1String("SELECT u.id, u.username, u.display_name, u.role, CAST(COALESCE(SUM(b.amount_minor), 0) AS BIGINT), "
                      "CAST(COALESCE(SUM(CASE WHEN b.day = ? THEN b.amount_minor ELSE 0 END), 0) AS BIGINT) FROM users u "
                      "LEFT JOIN spend_buckets b ON b.kind = 'actor' AND b.owner = u.id AND b.state = 'applied' "
                      "AND b.currency = ? AND b.day >= ? AND b.day <= ? WHERE u.team = ? AND u.disabled = 0 "
                      "AND u.role <> 'integration' AND ")
            + scope.condition(QStringLiteral("u."))
            + QLatin1String(" GROUP BY u.id, u.username, u.display_name, u.role ORDER BY 5 DESC, u.username"),
        concat({todayDay, currency, fromDay, toDay, team}, scope.binds()));
    if (!agents)
        return agents.error();
    QJsonArray byAgent;
    while (agents.value()->next()) {
        const QSqlQuery &row = *agents.value();
        QJsonValue daily = QJsonValue::Null;
        const std::optional<Role> role = roleFromId(row.value(3).toString());
        if (role && policy.dailyBudget()) {
            if (const std::optional<Money> &limit = policy.dailyBudget()->byRole.at(std::size_t(*role)))
                daily = limit->minor();
        }
        byAgent.append(QJsonObject{{QStringLiteral("user_id"), row.value(0).toString()},
                                   {QStringLiteral("username"), row.value(1).toString()},
                                   {QStringLiteral("display_name"), row.value(2).toString()},
                                   {QStringLiteral("role"), row.value(3).toString()},
                                   {QStringLiteral("spent_minor"), row.value(4).toLongLong()},
                                   {QStringLiteral("today_minor"), row.value(5).toLongLong()},
                                   {QStringLiteral("daily_budget_minor"), daily}});
    }
    agents.value()->finish();

    // Tier and category are not in the buckets: one GROUP BY over the period's compensations of the team.
    Result<QSqlQuery *> split = m_database.exec(
        QStringLiteral("SELECT cu.tier, c.category, CAST(SUM(k.amount_minor) AS BIGINT) FROM compensations k "
                       "JOIN cases c ON c.id = k.case_id JOIN customers cu ON cu.id = k.customer_id "
                       "WHERE k.team = ? AND k.state = 'applied' AND k.currency = ? AND k.created_at >= ? AND k.created_at < ? "
                       "GROUP BY cu.tier, c.category"),
        {team, currency, startOfDay(from), startOfDay(to.addDays(1))});
    if (!split)
        return split.error();
    QMap<QString, qint64> byTier;
    QMap<QString, qint64> byCategory;
    while (split.value()->next()) {
        byTier[split.value()->value(0).toString()] += split.value()->value(2).toLongLong();
        byCategory[split.value()->value(1).toString()] += split.value()->value(2).toLongLong();
    }
    split.value()->finish();

    const std::optional<Money> teamBudget = policy.teamBudget(team);
    return QJsonObject{
        {QStringLiteral("team"), team},
        {QStringLiteral("period"), QJsonObject{{QStringLiteral("from"), from.toString(Qt::ISODate)},
                                               {QStringLiteral("to"), to.toString(Qt::ISODate)},
                                               {QStringLiteral("unit"), unit}}},
        {QStringLiteral("currency"), currency},
        {QStringLiteral("budget"), teamBudget ? QJsonValue(moneyJson(teamBudget->minor(), currency)) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("spent"), moneyJson(spent, currency)},
        {QStringLiteral("pending"), moneyJson(pending, currency)},
        {QStringLiteral("by_agent"), byAgent},
        {QStringLiteral("by_tier"), rankedAmounts(byTier, QStringLiteral("tier"))},
        {QStringLiteral("by_category"), rankedAmounts(byCategory, QStringLiteral("category"))}};
}

} // namespace redress
