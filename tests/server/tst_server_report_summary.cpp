// Report day totals (ReportSummary, migration 7): the dashboard read from them equals the dashboard computed from
// the rows (ReportQueries::dashboardFromRows) — on the demo history, after live mutations of every kind that moves a
// figure, and on a database upgraded from schema 6 by the migration's backfill. Kept up to date write by write, the
// totals also equal a rebuild from scratch. Runs on SQLite and, with REDRESS_TEST_PG, on PostgreSQL.
#include "servertestsupport.h"

#include "approvalmutations.h"
#include "auditchain.h"
#include "database.h"
#include "demoseeder.h"
#include "documentcache.h"
#include "documentstore.h"
#include "eventintake.h"
#include "mutationservice.h"
#include "passwordhasher.h"
#include "reportqueries.h"
#include "reportsummary.h"
#include "schemamigrator.h"
#include "userdirectory.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>
#include <QUuid>

#include <memory>

using namespace redress;

namespace {

constexpr qint64 kHourMs = 60 * 60 * 1000;
constexpr qint64 kDayMs = 24 * kHourMs;

QString uuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

/// The message of a failed result (QVERIFY2 evaluates its message even when the check passes).
template<typename T>
QString why(const Result<T> &result)
{
    return result.ok() ? QString() : result.error().toString();
}

std::unique_ptr<Database> openDatabase(const QString &url)
{
    static int connections = 0;
    Result<DatabaseUrl> parsed = DatabaseUrl::parse(url);
    if (!parsed)
        return {};
    Result<std::unique_ptr<Database>> opened = Database::open(parsed.value(), QStringLiteral("tst-summary-%1").arg(++connections));
    return opened ? std::move(opened).value() : nullptr;
}

/// Every non-zero day total, as text, in key order: what two ways of summing must agree on.
QStringList dayTotals(Database &database)
{
    Result<QSqlQuery *> query = database.exec(QStringLiteral(
        "SELECT * FROM report_days ORDER BY span, day, team, vendor, category, channel, root_cause, tier, currency"));
    QStringList rows;
    if (!query)
        return {query.error().toString()};
    while (query.value()->next()) {
        const QSqlRecord record = query.value()->record();
        QStringList values;
        bool any = false;
        for (int i = 0; i < record.count(); ++i) {
            values.append(query.value()->value(i).toString());
            if (i >= 8 && query.value()->value(i).toLongLong() != 0)
                any = true;
        }
        if (any)
            rows.append(values.join(QLatin1Char('|')));
    }
    query.value()->finish();
    return rows;
}

} // namespace

class TestServerReportSummary : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void upgradedDatabase_reportsWhatTheRowsSay();
    void demoHistory_summaryEqualsRows();
    void liveMutations_keepTheSummaryExact();

private:
    /// Compares both ways for a set of scopes, periods and filters; `label` names the moment.
    void compareAll(Database &database, qint64 now, const char *label);
    Result<User> user(Database &database, const QString &username);
    QJsonObject push(MutationService &service, const User &caller, const QString &type, const QJsonObject &args);

    QTemporaryDir m_dir;
    QString m_demoUrl;
    std::unique_ptr<Database> m_demo;
    AuditChain m_audit;
    qint64 m_seq = 0;
};

void TestServerReportSummary::initTestCase()
{
    QVERIFY(PasswordHasher::initialise());
}

