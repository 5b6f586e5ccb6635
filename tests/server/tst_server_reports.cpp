// Reports: the dashboard and budget figures over a small known dataset, exact to the case, scoped like every read;
// and surveys arriving through the events API. Runs on SQLite and, with REDRESS_TEST_PG, on PostgreSQL: the same
// numbers on both.
#include "servertestsupport.h"

#include "database.h"
#include "passwordhasher.h"
#include "reportsummary.h"
#include "spendtotals.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QUuid>

using namespace redress;

namespace {

qint64 at(int month, int day, int hour, int minute = 0)
{
    return QDateTime(QDate(2026, month, day), QTime(hour, minute), Qt::UTC).toMSecsSinceEpoch();
}

QString uuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QJsonObject survey(const QJsonObject &target, const QString &kind, qint64 score, qint64 answeredAt)
{
    QJsonObject body = target;
    body.insert(QStringLiteral("event_id"), uuid());
    body.insert(QStringLiteral("type"), QStringLiteral("survey"));
    body.insert(QStringLiteral("kind"), kind);
    body.insert(QStringLiteral("score"), score);
    if (answeredAt != 0) // 0: left out, so the server takes "now"
        body.insert(QStringLiteral("answered_at"), answeredAt);
    return body;
}

QJsonObject onCase(const QString &id)
{
    return QJsonObject{{QStringLiteral("case_id"), id}};
}

QString dump(const HttpReply &reply)
{
    return QString::number(reply.status) + QLatin1Char(' ') + QString::fromUtf8(reply.body.left(2000));
}

QJsonObject object(const QJsonObject &json, const char *path)
{
    QJsonObject current = json;
    for (const QString &key : QString::fromLatin1(path).split(QLatin1Char('.')))
        current = current.value(key).toObject();
    return current;
}

} // namespace

class TestServerReports : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void dashboard_everythingForAManager();
    void dashboard_leadSeesTheirTeamOnly();
    void dashboard_filters();
    void dashboard_otherScopesSeeNoneOfIt();
    void dashboard_refusesBadParameters_data();
    void dashboard_refusesBadParameters();
    void dashboard_onlyForLeadsAndUp();
    void budget_thisPeriodOfTheTeam();
    void budget_scope();
    void survey_isStoredOnTheTimeline();
    void survey_isIdempotent();
    void survey_refusesBadFields_data();
    void survey_refusesBadFields();

private:
    bool insertDataset(Database &database);
    HttpReply dashboard(const QString &username, const QString &query);
    QString token(const QString &username);

    QTemporaryDir m_dir;
    ServerProcess m_server;
    QHash<QString, QString> m_tokens;
    QHash<QString, QString> m_userIds;
};

void TestServerReports::initTestCase()
{
    QVERIFY(PasswordHasher::initialise());
    const QString url = testDatabaseUrl(m_dir);
    const QString problem = TestOrganisation::create(url);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    {
        Result<DatabaseUrl> parsed = DatabaseUrl::parse(url);
        QVERIFY(parsed.ok());
        Result<std::unique_ptr<Database>> database = Database::open(parsed.value(), QStringLiteral("tst-reports"));
        QVERIFY(database.ok());
        QVERIFY(insertDataset(*database.value()));
    }
    QVERIFY2(m_server.start(url), qPrintable(m_server.standardError()));

    // Surveys through the events API, as an integration posts them.
    const QString integration = token(QStringLiteral("integration"));
    const QList<QJsonObject> surveys{
        survey(onCase(QStringLiteral("A1")), QStringLiteral("nps"), 3, at(3, 2, 10)),   // before A1's resolution
        survey(onCase(QStringLiteral("A1")), QStringLiteral("nps"), 10, at(3, 4, 9)),
        survey(onCase(QStringLiteral("A1")), QStringLiteral("nps"), 9, at(3, 4, 10)),
        survey(onCase(QStringLiteral("A1")), QStringLiteral("nps"), 5, at(3, 6, 10)),
        survey(QJsonObject{{QStringLiteral("customer_id"), QStringLiteral("X4")}}, QStringLiteral("nps"), 8, at(3, 20, 10)), // → A6
        survey(onCase(QStringLiteral("A5")), QStringLiteral("csat"), 2, at(3, 8, 10)),  // before A5's resolution
        survey(onCase(QStringLiteral("A5")), QStringLiteral("csat"), 5, at(3, 11, 10)),
        survey(onCase(QStringLiteral("A5")), QStringLiteral("csat"), 4, at(3, 12, 10)),
        survey(onCase(QStringLiteral("W1")), QStringLiteral("csat"), 3, at(3, 16, 10)),
        survey(onCase(QStringLiteral("A2")), QStringLiteral("csat"), 1, at(4, 2, 10)),  // after the period
    };
    for (const QJsonObject &body : surveys) {
        const HttpReply reply = m_server.post(QStringLiteral("/api/v1/events"), body, integration);
        QVERIFY2(reply.status == 200, qPrintable(dump(reply)));
        QCOMPARE(reply.json.value(QStringLiteral("result")).toString(), QStringLiteral("recorded"));
    }
}

void TestServerReports::cleanupTestCase()
{
    m_server.stop();
}

