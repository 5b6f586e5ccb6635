// Reports (issue 6): the dashboard query (ReportQueries::dashboard, the whole of GET /api/v1/reports/dashboard but
// HTTP) over a million cases with compensations, messages, surveys and approvals in proportion, on SQLite and, with
// REDRESS_TEST_PG, on PostgreSQL. A plain program: it prints the wall time of each run and their median.
//
//   cmake -S . -B build/release -G Ninja -DCMAKE_BUILD_TYPE=Release -DREDRESS_BUILD_BENCH=ON
//   cmake --build build/release --target bench_reports
//   build/release/bench/bench_reports [--cases N] [--runs N] [--keep] [--check] [--rows] [--no-vacuum]
//   scripts/with-postgres.sh build/release/bench/bench_reports
//
// The rows are generated in SQL (a recursive CTE on SQLite, generate_series on PostgreSQL) from the row number
// alone, so both databases hold the same data and give the same figures (printed for comparison). Over one year:
// 95% of cases resolved, skewed resolution times up to ~8 days, 60% with an applied compensation, 20% with only a
// message, 30% with a survey, 3% with an approval request; 200,000 customers, so repeat contacts happen.
//
// The rows go in past the services, so the day totals (ReportSummary) are then rebuilt from them, as migration 7
// backfills an upgraded database; that time is printed. Beside each dashboard time: the bare limit, the two
// statements a dashboard cannot do without (one GROUP BY over the day totals, the percentile sort over the
// covering index) run alone in SQL. --check compares the answer with ReportQueries::dashboardFromRows for 30 days,
// --rows times dashboardFromRows for every scenario too (tens of seconds each). Last, the cost a write now pays:
// ReportSummary::refreshCase and caseOpened on random cases, in transactions of 100.

#include "auditchain.h"
#include "database.h"
#include "databaseurl.h"
#include "documentcache.h"
#include "documentstore.h"
#include "reportqueries.h"
#include "reportsummary.h"
#include "servertestsupport.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace redress;