void TestServerReportSummary::compareAll(Database &database, qint64 now, const char *label)
{
    AuditChain audit;
    DocumentStore store(database, audit);
    DocumentCache documents(store);
    ReportQueries reports(database, documents);
    const QDate today = QDateTime::fromMSecsSinceEpoch(now, Qt::UTC).date();
    User lead;
    lead.role = Role::Lead;
    lead.team = QStringLiteral("care-east");
    User vendorLead;
    vendorLead.role = Role::Lead;
    vendorLead.team = QStringLiteral("harbor-bpo");
    vendorLead.vendor = QStringLiteral("harbor-bpo");
    struct Scenario
    {
        const char *name;
        AccessScope scope;
        ReportQueries::Filter filter;
    };
    const QList<Scenario> scenarios{
        {"everything, 180 days", AccessScope::everything(), {today.addDays(-179), today, {}, {}, {}, {}}},
        {"everything, 30 days", AccessScope::everything(), {today.addDays(-29), today, {}, {}, {}, {}}},
        {"everything, today", AccessScope::everything(), {today, today, {}, {}, {}, {}}},
        {"everything, 400 days", AccessScope::everything(), {today.addDays(-399), today, {}, {}, {}, {}}},
        {"lead care-east, 180 days", AccessScope::of(lead), {today.addDays(-179), today, {}, {}, {}, {}}},
        {"vendor lead, 90 days", AccessScope::of(vendorLead), {today.addDays(-89), today, {}, {}, {}, {}}},
        {"team care-west", AccessScope::everything(), {today.addDays(-179), today, QStringLiteral("care-west"), {}, {}, {}}},
        {"vendor harbor-bpo", AccessScope::everything(), {today.addDays(-179), today, {}, QStringLiteral("harbor-bpo"), {}, {}}},
        {"parcel, chat", AccessScope::everything(), {today.addDays(-179), today, {}, {}, QStringLiteral("parcel"), QStringLiteral("chat")}},
        {"car rental", AccessScope::everything(), {today.addDays(-179), today, {}, {}, QStringLiteral("car_rental"), {}}},
        {"a past month", AccessScope::everything(), {today.addDays(-120), today.addDays(-90), {}, {}, {}, {}}},
    };
    for (const Scenario &scenario : scenarios) {
        Result<QJsonObject> fromSummary = reports.dashboard(scenario.scope, scenario.filter, now);
        Result<QJsonObject> fromRows = reports.dashboardFromRows(scenario.scope, scenario.filter, now);
        QVERIFY2(fromSummary.ok(), qPrintable(why(fromSummary)));
        QVERIFY2(fromRows.ok(), qPrintable(why(fromRows)));
        const QByteArray summaryText = QJsonDocument(fromSummary.value()).toJson(QJsonDocument::Compact);
        const QByteArray rowsText = QJsonDocument(fromRows.value()).toJson(QJsonDocument::Compact);
        QVERIFY2(summaryText == rowsText,
                 qPrintable(QStringLiteral("%1, %2:\nsummary %3\nrows    %4")
                                .arg(QString::fromLatin1(label), QString::fromLatin1(scenario.name),
                                     QString::fromUtf8(summaryText), QString::fromUtf8(rowsText))));
    }
}

Result<User> TestServerReportSummary::user(Database &database, const QString &username)
{
    UserDirectory users(database, m_audit);
    Result<std::optional<User>> found = users.findByUsername(username);
    if (!found)
        return found.error();
    if (!found.value())
        return Error{QStringLiteral("test"), username, {}};
    return *found.value();
}

QJsonObject TestServerReportSummary::push(MutationService &service, const User &caller, const QString &type, const QJsonObject &args)
{
    const Principal principal{caller, QStringLiteral("d-") + caller.username, {}};
    const QJsonObject body{{QStringLiteral("device_id"), principal.deviceId},
                           {QStringLiteral("mutations"),
                            QJsonArray{QJsonObject{{QStringLiteral("id"), uuid()}, {QStringLiteral("seq"), ++m_seq},
                                                   {QStringLiteral("type"), type}, {QStringLiteral("args"), args}}}}};
    Result<MutationService::Outcome> outcome = service.apply(principal, body);
    if (!outcome)
        return QJsonObject{{QStringLiteral("error"), outcome.error().toString()}};
    return outcome.value().results.first().toObject();
}