QString TestServerReports::token(const QString &username)
{
    if (!m_tokens.contains(username))
        m_tokens.insert(username, m_server.signIn(username, QStringLiteral("device-") + username));
    return m_tokens.value(username);
}

HttpReply TestServerReports::dashboard(const QString &username, const QString &query)
{
    return m_server.get(QStringLiteral("/api/v1/reports/dashboard?") + query, token(username));
}

// March 2026, care-east unless said (durations in hours):
//   A1 X1 gold      late_delivery      carrier_delay        0.5  comp 10.00        → X1 back in 3 days (A2)
//   A2 X1 gold      late_delivery      carrier_delay        2    message sent
//   A3 X2 standard  lost_parcel        missing_scan        10    comp 25.00 (approved after escalating) → X2 back in 20 days
//   A4 X2 standard  lost_parcel        carrier_delay       48    nothing
//   A5 X3 platinum  vehicle_breakdown  vehicle_maintenance 100   comp 50.00, and a rejected 90.00 request
//   A6 X4 silver    counter_wait, chat fleet_shortage      200   nothing; a request still pending, overdue
//   W1 C-WEST-1 silver (care-west) late_delivery carrier_delay 3 comp 7.00; a request pending, not yet due
//   O1 X1, resolved in February with a compensation: outside the period.
bool TestServerReports::insertDataset(Database &database)
{
    Result<QSqlQuery *> users = database.exec(QStringLiteral("SELECT username, id FROM users"));
    if (!users)
        return false;
    while (users.value()->next())
        m_userIds.insert(users.value()->value(0).toString(), users.value()->value(1).toString());
    users.value()->finish();
    const auto run = [&database](const QString &sql, const QVariantList &binds) {
        Result<QSqlQuery *> done = database.exec(sql, binds);
        if (!done) {
            qWarning().noquote() << done.error().toString();
            return false;
        }
        done.value()->finish();
        return true;
    };
    struct Customer
    {
        const char *id, *tier;
    };
    for (const Customer &customer : {Customer{"X1", "gold"}, Customer{"X2", "standard"}, Customer{"X3", "platinum"},
                                     Customer{"X4", "silver"}}) {
        if (!run(QStringLiteral("INSERT INTO customers (id, name, tier, region, team, vendor, search_text, created_at, updated_at) "
                                "VALUES (?, ?, ?, 'us-east', 'care-east', '', ?, 0, 0)"),
                 {QString::fromLatin1(customer.id), QString::fromLatin1(customer.id), QString::fromLatin1(customer.tier),
                  QString::fromLatin1(customer.id).toLower()}))
            return false;
    }
    struct Case
    {
        const char *id, *customer, *team, *category, *channel, *rootCause;
        qint64 openedAt, resolvedAt;
    };
    const Case cases[] = {
        {"A1", "X1", "care-east", "late_delivery", "phone", "carrier_delay", at(3, 2, 10), at(3, 2, 10, 30)},
        {"A2", "X1", "care-east", "late_delivery", "phone", "carrier_delay", at(3, 5, 10), at(3, 5, 12)},
        {"A3", "X2", "care-east", "lost_parcel", "email", "missing_scan", at(3, 3, 8), at(3, 3, 18)},
        {"A4", "X2", "care-east", "lost_parcel", "email", "carrier_delay", at(3, 23, 18), at(3, 25, 18)},
        {"A5", "X3", "care-east", "vehicle_breakdown", "phone", "vehicle_maintenance", at(3, 6, 0), at(3, 10, 4)},
        {"A6", "X4", "care-east", "counter_wait", "chat", "fleet_shortage", at(3, 11, 0), at(3, 19, 8)},
        {"W1", "C-WEST-1", "care-west", "late_delivery", "phone", "carrier_delay", at(3, 15, 9), at(3, 15, 12)},
        {"O1", "X1", "care-east", "late_delivery", "phone", "carrier_delay", at(1, 20, 10), at(2, 10, 10)},
    };
    for (const Case &c : cases) {
        if (!run(QStringLiteral("INSERT INTO cases (id, customer_id, team, vendor, category, channel, title, status, opened_by, "
                                "opened_at, updated_at, resolved_at, root_cause) VALUES (?, ?, ?, '', ?, ?, 'case', 'resolved', 'seed', ?, ?, ?, ?)"),
                 {QString::fromLatin1(c.id), QString::fromLatin1(c.customer), QString::fromLatin1(c.team),
                  QString::fromLatin1(c.category), QString::fromLatin1(c.channel), c.openedAt, c.resolvedAt, c.resolvedAt,
                  QString::fromLatin1(c.rootCause)}))
            return false;
    }
    if (!run(QStringLiteral("INSERT INTO case_events (case_id, at, actor_id, type, data) VALUES ('A2', ?, ?, 'message.sent', '{}')"),
             {at(3, 5, 11), m_userIds.value(QStringLiteral("agent"))}))
        return false;
    struct Compensation
    {
        const char *id, *caseId, *customer, *team, *state, *approval;
        qint64 minor, createdAt;
    };
    const Compensation compensations[] = {
        {"P1", "A1", "X1", "care-east", "applied", "", 1000, at(3, 2, 10, 20)},
        {"P3", "A3", "X2", "care-east", "applied", "AP3", 2500, at(3, 3, 12)},
        {"P5", "A5", "X3", "care-east", "applied", "", 5000, at(3, 8, 0)},
        {"P5R", "A5", "X3", "care-east", "rejected", "AP5", 9000, at(3, 7, 0)},
        {"P6", "A6", "X4", "care-east", "pending_approval", "AP6", 8000, at(3, 19, 0)},
        {"PW", "W1", "C-WEST-1", "care-west", "applied", "", 700, at(3, 15, 10)},
        {"PW2", "W1", "C-WEST-1", "care-west", "pending_approval", "APW", 9900, at(3, 15, 11)},
        {"PO", "O1", "X1", "care-east", "applied", "", 4000, at(2, 1, 10)},
    };
    for (const Compensation &p : compensations) {
        if (!run(QStringLiteral("INSERT INTO compensations (id, case_id, customer_id, actor_id, team, vendor, kind, amount_minor, "
                                "currency, state, verdict, approval_id, created_at) VALUES (?, ?, ?, ?, ?, '', 'voucher', ?, 'USD', ?, '{}', ?, ?)"),
                 {QString::fromLatin1(p.id), QString::fromLatin1(p.caseId), QString::fromLatin1(p.customer),
                  m_userIds.value(QStringLiteral("agent")), QString::fromLatin1(p.team), p.minor, QString::fromLatin1(p.state),
                  QString::fromLatin1(p.approval), p.createdAt}))
            return false;
    }
    struct Approval
    {
        const char *id, *compensation, *caseId, *team, *state;
        qint64 createdAt, dueAt, escalations;
        qint64 decidedAt; ///< 0: not decided
    };
    const qint64 hour = 3'600'000;
    const Approval approvals[] = {
        {"AP3", "P3", "A3", "care-east", "approved", at(3, 3, 9), at(3, 3, 9) + 8 * hour, 1, at(3, 3, 12)},
        {"AP5", "P5R", "A5", "care-east", "rejected", at(3, 7, 0), at(3, 7, 0) + 4 * hour, 0, at(3, 7, 1)},
        {"AP6", "P6", "A6", "care-east", "pending", at(3, 19, 0), at(3, 19, 4), 0, 0},
        {"APW", "PW2", "W1", "care-west", "pending", at(3, 15, 11), QDateTime(QDate(2099, 1, 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch(), 0, 0},
    };
    for (const Approval &a : approvals) {
        if (!run(QStringLiteral("INSERT INTO approvals (id, compensation_id, case_id, requester_id, team, vendor, required_level, "
                                "amount_minor, currency, state, reasons, created_at, due_at, escalations, decided_at) "
                                "VALUES (?, ?, ?, ?, ?, '', 'lead', 1, 'USD', ?, '[]', ?, ?, ?, ?)"),
                 {QString::fromLatin1(a.id), QString::fromLatin1(a.compensation), QString::fromLatin1(a.caseId),
                  m_userIds.value(QStringLiteral("agent")), QString::fromLatin1(a.team), QString::fromLatin1(a.state),
                  a.createdAt, a.dueAt, a.escalations,
                  a.decidedAt > 0 ? QVariant(a.decidedAt) : QVariant(QMetaType::fromType<qint64>())}))
            return false;
    }

    // This month, for the budget view: the agent's applied 50.00 today (gold, late delivery) and 30.00 pending.
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (!run(QStringLiteral("INSERT INTO compensations (id, case_id, customer_id, actor_id, team, vendor, kind, amount_minor, "
                            "currency, state, verdict, approval_id, created_at) VALUES "
                            "('NOW1', 'K-EAST-1', 'C-EAST-1', ?, 'care-east', '', 'voucher', 5000, 'USD', 'applied', '{}', '', ?), "
                            "('NOW2', 'K-EAST-1', 'C-EAST-1', ?, 'care-east', '', 'voucher', 3000, 'USD', 'pending_approval', '{}', '', ?)"),
             {m_userIds.value(QStringLiteral("agent")), now - 60'000, m_userIds.value(QStringLiteral("agent")), now - 60'000}))
        return false;
    // Written past the services, so the running totals and the reports' day totals are rebuilt from the rows.
    return SpendTotals::rebuild(database).ok() && ReportSummary::rebuild(database).ok();
}

void TestServerReports::dashboard_everythingForAManager()
{
    const HttpReply reply = dashboard(QStringLiteral("manager"), QStringLiteral("from=2026-03-01&to=2026-03-31"));
    QVERIFY2(reply.status == 200, qPrintable(dump(reply)));
    const QJsonObject &json = reply.json;
    QCOMPARE(object(json, "period").value(QStringLiteral("from")).toString(), QStringLiteral("2026-03-01"));
    QCOMPARE(object(json, "period").value(QStringLiteral("to")).toString(), QStringLiteral("2026-03-31"));
    QCOMPARE(json.value(QStringLiteral("currency")).toString(), QStringLiteral("USD"));

    // Durations 0.5, 2, 3, 10, 48, 100, 200 h: median the 4th; p90 at 5.4 → 100 + 0.4 × 100.
    const QJsonObject resolution = object(json, "resolution");
    QCOMPARE(resolution.value(QStringLiteral("resolved")).toInteger(), 7);
    QCOMPARE(resolution.value(QStringLiteral("median_hours")).toDouble(), 10.0);
    QCOMPARE(resolution.value(QStringLiteral("p90_hours")).toDouble(), 140.0);
    const QJsonArray buckets = resolution.value(QStringLiteral("buckets")).toArray();
    QCOMPARE(buckets.size(), 6);
    const QList<qint64> expected{1, 2, 1, 1, 1, 1};
    const QList<QJsonValue> uppers{1, 4, 24, 72, 168, QJsonValue(QJsonValue::Null)};
    for (int i = 0; i < 6; ++i) {
        QCOMPARE(buckets.at(i).toObject().value(QStringLiteral("cases")).toInteger(), expected.at(i));
        QCOMPARE(buckets.at(i).toObject().value(QStringLiteral("upper_hours")), uppers.at(i));
    }
    QCOMPARE(buckets.at(1).toObject().value(QStringLiteral("label")).toString(), QStringLiteral("1–4 h"));

    // Recovered: A1, A2, A3, A5, W1. X1 came back 3 days after A1; X2 20 days after A3.
    const QJsonObject repeats = object(json, "repeat_contacts");
    QCOMPARE(repeats.value(QStringLiteral("recovered")).toInteger(), 5);
    QCOMPARE(repeats.value(QStringLiteral("within_7_days")).toInteger(), 1);
    QCOMPARE(repeats.value(QStringLiteral("within_30_days")).toInteger(), 2);

    // NPS before: one 3 → −100. After: 10, 9, 5, 8 → (2 − 1) / 4 = 25. CSAT before 2; after 5, 4, 3 → 4.
    const QJsonObject nps = object(json, "satisfaction.nps");
    QCOMPARE(nps.value(QStringLiteral("responses_before")).toInteger(), 1);
    QCOMPARE(nps.value(QStringLiteral("score_before")).toDouble(), -100.0);
    QCOMPARE(nps.value(QStringLiteral("responses_after")).toInteger(), 4);
    QCOMPARE(nps.value(QStringLiteral("score_after")).toDouble(), 25.0);
    const QJsonObject csat = object(json, "satisfaction.csat");
    QCOMPARE(csat.value(QStringLiteral("responses_before")).toInteger(), 1);
    QCOMPARE(csat.value(QStringLiteral("average_before")).toDouble(), 2.0);
    QCOMPARE(csat.value(QStringLiteral("responses_after")).toInteger(), 3);
    QCOMPARE(csat.value(QStringLiteral("average_after")).toDouble(), 4.0);

    // Applied in March: 10.00 gold, 25.00 standard, 50.00 platinum, 7.00 silver; budgets 300 + 250 + 120 (a whole month).
    const QJsonObject spend = object(json, "spend");
    QCOMPARE(object(spend, "total").value(QStringLiteral("minor")).toInteger(), 9200);
    QCOMPARE(object(spend, "budget").value(QStringLiteral("minor")).toInteger(), 6'700'000);
    QCOMPARE(QJsonDocument(spend.value(QStringLiteral("by_tier")).toArray()).toJson(QJsonDocument::Compact),
             QByteArray(R"j([{"minor":5000,"tier":"platinum"},{"minor":2500,"tier":"standard"},{"minor":1000,"tier":"gold"},{"minor":700,"tier":"silver"}])j"));
    QCOMPARE(QJsonDocument(spend.value(QStringLiteral("by_category")).toArray()).toJson(QJsonDocument::Compact),
             QByteArray(R"j([{"category":"vehicle_breakdown","minor":5000},{"category":"lost_parcel","minor":2500},{"category":"late_delivery","minor":1700}])j"));
    QCOMPARE(QJsonDocument(spend.value(QStringLiteral("by_tier_and_category")).toArray()).toJson(QJsonDocument::Compact),
             QByteArray(R"j([{"category":"late_delivery","minor":1000,"tier":"gold"},{"category":"vehicle_breakdown","minor":5000,"tier":"platinum"},)j"
                        R"j({"category":"late_delivery","minor":700,"tier":"silver"},{"category":"lost_parcel","minor":2500,"tier":"standard"}])j"));

    const QJsonObject sla = object(json, "approval_sla");
    QCOMPARE(sla.value(QStringLiteral("decided")).toInteger(), 2);
    QCOMPARE(sla.value(QStringLiteral("within_sla")).toInteger(), 1);
    QCOMPARE(sla.value(QStringLiteral("escalated")).toInteger(), 1);
    QCOMPARE(sla.value(QStringLiteral("pending")).toInteger(), 2);
    QCOMPARE(sla.value(QStringLiteral("pending_overdue")).toInteger(), 1);

    // Pareto: carrier_delay (4 cases, 3 recovered, 1 back within 30 days), then the single cases by name.
    const QJsonArray causes = json.value(QStringLiteral("root_causes")).toArray();
    QCOMPARE(causes.size(), 4);
    const QStringList order{QStringLiteral("carrier_delay"), QStringLiteral("fleet_shortage"), QStringLiteral("missing_scan"),
                            QStringLiteral("vehicle_maintenance")};
    const QList<qint64> counts{4, 1, 1, 1};
    const QList<qint64> repeatCounts{1, 0, 1, 0};
    const QList<double> rates{0.3333, 0.0, 1.0, 0.0};
    for (int i = 0; i < 4; ++i) {
        const QJsonObject cause = causes.at(i).toObject();
        QCOMPARE(cause.value(QStringLiteral("root_cause")).toString(), order.at(i));
        QCOMPARE(cause.value(QStringLiteral("cases")).toInteger(), counts.at(i));
        QCOMPARE(cause.value(QStringLiteral("repeat_contacts")).toInteger(), repeatCounts.at(i));
        QCOMPARE(cause.value(QStringLiteral("repeat_rate")).toDouble(), rates.at(i));
    }
}

void TestServerReports::dashboard_leadSeesTheirTeamOnly()
{
    const HttpReply reply = dashboard(QStringLiteral("lead"), QStringLiteral("from=2026-03-01&to=2026-03-31"));
    QVERIFY2(reply.status == 200, qPrintable(dump(reply)));
    // care-east: 0.5, 2, 10, 48, 100, 200 h: median between 10 and 48; p90 at 4.5 → 150.
    const QJsonObject resolution = object(reply.json, "resolution");
    QCOMPARE(resolution.value(QStringLiteral("resolved")).toInteger(), 6);
    QCOMPARE(resolution.value(QStringLiteral("median_hours")).toDouble(), 29.0);
    QCOMPARE(resolution.value(QStringLiteral("p90_hours")).toDouble(), 150.0);
    QCOMPARE(object(reply.json, "repeat_contacts").value(QStringLiteral("recovered")).toInteger(), 4);
    QCOMPARE(object(reply.json, "spend.total").value(QStringLiteral("minor")).toInteger(), 8500);
    QCOMPARE(object(reply.json, "spend.budget").value(QStringLiteral("minor")).toInteger(), 3'000'000);
    QCOMPARE(object(reply.json, "satisfaction.csat").value(QStringLiteral("average_after")).toDouble(), 4.5);
    QCOMPARE(object(reply.json, "approval_sla").value(QStringLiteral("pending")).toInteger(), 1);
    QCOMPARE(reply.json.value(QStringLiteral("root_causes")).toArray().first().toObject().value(QStringLiteral("cases")).toInteger(), 3);

    // A budget prorated by day: 17 of March's 31 days and 14 of April's 30.
    const HttpReply split = dashboard(QStringLiteral("lead"), QStringLiteral("from=2026-03-15&to=2026-04-14"));
    QVERIFY2(split.status == 200, qPrintable(dump(split)));
    QCOMPARE(object(split.json, "spend.budget").value(QStringLiteral("minor")).toInteger(), 1'645'161 + 1'400'000);
}

void TestServerReports::dashboard_filters()
{
    const HttpReply parcel = dashboard(QStringLiteral("manager"), QStringLiteral("from=2026-03-01&to=2026-03-31&line=parcel"));
    QVERIFY2(parcel.status == 200, qPrintable(dump(parcel)));
    QCOMPARE(object(parcel.json, "resolution").value(QStringLiteral("resolved")).toInteger(), 5);
    QCOMPARE(object(parcel.json, "spend.total").value(QStringLiteral("minor")).toInteger(), 4200);
    QVERIFY(object(parcel.json, "spend").value(QStringLiteral("budget")).isNull()); // budgets are not split by line
    QCOMPARE(object(parcel.json, "filters").value(QStringLiteral("line")).toString(), QStringLiteral("parcel"));

    const HttpReply chat = dashboard(QStringLiteral("manager"), QStringLiteral("from=2026-03-01&to=2026-03-31&channel=chat"));
    QCOMPARE(object(chat.json, "resolution").value(QStringLiteral("resolved")).toInteger(), 1);
    QCOMPARE(object(chat.json, "resolution").value(QStringLiteral("median_hours")).toDouble(), 200.0);

    const HttpReply west = dashboard(QStringLiteral("manager"), QStringLiteral("from=2026-03-01&to=2026-03-31&team=care-west"));
    QCOMPARE(object(west.json, "resolution").value(QStringLiteral("resolved")).toInteger(), 1);
    QCOMPARE(object(west.json, "spend.budget").value(QStringLiteral("minor")).toInteger(), 2'500'000);

    const HttpReply vendor = dashboard(QStringLiteral("manager"), QStringLiteral("from=2026-03-01&to=2026-03-31&vendor=harbor-bpo"));
    QCOMPARE(object(vendor.json, "resolution").value(QStringLiteral("resolved")).toInteger(), 0);

    // The default period is the last 30 days, which hold none of March's cases.
    const HttpReply recent = dashboard(QStringLiteral("manager"), QString());
    QVERIFY2(recent.status == 200, qPrintable(dump(recent)));
    const QDate today = QDateTime::currentDateTimeUtc().date();
    QCOMPARE(object(recent.json, "period").value(QStringLiteral("to")).toString(), today.toString(Qt::ISODate));
    QCOMPARE(object(recent.json, "period").value(QStringLiteral("from")).toString(), today.addDays(-29).toString(Qt::ISODate));
    QCOMPARE(object(recent.json, "resolution").value(QStringLiteral("resolved")).toInteger(), 0);
    QVERIFY(object(recent.json, "resolution").value(QStringLiteral("median_hours")).isNull());
}

void TestServerReports::dashboard_otherScopesSeeNoneOfIt()
{
    // The vendor's lead: none of the in-house cases, not even through a filter naming the team.
    for (const QString &query : {QStringLiteral("from=2026-03-01&to=2026-03-31"),
                                 QStringLiteral("from=2026-03-01&to=2026-03-31&team=care-east")}) {
        const HttpReply reply = dashboard(QStringLiteral("vendor-lead"), query);
        QVERIFY2(reply.status == 200, qPrintable(dump(reply)));
        QCOMPARE(object(reply.json, "resolution").value(QStringLiteral("resolved")).toInteger(), 0);
        QCOMPARE(object(reply.json, "spend.total").value(QStringLiteral("minor")).toInteger(), 0);
        QCOMPARE(object(reply.json, "satisfaction.nps").value(QStringLiteral("responses_after")).toInteger(), 0);
        QCOMPARE(object(reply.json, "approval_sla").value(QStringLiteral("pending")).toInteger(), 0);
        QVERIFY(reply.json.value(QStringLiteral("root_causes")).toArray().isEmpty());
    }
    // care-west's lead sees their one case, and nothing of care-east when asking for it.
    const HttpReply west = dashboard(QStringLiteral("lead-west"), QStringLiteral("from=2026-03-01&to=2026-03-31"));
    QCOMPARE(object(west.json, "resolution").value(QStringLiteral("resolved")).toInteger(), 1);
    QCOMPARE(object(west.json, "spend.total").value(QStringLiteral("minor")).toInteger(), 700);
    const HttpReply east = dashboard(QStringLiteral("lead-west"), QStringLiteral("from=2026-03-01&to=2026-03-31&team=care-east"));
    QCOMPARE(object(east.json, "resolution").value(QStringLiteral("resolved")).toInteger(), 0);
    QVERIFY(object(east.json, "spend").value(QStringLiteral("budget")).isNull());
}

void TestServerReports::dashboard_refusesBadParameters_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("parameter");
    QTest::newRow("not a day") << QStringLiteral("from=2026-13-01") << QStringLiteral("from");
    QTest::newRow("not a date form") << QStringLiteral("from=1.3.2026&to=2026-03-31") << QStringLiteral("from");
    QTest::newRow("bad to") << QStringLiteral("to=yesterday") << QStringLiteral("to");
    QTest::newRow("reversed") << QStringLiteral("from=2026-04-01&to=2026-03-01") << QStringLiteral("from");
    QTest::newRow("too long") << QStringLiteral("from=2025-01-01&to=2026-03-01") << QStringLiteral("to");
    QTest::newRow("line") << QStringLiteral("line=boats") << QStringLiteral("line");
    QTest::newRow("team") << QStringLiteral("team=a%20b") << QStringLiteral("team");
}

void TestServerReports::dashboard_refusesBadParameters()
{
    QFETCH(QString, query);
    QFETCH(QString, parameter);
    const HttpReply reply = dashboard(QStringLiteral("manager"), query);
    QCOMPARE(reply.status, 400);
    const QJsonObject error = reply.json.value(QStringLiteral("error")).toObject();
    QCOMPARE(error.value(QStringLiteral("code")).toString(), QStringLiteral("request.parameter"));
    QCOMPARE(error.value(QStringLiteral("parameter")).toString(), parameter);
    QVERIFY2(error.value(QStringLiteral("message")).toString().startsWith(parameter), qPrintable(dump(reply)));
}

void TestServerReports::dashboard_onlyForLeadsAndUp()
{
    for (const QString &username : {QStringLiteral("agent"), QStringLiteral("senior"), QStringLiteral("trainer"),
                                    QStringLiteral("integration"), QStringLiteral("vendor-agent")}) {
        for (const QString &path : {QStringLiteral("/api/v1/reports/dashboard"), QStringLiteral("/api/v1/reports/budget")}) {
            const HttpReply reply = m_server.get(path, token(username));
            QVERIFY2(reply.status == 403, qPrintable(username + QLatin1Char(' ') + dump(reply)));
            QVERIFY(!reply.json.value(QStringLiteral("error")).toObject().value(QStringLiteral("message")).toString().isEmpty());
        }
    }
    for (const QString &username : {QStringLiteral("director"), QStringLiteral("admin")})
        QCOMPARE(dashboard(username, QStringLiteral("from=2026-03-01&to=2026-03-31")).status, 200);
    QCOMPARE(m_server.get(QStringLiteral("/api/v1/reports/dashboard")).status, 401);
}

void TestServerReports::budget_thisPeriodOfTheTeam()
{
    const HttpReply reply = m_server.get(QStringLiteral("/api/v1/reports/budget"), token(QStringLiteral("lead")));
    QVERIFY2(reply.status == 200, qPrintable(dump(reply)));
    const QJsonObject &json = reply.json;
    const QDate today = QDateTime::currentDateTimeUtc().date();
    QCOMPARE(json.value(QStringLiteral("team")).toString(), QStringLiteral("care-east"));
    QCOMPARE(object(json, "period").value(QStringLiteral("from")).toString(), QDate(today.year(), today.month(), 1).toString(Qt::ISODate));
    QCOMPARE(object(json, "period").value(QStringLiteral("to")).toString(),
             QDate(today.year(), today.month(), 1).addMonths(1).addDays(-1).toString(Qt::ISODate));
    QCOMPARE(object(json, "budget").value(QStringLiteral("minor")).toInteger(), 3'000'000);
    QCOMPARE(object(json, "spent").value(QStringLiteral("minor")).toInteger(), 5000);
    QCOMPARE(object(json, "pending").value(QStringLiteral("minor")).toInteger(), 3000);
    QCOMPARE(object(json, "spent").value(QStringLiteral("currency")).toString(), QStringLiteral("USD"));
    const QJsonArray agents = json.value(QStringLiteral("by_agent")).toArray();
    QVERIFY(agents.size() >= 8); // everyone of the team, the ones who spent first
    const QJsonObject agent = agents.first().toObject();
    QCOMPARE(agent.value(QStringLiteral("username")).toString(), QStringLiteral("agent"));
    QCOMPARE(agent.value(QStringLiteral("user_id")).toString(), m_userIds.value(QStringLiteral("agent")));
    QCOMPARE(agent.value(QStringLiteral("spent_minor")).toInteger(), 5000);
    QCOMPARE(agent.value(QStringLiteral("today_minor")).toInteger(), 5000);
    QCOMPARE(agent.value(QStringLiteral("daily_budget_minor")).toInteger(), 40000);
    for (const QJsonValue &value : agents) {
        if (value.toObject().value(QStringLiteral("username")).toString() == QLatin1String("director"))
            QVERIFY(value.toObject().value(QStringLiteral("daily_budget_minor")).isNull());
    }
    QCOMPARE(QJsonDocument(json.value(QStringLiteral("by_tier")).toArray()).toJson(QJsonDocument::Compact),
             QByteArray(R"j([{"minor":5000,"tier":"gold"}])j"));
    QCOMPARE(QJsonDocument(json.value(QStringLiteral("by_category")).toArray()).toJson(QJsonDocument::Compact),
             QByteArray(R"j([{"category":"late_delivery","minor":5000}])j"));
}

void TestServerReports::budget_scope()
{
    const HttpReply west = m_server.get(QStringLiteral("/api/v1/reports/budget"), token(QStringLiteral("lead-west")));
    QVERIFY2(west.status == 200, qPrintable(dump(west)));
    QCOMPARE(west.json.value(QStringLiteral("team")).toString(), QStringLiteral("care-west"));
    QCOMPARE(object(west.json, "spent").value(QStringLiteral("minor")).toInteger(), 0);
    QCOMPARE(m_server.get(QStringLiteral("/api/v1/reports/budget?team=care-east"), token(QStringLiteral("lead-west"))).status, 404);
    QCOMPARE(m_server.get(QStringLiteral("/api/v1/reports/budget?team=care-east"), token(QStringLiteral("vendor-lead"))).status, 404);
    const HttpReply vendor = m_server.get(QStringLiteral("/api/v1/reports/budget"), token(QStringLiteral("vendor-lead")));
    QVERIFY2(vendor.status == 200, qPrintable(dump(vendor)));
    QCOMPARE(object(vendor.json, "budget").value(QStringLiteral("minor")).toInteger(), 1'200'000);
    const HttpReply managed = m_server.get(QStringLiteral("/api/v1/reports/budget?team=care-west"), token(QStringLiteral("manager")));
    QCOMPARE(managed.status, 200);
    QCOMPARE(object(managed.json, "budget").value(QStringLiteral("minor")).toInteger(), 2'500'000);
    QCOMPARE(m_server.get(QStringLiteral("/api/v1/reports/budget?team=nobody"), token(QStringLiteral("manager"))).status, 404);
}

void TestServerReports::survey_isStoredOnTheTimeline()
{
    const HttpReply reply = m_server.post(QStringLiteral("/api/v1/events"),
                                          survey(onCase(QStringLiteral("K-EAST-2")), QStringLiteral("csat"), 4, 0),
                                          token(QStringLiteral("integration")));
    QVERIFY2(reply.status == 200, qPrintable(dump(reply)));
    QCOMPARE(reply.json.value(QStringLiteral("case_id")).toString(), QStringLiteral("K-EAST-2"));
    QCOMPARE(reply.json.value(QStringLiteral("duplicate")).toBool(), false);
    const HttpReply detail = m_server.get(QStringLiteral("/api/v1/cases/K-EAST-2"), token(QStringLiteral("agent")));
    QVERIFY2(detail.status == 200, qPrintable(dump(detail)));
    bool found = false;
    for (const QJsonValue &event : detail.json.value(QStringLiteral("timeline")).toArray()) {
        const QJsonObject entry = event.toObject();
        if (entry.value(QStringLiteral("type")).toString() == QLatin1String("event.survey")) {
            found = true;
            QCOMPARE(entry.value(QStringLiteral("data")).toObject().value(QStringLiteral("score")).toInteger(), 4);
            QCOMPARE(entry.value(QStringLiteral("data")).toObject().value(QStringLiteral("kind")).toString(), QStringLiteral("csat"));
        }
    }
    QVERIFY2(found, qPrintable(dump(detail)));
    // A survey without answered_at was answered now: it counts in today's dashboard.
    const HttpReply today = dashboard(QStringLiteral("lead"), QString());
    QCOMPARE(object(today.json, "satisfaction.csat").value(QStringLiteral("responses_before")).toInteger(), 1);
}

void TestServerReports::survey_isIdempotent()
{
    const QJsonObject body = survey(onCase(QStringLiteral("K-EAST-3")), QStringLiteral("nps"), 9, 0);
    const HttpReply first = m_server.post(QStringLiteral("/api/v1/events"), body, token(QStringLiteral("integration")));
    QVERIFY2(first.status == 200, qPrintable(dump(first)));
    const HttpReply again = m_server.post(QStringLiteral("/api/v1/events"), body, token(QStringLiteral("integration")));
    QCOMPARE(again.status, 200);
    QCOMPARE(again.json.value(QStringLiteral("duplicate")).toBool(), true);
    QCOMPARE(again.json.value(QStringLiteral("case_id")).toString(), QStringLiteral("K-EAST-3"));
    const HttpReply detail = m_server.get(QStringLiteral("/api/v1/cases/K-EAST-3"), token(QStringLiteral("agent")));
    int surveys = 0;
    for (const QJsonValue &event : detail.json.value(QStringLiteral("timeline")).toArray())
        surveys += event.toObject().value(QStringLiteral("type")).toString() == QLatin1String("event.survey") ? 1 : 0;
    QCOMPARE(surveys, 1);
    // Only integrations post surveys.
    QCOMPARE(m_server.post(QStringLiteral("/api/v1/events"), survey(onCase(QStringLiteral("K-EAST-3")), QStringLiteral("nps"), 9, 0),
                           token(QStringLiteral("lead")))
                 .status,
             403);
}

void TestServerReports::survey_refusesBadFields_data()
{
    QTest::addColumn<QJsonObject>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("pointer");
    const QJsonObject k = onCase(QStringLiteral("K-EAST-1"));
    QTest::newRow("nps 11") << survey(k, QStringLiteral("nps"), 11, 0) << 400 << QStringLiteral("/score");
    QTest::newRow("nps -1") << survey(k, QStringLiteral("nps"), -1, 0) << 400 << QStringLiteral("/score");
    QTest::newRow("csat 0") << survey(k, QStringLiteral("csat"), 0, 0) << 400 << QStringLiteral("/score");
    QTest::newRow("csat 6") << survey(k, QStringLiteral("csat"), 6, 0) << 400 << QStringLiteral("/score");
    QJsonObject fraction = survey(k, QStringLiteral("csat"), 3, 0);
    fraction.insert(QStringLiteral("score"), 3.5);
    QTest::newRow("fraction") << fraction << 400 << QStringLiteral("/score");
    QJsonObject noScore = survey(k, QStringLiteral("csat"), 3, 0);
    noScore.remove(QStringLiteral("score"));
    QTest::newRow("no score") << noScore << 400 << QStringLiteral("/score");
    QTest::newRow("kind") << survey(k, QStringLiteral("ces"), 3, 0) << 400 << QStringLiteral("/kind");
    QJsonObject both = survey(k, QStringLiteral("csat"), 3, 0);
    both.insert(QStringLiteral("customer_id"), QStringLiteral("C-EAST-1"));
    QTest::newRow("both targets") << both << 400 << QStringLiteral("/case_id");
    QJsonObject neither = survey(k, QStringLiteral("csat"), 3, 0);
    neither.remove(QStringLiteral("case_id"));
    QTest::newRow("no target") << neither << 400 << QStringLiteral("/case_id");
    QTest::newRow("future") << survey(k, QStringLiteral("csat"), 3, QDateTime::currentMSecsSinceEpoch() + 86'400'000) << 400
                            << QStringLiteral("/answered_at");
    QJsonObject unknown = survey(k, QStringLiteral("csat"), 3, 0);
    unknown.insert(QStringLiteral("comment"), QStringLiteral("great"));
    QTest::newRow("unknown member") << unknown << 400 << QStringLiteral("/comment");
    QTest::newRow("no case") << survey(onCase(QStringLiteral("nope")), QStringLiteral("csat"), 3, 0) << 404 << QStringLiteral("/case_id");
    QTest::newRow("no customer") << survey(QJsonObject{{QStringLiteral("customer_id"), QStringLiteral("nope")}}, QStringLiteral("csat"), 3, 0)
                                 << 404 << QStringLiteral("/customer_id");
}

void TestServerReports::survey_refusesBadFields()
{
    QFETCH(QJsonObject, body);
    QFETCH(int, status);
    QFETCH(QString, pointer);
    const HttpReply reply = m_server.post(QStringLiteral("/api/v1/events"), body, token(QStringLiteral("integration")));
    QVERIFY2(reply.status == status, qPrintable(dump(reply)));
    QVERIFY2(reply.json.value(QStringLiteral("error")).toObject().value(QStringLiteral("message")).toString().contains(pointer),
             qPrintable(dump(reply)));
}

QTEST_GUILESS_MAIN(TestServerReports)
#include "tst_server_reports.moc"