namespace {

bool run(Database &database, const QString &sql)
{
    Result<void> done = database.execOnce(sql);
    if (!done)
        fprintf(stderr, "%s\n", qPrintable(done.error().toString()));
    return done.ok();
}

/// `body` (SQL over a row number `x`) for x = 1..count, as the dialect generates series.
QString series(bool postgres, qint64 count, const QString &insert, const QString &select, const QString &where = QStringLiteral("1 = 1"))
{
    if (postgres)
        return insert + QLatin1Char(' ') + select + QStringLiteral(" FROM generate_series(CAST(1 AS BIGINT), %1) AS g(x) WHERE ").arg(count) + where;
    return QStringLiteral("WITH RECURSIVE g(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM g WHERE x < %1) ").arg(count) + insert
        + QLatin1Char(' ') + select + QStringLiteral(" FROM g WHERE ") + where;
}

bool fill(Database &database, qint64 cases, qint64 now)
{
    const bool pg = database.driver() == Database::Driver::Postgres;
    const qint64 customers = std::max<qint64>(1, cases / 5);
    const QString cat = QStringLiteral(
        "CASE x % 13 WHEN 0 THEN 'late_delivery' WHEN 1 THEN 'late_delivery' WHEN 2 THEN 'late_delivery' WHEN 3 THEN 'missed_delivery' "
        "WHEN 4 THEN 'missed_delivery' WHEN 5 THEN 'damaged_parcel' WHEN 6 THEN 'lost_parcel' WHEN 7 THEN 'left_in_rain' "
        "WHEN 8 THEN 'vehicle_breakdown' WHEN 9 THEN 'counter_wait' WHEN 10 THEN 'wrong_vehicle' WHEN 11 THEN 'dirty_vehicle' "
        "ELSE 'billing_error' END");
    // Customer of case x, and its team (the customer's number mod 3), computed the same way everywhere.
    const QString customerOf = QStringLiteral("(((x * 7919) % %1) + 1)").arg(customers);
    const QString teamOf = QStringLiteral("CASE %1 % 3 WHEN 0 THEN 'care-east' WHEN 1 THEN 'care-west' ELSE 'harbor-bpo' END");
    const QString vendorOf = QStringLiteral("CASE %1 % 3 WHEN 2 THEN 'harbor-bpo' ELSE '' END");
    // Not linear in x: a customer's cases (x apart by a multiple of `customers`) then fall at unrelated times.
    const QString opened = QStringLiteral("(%1 - ((x * 104729 + ((x * x) % 99991) * 7919) % 31536000) * 1000)").arg(now - 86'400'000);
    const QString duration = QStringLiteral("((((x * 48271) % 1000) * ((x * 48271) % 1000)) * 700 + 60000)");
    const QString concat = QStringLiteral("||");
    const QStringList steps{
        series(pg, customers,
               QStringLiteral("INSERT INTO customers (id, name, tier, region, team, vendor, search_text, created_at, updated_at)"),
               QStringLiteral("SELECT 'bc' %1 x, 'Customer ' %1 x, CASE x % 4 WHEN 0 THEN 'standard' WHEN 1 THEN 'silver' "
                              "WHEN 2 THEN 'gold' ELSE 'platinum' END, 'us-east', %2, %3, 'c', 0, 0")
                   .arg(concat, teamOf.arg(QStringLiteral("x")), vendorOf.arg(QStringLiteral("x")))),
        series(pg, cases,
               QStringLiteral("INSERT INTO cases (id, customer_id, team, vendor, category, channel, title, status, opened_by, "
                              "opened_at, updated_at, resolved_at, root_cause)"),
               QStringLiteral("SELECT 'b' %1 x, 'bc' %1 %2, %3, %4, %5, CASE x % 4 WHEN 0 THEN 'phone' WHEN 1 THEN 'chat' "
                              "WHEN 2 THEN 'email' ELSE 'counter' END, 't', CASE WHEN x % 20 = 0 THEN 'open' ELSE 'resolved' END, "
                              "'bench', %6, %6, CASE WHEN x % 20 = 0 THEN NULL ELSE %6 + %7 END, "
                              "CASE WHEN x % 20 = 0 THEN '' ELSE 'cause_' %1 ((x * 31) % 97 % (1 + x % 23)) END")
                   .arg(concat, customerOf, teamOf.arg(customerOf), vendorOf.arg(customerOf), cat, opened, duration)),
        series(pg, cases,
               QStringLiteral("INSERT INTO compensations (id, case_id, customer_id, actor_id, team, vendor, kind, amount_minor, "
                              "currency, state, verdict, approval_id, created_at)"),
               QStringLiteral("SELECT 'bp' %1 x, 'b' %1 x, 'bc' %1 %2, 'bench', %3, %4, 'voucher', (x % 50 + 1) * 100, 'USD', "
                              "CASE WHEN x % 33 = 0 THEN 'pending_approval' ELSE 'applied' END, '{}', "
                              "CASE WHEN x % 33 = 0 THEN 'ba' %1 x ELSE '' END, %5 + %6 / 2")
                   .arg(concat, customerOf, teamOf.arg(customerOf), vendorOf.arg(customerOf), opened, duration),
               QStringLiteral("x % 5 < 3")),
        series(pg, cases, QStringLiteral("INSERT INTO approvals (id, compensation_id, case_id, requester_id, team, vendor, "
                                         "required_level, amount_minor, currency, state, reasons, created_at, due_at, escalations, decided_at)"),
               QStringLiteral("SELECT 'ba' %1 x, 'bp' %1 x, 'b' %1 x, 'bench', %2, %3, 'lead', 100, 'USD', "
                              "CASE x % 4 WHEN 0 THEN 'pending' WHEN 1 THEN 'rejected' ELSE 'approved' END, '[]', %4, %4 + 14400000, "
                              "CASE WHEN x % 7 = 0 THEN 1 ELSE 0 END, CASE WHEN x % 4 = 0 THEN NULL ELSE %4 + (x % 9) * 3600000 END")
                   .arg(concat, teamOf.arg(customerOf), vendorOf.arg(customerOf), opened),
               QStringLiteral("x % 33 = 0 AND x % 5 < 3")),
        series(pg, cases, QStringLiteral("INSERT INTO case_events (case_id, at, actor_id, type, data)"),
               QStringLiteral("SELECT 'b' %1 x, %2, 'bench', CASE WHEN x % 5 = 3 THEN 'message.sent' ELSE 'case.opened' END, '{}'")
                   .arg(concat, opened)),
        series(pg, cases,
               QStringLiteral("INSERT INTO surveys (id, case_id, customer_id, team, vendor, kind, score, answered_at, received_at)"),
               QStringLiteral("SELECT 'bs' %1 x, 'b' %1 x, 'bc' %1 %2, %3, %4, CASE WHEN x % 2 = 0 THEN 'nps' ELSE 'csat' END, "
                              "CASE WHEN x % 2 = 0 THEN x % 11 ELSE 1 + x % 5 END, %5 + %6 + (x % 3 - 1) * 3600000, 0")
                   .arg(concat, customerOf, teamOf.arg(customerOf), vendorOf.arg(customerOf), opened, duration),
               QStringLiteral("x % 10 < 3")),
    };
    for (const QString &step : steps) {
        QElapsedTimer timer;
        timer.start();
        if (!run(database, step))
            return false;
        fprintf(stderr, "  %s: %lld ms\n", qPrintable(step.mid(step.indexOf(QLatin1String("INSERT INTO ")) + 12).section(QLatin1Char(' '), 0, 0)),
                timer.elapsed());
    }
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    qint64 cases = 1'000'000;
    int runs = 5;
    const QStringList arguments = app.arguments();
    for (int i = 1; i + 1 < arguments.size(); ++i) {
        if (arguments.at(i) == QLatin1String("--cases"))
            cases = arguments.at(i + 1).toLongLong();
        else if (arguments.at(i) == QLatin1String("--runs"))
            runs = arguments.at(i + 1).toInt();
    }
    QTemporaryDir dir;
    if (arguments.contains(QLatin1String("--keep"))) { // for EXPLAIN QUERY PLAN by hand
        dir.setAutoRemove(false);
        fprintf(stderr, "keeping %s\n", qPrintable(dir.path()));
    }
    const QString url = testDatabaseUrl(dir);
    const QString problem = TestOrganisation::create(url);
    if (!problem.isEmpty()) {
        fprintf(stderr, "%s\n", qPrintable(problem));
        return 1;
    }
    Result<DatabaseUrl> parsed = DatabaseUrl::parse(url);
    Result<std::unique_ptr<Database>> opened = Database::open(parsed.value(), QStringLiteral("bench-reports"));
    if (!opened) {
        fprintf(stderr, "%s\n", qPrintable(opened.error().toString()));
        return 1;
    }
    Database &database = *opened.value();
    const bool pg = database.driver() == Database::Driver::Postgres;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    fprintf(stderr, "filling %s with %lld cases\n", pg ? "postgres" : "sqlite", cases);
    QElapsedTimer filling;
    filling.start();
    if (!fill(database, cases, now))
        return 1;
    fprintf(stderr, "filled in %.1f s\n", double(filling.elapsed()) / 1000.0);
    QElapsedTimer rebuilding;
    rebuilding.start();
    if (Result<void> rebuilt = ReportSummary::rebuild(database); !rebuilt) {
        fprintf(stderr, "%s\n", qPrintable(rebuilt.error().toString()));
        return 1;
    }
    const qint64 rebuildMs = rebuilding.elapsed();
    // On PostgreSQL also VACUUM, as autovacuum would soon after a bulk load: it sets the visibility map, without
    // which the percentile sort cannot use the covering index alone. --no-vacuum leaves it out.
    const bool vacuum = pg && !arguments.contains(QLatin1String("--no-vacuum"));
    if (!run(database, vacuum ? QStringLiteral("VACUUM ANALYZE") : QStringLiteral("ANALYZE")))
        return 1;
    qint64 summaryRows = 0;
    qint64 factRows = 0;
    for (auto [table, count] : {std::pair{"report_days", &summaryRows}, std::pair{"report_case_facts", &factRows}}) {
        Result<QSqlQuery *> counted = database.exec(QLatin1String("SELECT COUNT(*) FROM ") + QLatin1String(table));
        if (counted && counted.value()->next())
            *count = counted.value()->value(0).toLongLong();
        database.finishAll();
    }

    AuditChain audit;
    DocumentStore store(database, audit);
    DocumentCache documents(store);
    ReportQueries reports(database, documents);
    const QDate today = QDateTime::fromMSecsSinceEpoch(now, Qt::UTC).date();
    struct Case
    {
        const char *name;
        AccessScope scope;
        ReportQueries::Filter filter;
    };
    User lead;
    lead.role = Role::Lead;
    lead.team = QStringLiteral("care-east");
    const std::vector<Case> scenarios{
        {"everything, 180 days", AccessScope::everything(), {today.addDays(-179), today, {}, {}, {}, {}}},
        {"everything, 30 days", AccessScope::everything(), {today.addDays(-29), today, {}, {}, {}, {}}},
        {"one team (lead), 180 days", AccessScope::of(lead), {today.addDays(-179), today, {}, {}, {}, {}}},
        {"everything, 365 days, parcel, chat", AccessScope::everything(),
         {today.addDays(-364), today, {}, {}, QStringLiteral("parcel"), QStringLiteral("chat")}},
    };
    printf("backend %s%s, %lld cases; day totals rebuilt in %.1f s: %lld rows (each case's share: %lld rows)\n",
           pg ? "postgres" : "sqlite", vacuum ? " (vacuumed)" : "", cases, double(rebuildMs) / 1000.0, summaryRows, factRows);
    const bool timeRows = arguments.contains(QLatin1String("--rows"));
    // The bare limit: the GROUP BY over the day totals and the percentile sort, as the dashboard runs them.
    const auto bare = [&database, pg](const ReportQueries::Filter &filter, bool scoped) -> qint64 {
        const qint64 fromMs = QDateTime(filter.from, QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
        const qint64 toMs = QDateTime(filter.to.addDays(1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
        const QString scope = scoped ? QStringLiteral(" AND c.team = 'care-east' AND c.vendor = ''") : QString();
        QVariantList days;
        const QString blocks = ReportSummary::periodCondition(QStringLiteral("c."), fromMs / 86'400'000, (toMs - 1) / 86'400'000, days);
        QElapsedTimer timer;
        timer.start();
        Result<QSqlQuery *> sums = database.exec(
            QLatin1String("SELECT c.root_cause, SUM(c.resolved), SUM(c.under_1h), SUM(c.under_4h), SUM(c.under_24h), SUM(c.under_72h), "
                          "SUM(c.under_168h), SUM(c.recovered), SUM(c.repeat_7), SUM(c.repeat_30), SUM(c.nps_before), "
                          "SUM(c.nps_before_promoters), SUM(c.nps_before_detractors), SUM(c.nps_after), SUM(c.nps_after_promoters), "
                          "SUM(c.nps_after_detractors), SUM(c.csat_before), SUM(c.csat_before_sum), SUM(c.csat_after), "
                          "SUM(c.csat_after_sum), SUM(c.approvals_decided), SUM(c.approvals_within_sla), SUM(c.approvals_escalated) "
                          "FROM report_days c WHERE ")
                + blocks + scope + QLatin1String(" GROUP BY c.root_cause"),
            days);
        if (sums)
            while (sums.value()->next()) {
            }
        const QString durations = QLatin1String("FROM cases c WHERE c.status = 'resolved' AND c.resolved_at >= ? AND c.resolved_at < ?") + scope;
        Result<QSqlQuery *> sorted = database.exec(
            pg ? QString(QLatin1String("SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY c.resolved_at - c.opened_at), "
                               "percentile_cont(0.9) WITHIN GROUP (ORDER BY c.resolved_at - c.opened_at) ") + durations)
               : QString(QLatin1String("SELECT rn, d FROM (SELECT c.resolved_at - c.opened_at AS d, ROW_NUMBER() OVER "
                               "(ORDER BY c.resolved_at - c.opened_at) - 1 AS rn ") + durations
                    + QLatin1String(") ranked WHERE rn IN (1000, 1001, 2000, 2001)")),
            {fromMs, toMs});
        if (sorted)
            while (sorted.value()->next()) {
            }
        database.finishAll();
        return timer.elapsed();
    };
    for (const Case &scenario : scenarios) {
        std::vector<qint64> times;
        QJsonObject last;
        for (int i = 0; i < runs; ++i) {
            QElapsedTimer timer;
            timer.start();
            Result<QJsonObject> answer = reports.dashboard(scenario.scope, scenario.filter, now);
            times.push_back(timer.elapsed());
            database.finishAll();
            if (!answer) {
                fprintf(stderr, "%s\n", qPrintable(answer.error().toString()));
                return 1;
            }
            last = answer.value();
        }
        std::sort(times.begin(), times.end());
        std::vector<qint64> bareTimes;
        const bool simple = scenario.filter.line.isEmpty();
        for (int i = 0; simple && i < runs; ++i)
            bareTimes.push_back(bare(scenario.filter, !scenario.scope.condition().startsWith(QLatin1String("1 = 1"))));
        std::sort(bareTimes.begin(), bareTimes.end());
        if (!bareTimes.empty())
            printf("%-40s bare limit (GROUP BY + percentile sort in SQL) median %lld ms\n", scenario.name, bareTimes[bareTimes.size() / 2]);
        if (timeRows) {
            QElapsedTimer timer;
            timer.start();
            Result<QJsonObject> rows = reports.dashboardFromRows(scenario.scope, scenario.filter, now);
            database.finishAll();
            printf("%-40s from the rows (before migration 7): %lld ms, %s\n", scenario.name, timer.elapsed(),
                   rows && rows.value() == last ? "same answer" : "DIFFERENT ANSWER");
        }
        printf("%-40s median %5lld ms (min %lld, max %lld over %d runs); resolved %lld, median %.2f h, p90 %.2f h, "
               "recovered %lld, repeat7 %lld, repeat30 %lld\n",
               scenario.name, times[times.size() / 2], times.front(), times.back(), runs,
               last.value(QStringLiteral("resolution")).toObject().value(QStringLiteral("resolved")).toInteger(),
               last.value(QStringLiteral("resolution")).toObject().value(QStringLiteral("median_hours")).toDouble(),
               last.value(QStringLiteral("resolution")).toObject().value(QStringLiteral("p90_hours")).toDouble(),
               last.value(QStringLiteral("repeat_contacts")).toObject().value(QStringLiteral("recovered")).toInteger(),
               last.value(QStringLiteral("repeat_contacts")).toObject().value(QStringLiteral("within_7_days")).toInteger(),
               last.value(QStringLiteral("repeat_contacts")).toObject().value(QStringLiteral("within_30_days")).toInteger());
        fflush(stdout);
    }

    if (arguments.contains(QLatin1String("--check"))) {
        const ReportQueries::Filter month{today.addDays(-29), today, {}, {}, {}, {}};
        Result<QJsonObject> fromSummary = reports.dashboard(AccessScope::everything(), month, now);
        Result<QJsonObject> fromRows = reports.dashboardFromRows(AccessScope::everything(), month, now);
        database.finishAll();
        const bool same = fromSummary && fromRows && fromSummary.value() == fromRows.value();
        printf("check, everything 30 days: the day totals and the rows give %s\n", same ? "the same answer" : "DIFFERENT ANSWERS");
        if (!same)
            return 1;
    }

    // The write path: what ReportSummary adds to a mutation's transaction (refreshCase per touched case; a new case
    // also refreshes the customer's cases resolved in the 30 days before).
    QStringList ids;
    QRandomGenerator random(7);
    for (int i = 0; i < 1000; ++i)
        ids.append(QStringLiteral("b%1").arg(1 + random.bounded(cases)));
    for (const char *what : {"refreshCase", "caseOpened"}) {
        QElapsedTimer timer;
        timer.start();
        for (int batch = 0; batch < 10; ++batch) {
            Transaction transaction(database);
            if (!transaction.begin().ok())
                return 1;
            for (int i = batch * 100; i < (batch + 1) * 100; ++i) {
                const QString &id = ids.at(i);
                const bool isNew = qstrcmp(what, "caseOpened") == 0;
                // caseOpened as if the case opened now: refreshes the customer's cases resolved in the last 30 days.
                Result<void> done = isNew ? ReportSummary::caseOpened(database, id, QStringLiteral("bc%1").arg(1 + (id.mid(1).toLongLong() * 7919) % std::max<qint64>(1, cases / 5)), now)
                                           : ReportSummary::refreshCase(database, id);
                if (!done) {
                    fprintf(stderr, "%s\n", qPrintable(done.error().toString()));
                    return 1;
                }
            }
            if (!transaction.commit().ok())
                return 1;
        }
        printf("write path: ReportSummary::%s %.2f ms per call (1,000 random cases, 10 transactions)\n", what,
               double(timer.elapsed()) / 1000.0);
    }
    return 0;
}