// A database at schema 6 with a few hundred cases of every shape (recovered or not, repeat contacts, surveys before
// and after, approvals decided in and out of SLA, pending ones), then migrated: the backfill reports the rows' figures.
void TestServerReportSummary::upgradedDatabase_reportsWhatTheRowsSay()
{
    QTemporaryDir dir;
    const QString url = testDatabaseUrl(dir);
    std::unique_ptr<Database> database = openDatabase(url);
    QVERIFY(database);
    Result<int> six = SchemaMigrator(*database).migrateTo(6);
    QVERIFY2(six.ok(), qPrintable(why(six)));

    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QRandomGenerator random(20261123);
    const auto run = [&database](const QString &sql, const QVariantList &binds) {
        Result<QSqlQuery *> done = database->exec(sql, binds);
        if (done)
            done.value()->finish();
        return done.ok() ? QString() : done.error().toString();
    };
    const QStringList tiers{QStringLiteral("standard"), QStringLiteral("silver"), QStringLiteral("gold"), QStringLiteral("platinum")};
    const QStringList teams{QStringLiteral("care-east"), QStringLiteral("care-west"), QStringLiteral("harbor-bpo")};
    const QStringList categories{QStringLiteral("late_delivery"), QStringLiteral("lost_parcel"), QStringLiteral("vehicle_breakdown"),
                                 QStringLiteral("counter_wait")};
    const QStringList channels{QStringLiteral("phone"), QStringLiteral("chat"), QStringLiteral("email")};
    constexpr int kCustomers = 40;
    for (int i = 0; i < kCustomers; ++i) {
        const QString team = teams.at(i % 3);
        const QString problem = run(QStringLiteral("INSERT INTO customers (id, name, tier, region, team, vendor, search_text, created_at, updated_at) "
                                                   "VALUES (?, 'c', ?, 'us-east', ?, ?, 'c', 0, 0)"),
                                    {QStringLiteral("u%1").arg(i), tiers.at(i % 4), team,
                                     team == QLatin1String("harbor-bpo") ? team : QString()});
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }
    for (int i = 0; i < 300; ++i) {
        const int customer = int(random.bounded(kCustomers));
        const QString team = teams.at(customer % 3);
        const QString vendor = team == QLatin1String("harbor-bpo") ? team : QString();
        const QString id = QStringLiteral("U%1").arg(i);
        const qint64 opened = now - qint64(random.bounded(200)) * kDayMs - qint64(random.bounded(24)) * kHourMs;
        const bool resolved = random.bounded(10) < 9;
        const qint64 duration = qint64(random.bounded(1, 200)) * kHourMs / 4 + random.bounded(3600) * 1000;
        QString problem = run(
            QStringLiteral("INSERT INTO cases (id, customer_id, team, vendor, category, channel, title, status, opened_by, opened_at, "
                           "updated_at, resolved_at, root_cause) VALUES (?, ?, ?, ?, ?, ?, 't', ?, 'seed', ?, ?, ?, ?)"),
            {id, QStringLiteral("u%1").arg(customer), team, vendor, categories.at(i % 4), channels.at(i % 3),
             resolved ? QStringLiteral("resolved") : QStringLiteral("open"), opened, opened,
             resolved ? QVariant(opened + duration) : QVariant(QMetaType::fromType<qint64>()),
             resolved ? QStringLiteral("cause_%1").arg(random.bounded(5)) : QString()});
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        if (random.bounded(10) < 6) {
            const int shape = int(random.bounded(4)); // 0, 1: applied; 2: approved or rejected; 3: pending
            const QString approval = shape >= 2 ? QStringLiteral("UA%1").arg(i) : QString();
            const QString state = shape < 2 ? QStringLiteral("applied")
                                : shape == 3 ? QStringLiteral("pending_approval")
                                             : (random.bounded(2) ? QStringLiteral("applied") : QStringLiteral("rejected"));
            problem = run(QStringLiteral("INSERT INTO compensations (id, case_id, customer_id, actor_id, team, vendor, kind, amount_minor, "
                                         "currency, state, verdict, approval_id, created_at) VALUES (?, ?, ?, 'seed', ?, ?, 'voucher', ?, "
                                         "'USD', ?, '{}', ?, ?)"),
                          {QStringLiteral("UP%1").arg(i), id, QStringLiteral("u%1").arg(customer), team, vendor,
                           qint64(random.bounded(0, 90)) * 100, state, approval, opened + duration / 2});
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
            if (!approval.isEmpty()) {
                const qint64 created = opened + duration / 2;
                const bool decided = shape == 2;
                problem = run(QStringLiteral("INSERT INTO approvals (id, compensation_id, case_id, requester_id, team, vendor, required_level, "
                                             "amount_minor, currency, state, reasons, created_at, due_at, escalations, decided_at) "
                                             "VALUES (?, ?, ?, 'seed', ?, ?, 'lead', 1, 'USD', ?, '[]', ?, ?, ?, ?)"),
                              {approval, QStringLiteral("UP%1").arg(i), id, team, vendor,
                               decided ? (state == QLatin1String("applied") ? QStringLiteral("approved") : QStringLiteral("rejected"))
                                       : QStringLiteral("pending"),
                               created, created + 4 * kHourMs, qint64(random.bounded(3) == 0 ? 1 : 0),
                               decided ? QVariant(created + qint64(random.bounded(8)) * kHourMs) : QVariant(QMetaType::fromType<qint64>())});
                QVERIFY2(problem.isEmpty(), qPrintable(problem));
            }
        } else if (random.bounded(2) == 0) {
            problem = run(QStringLiteral("INSERT INTO case_events (case_id, at, actor_id, type, data) VALUES (?, ?, 'seed', 'message.sent', '{}')"),
                          {id, opened + duration / 2});
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
        }
        if (random.bounded(3) == 0) {
            const bool nps = random.bounded(2) == 0;
            problem = run(QStringLiteral("INSERT INTO surveys (id, case_id, customer_id, team, vendor, kind, score, answered_at, received_at) "
                                         "VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0)"),
                          {QStringLiteral("US%1").arg(i), id, QStringLiteral("u%1").arg(customer), team, vendor,
                           nps ? QStringLiteral("nps") : QStringLiteral("csat"), nps ? random.bounded(11) : random.bounded(1, 6),
                           opened + duration + (qint64(random.bounded(3)) - 1) * 2 * kHourMs});
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
        }
    }
    Result<int> upgraded = SchemaMigrator(*database).migrate();
    QVERIFY2(upgraded.ok(), qPrintable(why(upgraded)));
    QVERIFY(!dayTotals(*database).isEmpty());
    compareAll(*database, now, "after the upgrade");
    // The migration's backfill is the same computation as a rebuild.
    const QStringList backfilled = dayTotals(*database);
    QVERIFY(ReportSummary::rebuild(*database).ok());
    QCOMPARE(dayTotals(*database), backfilled);
}

void TestServerReportSummary::demoHistory_summaryEqualsRows()
{
    m_demoUrl = testDatabaseUrl(m_dir);
    m_demo = openDatabase(m_demoUrl);
    QVERIFY(m_demo);
    QVERIFY(SchemaMigrator(*m_demo).migrate().ok());
    Result<bool> seeded = DemoSeeder(*m_demo, m_audit).seedIfEmpty(QStringLiteral(REDRESS_SOURCE_DIR "/resources/seed"),
                                                                   QStringLiteral("redress-demo"));
    QVERIFY2(seeded.ok(), qPrintable(why(seeded)));
    compareAll(*m_demo, QDateTime::currentMSecsSinceEpoch(), "demo history");
}

// Through the services as the server applies them: a repeat contact opened, compensation applied and requested,
// approvals decided within and past their SLA (after an escalation), a survey, a resolution and a message.
void TestServerReportSummary::liveMutations_keepTheSummaryExact()
{
    QVERIFY(m_demo);
    Database &database = *m_demo;
    DocumentStore store(database, m_audit);
    DocumentCache documents(store);
    MutationService::Settings settings;
    MutationService service(database, m_audit, documents, settings);
    Result<User> agent = user(database, QStringLiteral("agent"));
    Result<User> lead = user(database, QStringLiteral("lead"));
    Result<User> manager = user(database, QStringLiteral("manager"));
    QVERIFY(agent.ok() && lead.ok() && manager.ok());

    ReportQueries reports(database, documents);
    const qint64 start = QDateTime::currentMSecsSinceEpoch();
    const QDate today = QDateTime::fromMSecsSinceEpoch(start, Qt::UTC).date();
    const ReportQueries::Filter month{today.addDays(-29), today, {}, {}, {}, {}};
    Result<QJsonObject> before = reports.dashboard(AccessScope::everything(), month, start);
    QVERIFY(before.ok());

    // A customer of care-east whose recovered case was resolved in the last 20 days and has no repeat contact yet.
    Result<QSqlQuery *> found = database.exec(
        QStringLiteral("SELECT c.customer_id FROM cases c JOIN report_case_facts f ON f.case_id = c.id WHERE c.team = 'care-east' "
                       "AND c.vendor = '' AND c.status = 'resolved' AND c.resolved_at > ? AND f.recovered = 1 AND f.repeat_30 = 0 "
                       "ORDER BY c.id LIMIT 1"),
        {start - 20 * kDayMs});
    QVERIFY(found.ok());
    QVERIFY(found.value()->next());
    const QString customer = found.value()->value(0).toString();
    found.value()->finish();

    const QString caseId = QStringLiteral("K-SUMMARY-1");
    QJsonObject result = push(service, agent.value(), QStringLiteral("case.open"),
                              QJsonObject{{QStringLiteral("case_id"), caseId}, {QStringLiteral("customer_id"), customer},
                                          {QStringLiteral("category"), QStringLiteral("late_delivery")},
                                          {QStringLiteral("title"), QStringLiteral("Late again")},
                                          {QStringLiteral("channel"), QStringLiteral("chat")}});
    QCOMPARE(result.value(QStringLiteral("status")).toString(), QStringLiteral("applied"));
    const auto propose = [&](qint64 minor) {
        return push(service, agent.value(), QStringLiteral("compensation.propose"),
                    QJsonObject{{QStringLiteral("compensation_id"), uuid()}, {QStringLiteral("case_id"), caseId},
                                {QStringLiteral("kind"), QStringLiteral("voucher")},
                                {QStringLiteral("amount"), QJsonObject{{QStringLiteral("minor"), minor}, {QStringLiteral("currency"), QStringLiteral("USD")}}}});
    };
    result = propose(1500);
    QCOMPARE(result.value(QStringLiteral("status")).toString(), QStringLiteral("applied"));
    const QString inSla = propose(6000).value(QStringLiteral("approval_id")).toString();
    const QString pastSla = propose(7000).value(QStringLiteral("approval_id")).toString();
    const QString stillPending = propose(6500).value(QStringLiteral("approval_id")).toString();
    QVERIFY(!inSla.isEmpty() && !pastSla.isEmpty() && !stillPending.isEmpty());
    compareAll(database, start, "requests pending");

    result = push(service, manager.value(), QStringLiteral("approval.decide"),
                  QJsonObject{{QStringLiteral("approval_id"), inSla}, {QStringLiteral("decision"), QStringLiteral("approve")}});
    QCOMPARE(result.value(QStringLiteral("status")).toString(), QStringLiteral("applied"));
    // The server's timer, as if the SLA had passed: every pending request escalates (also the demo's own).
    Result<int> escalated = ApprovalMutations::escalateOverdue(database, m_audit, start + 400 * kDayMs, settings.approvalSlaMs);
    QVERIFY2(escalated.ok(), qPrintable(why(escalated)));
    QVERIFY(escalated.value() >= 2);
    compareAll(database, start, "after escalating");
    result = push(service, manager.value(), QStringLiteral("approval.decide"),
                  QJsonObject{{QStringLiteral("approval_id"), pastSla}, {QStringLiteral("decision"), QStringLiteral("reject")},
                              {QStringLiteral("comment"), QStringLiteral("Too much")}});
    QCOMPARE(result.value(QStringLiteral("status")).toString(), QStringLiteral("applied"));

    User integration = agent.value();
    integration.role = Role::Integration;
    EventIntake intake(database, m_audit);
    for (const auto &[kind, score] : {std::pair{"nps", 10}, std::pair{"csat", 2}}) {
        Result<EventIntake::Outcome> received = intake.receive(
            Principal{integration, QStringLiteral("d-integration"), {}},
            QJsonObject{{QStringLiteral("event_id"), uuid()}, {QStringLiteral("type"), QStringLiteral("survey")},
                        {QStringLiteral("case_id"), caseId}, {QStringLiteral("kind"), QString::fromLatin1(kind)},
                        {QStringLiteral("score"), score}});
        QVERIFY2(received.ok(), qPrintable(why(received)));
    }
    result = push(service, agent.value(), QStringLiteral("case.resolve"),
                  QJsonObject{{QStringLiteral("case_id"), caseId}, {QStringLiteral("root_cause"), QStringLiteral("carrier_delay")}});
    QCOMPARE(result.value(QStringLiteral("status")).toString(), QStringLiteral("applied"));
    // A survey after the resolution counts on the other side of it.
    Result<EventIntake::Outcome> after = intake.receive(
        Principal{integration, QStringLiteral("d-integration"), {}},
        QJsonObject{{QStringLiteral("event_id"), uuid()}, {QStringLiteral("type"), QStringLiteral("survey")},
                    {QStringLiteral("case_id"), caseId}, {QStringLiteral("kind"), QStringLiteral("nps")},
                    {QStringLiteral("score"), 9}});
    QVERIFY2(after.ok(), qPrintable(why(after)));

    const qint64 end = QDateTime::currentMSecsSinceEpoch();
    compareAll(database, end, "after the live mutations");

    // The figures moved (so the comparison above compared something that changed).
    Result<QJsonObject> now = reports.dashboard(AccessScope::everything(), month, end);
    QVERIFY(now.ok());
    const auto number = [](const QJsonObject &json, const char *object, const char *member) {
        return json.value(QLatin1String(object)).toObject().value(QLatin1String(member)).toInteger();
    };
    QCOMPARE(number(now.value(), "resolution", "resolved"), number(before.value(), "resolution", "resolved") + 1);
    QVERIFY(number(now.value(), "repeat_contacts", "within_30_days") >= number(before.value(), "repeat_contacts", "within_30_days") + 1);
    QVERIFY(number(now.value(), "approval_sla", "decided") >= number(before.value(), "approval_sla", "decided") + 2);
    QVERIFY(number(now.value(), "approval_sla", "escalated") >= number(before.value(), "approval_sla", "escalated") + 1);
    QCOMPARE(number(now.value(), "approval_sla", "within_sla"), number(before.value(), "approval_sla", "within_sla") + 1);

    // Kept write by write, the day totals are what a rebuild from the rows makes.
    const QStringList kept = dayTotals(database);
    QVERIFY(ReportSummary::rebuild(database).ok());
    QCOMPARE(kept, dayTotals(database));
}

QTEST_GUILESS_MAIN(TestServerReportSummary)
#include "tst_server_report_summary.moc"
