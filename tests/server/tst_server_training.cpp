// The training sandbox on the real binary: `redress-server --sandbox` seeds an empty database with trainees and
// scenarios; a run makes a case the trainee works through the normal mutation API; finishing scores what the case
// recorded; a trainer's reset removes it all and changes the data epoch. A live database is never a sandbox.
// Runs on SQLite and, with REDRESS_TEST_PG, on PostgreSQL.
#include "servertestsupport.h"

#include "auditchain.h"
#include "database.h"
#include "documentcache.h"
#include "documentstore.h"
#include "passwordhasher.h"
#include "trainingcatalogue.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTest>
#include <QUuid>

namespace {

const QString kDemoPassword = QStringLiteral("redress-demo");
const QString kScenario = QStringLiteral("late_repeat_gold");

QString uuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString dump(const HttpReply &reply)
{
    return QString::number(reply.status) + QLatin1Char(' ') + QString::fromUtf8(reply.body.left(2000));
}

QString errorCode(const HttpReply &reply)
{
    return reply.json.value(QLatin1String("error")).toObject().value(QLatin1String("code")).toString();
}

} // namespace

class TestServerTraining : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void bootstrap_saysSandboxWithAnEpoch();
    void scenarios_listHasNoAnswerKey();
    void startRun_unknownScenarioIs404();
    void startRun_otherRoleIsRefused();
    void run_makesACaseTheTraineeSeesThroughTheFeed();
    void modelRun_throughTheMutationApi_passes();
    void wrongPath_divergesWhereItWentWrong();
    void finish_onlyByItsTrainee_andOnlyOnce();
    void runs_traineeSeesOwn_trainerSeesAll();
    void reset_onlyTrainers_removesRunsAndChangesTheEpoch();
    void sandboxDatabase_staysASandboxWithoutTheFlag();
    void liveServer_trainingIs404();
    void sandboxFlag_onALiveDatabase_isRefused();
    void catalogue_invalidScenario_namesFileAndPointer();

private:
    QString token(const QString &username);
    QString device(const QString &username) const { return QStringLiteral("device-") + username; }
    /// Pushes one mutation as `username`; returns its result object.
    QJsonObject push(const QString &username, const QString &type, const QJsonObject &args);
    QJsonObject startRun(const QString &username, const QString &scenarioId);
    HttpReply finish(const QString &username, const QString &runId);
    /// Every change `username` can pull from since=0.
    QJsonArray allChanges(const QString &username, QString *epoch = nullptr);

    QTemporaryDir m_dir;
    QTemporaryDir m_liveDir;
    QString m_url;
    QString m_liveUrl;
    ServerProcess m_server;
    QHash<QString, QString> m_tokens;
    QHash<QString, qint64> m_seqs;
    QStringList m_runIds;
};

void TestServerTraining::initTestCase()
{
    QVERIFY(redress::PasswordHasher::initialise());
    m_url = testDatabaseUrl(m_dir);
    QVERIFY2(m_server.start(m_url, {QStringLiteral("--sandbox")}), qPrintable(m_server.standardError()));
}

void TestServerTraining::cleanupTestCase()
{
    m_server.stop();
}

QString TestServerTraining::token(const QString &username)
{
    if (!m_tokens.contains(username)) {
        const HttpReply reply = m_server.post(QStringLiteral("/api/v1/sessions"),
                                              QJsonObject{{QStringLiteral("username"), username},
                                                          {QStringLiteral("password"), kDemoPassword},
                                                          {QStringLiteral("device_id"), device(username)}});
        if (reply.status != 201)
            qWarning().noquote() << "sign-in of" << username << "failed:" << dump(reply);
        m_tokens.insert(username, reply.json.value(QStringLiteral("token")).toString());
    }
    return m_tokens.value(username);
}

QJsonObject TestServerTraining::push(const QString &username, const QString &type, const QJsonObject &args)
{
    const qint64 seq = ++m_seqs[username];
    const QJsonObject mutation{{QStringLiteral("id"), uuid()},
                               {QStringLiteral("seq"), seq},
                               {QStringLiteral("type"), type},
                               {QStringLiteral("args"), args}};
    const HttpReply reply = m_server.post(QStringLiteral("/api/v1/mutations"),
                                          QJsonObject{{QStringLiteral("device_id"), device(username)},
                                                      {QStringLiteral("mutations"), QJsonArray{mutation}}},
                                          token(username));
    if (reply.status != 200)
        qWarning().noquote() << type << dump(reply);
    return reply.json.value(QStringLiteral("results")).toArray().first().toObject();
}

QJsonObject TestServerTraining::startRun(const QString &username, const QString &scenarioId)
{
    const HttpReply reply = m_server.post(QStringLiteral("/api/v1/training/runs"),
                                          QJsonObject{{QStringLiteral("scenario_id"), scenarioId}}, token(username));
    if (reply.status != 201) {
        qWarning().noquote() << "start" << dump(reply);
        return {};
    }
    const QJsonObject run = reply.json.value(QStringLiteral("run")).toObject();
    m_runIds.append(run.value(QStringLiteral("id")).toString());
    return run;
}

HttpReply TestServerTraining::finish(const QString &username, const QString &runId)
{
    return m_server.post(QStringLiteral("/api/v1/training/runs/") + runId + QStringLiteral("/finish"), {}, token(username));
}

QJsonArray TestServerTraining::allChanges(const QString &username, QString *epoch)
{
    QJsonArray all;
    qint64 since = 0;
    for (int page = 0; page < 100; ++page) {
        const HttpReply reply = m_server.get(QStringLiteral("/api/v1/changes?limit=1000&since=%1").arg(since), token(username));
        if (reply.status != 200) {
            qWarning().noquote() << "changes" << dump(reply);
            break;
        }
        for (const QJsonValue &change : reply.json.value(QStringLiteral("changes")).toArray())
            all.append(change);
        if (epoch)
            *epoch = reply.json.value(QStringLiteral("data_epoch")).toString();
        since = reply.json.value(QStringLiteral("next")).toInteger();
        if (!reply.json.value(QStringLiteral("more")).toBool())
            break;
    }
    return all;
}

void TestServerTraining::bootstrap_saysSandboxWithAnEpoch()
{
    const HttpReply bootstrap = m_server.get(QStringLiteral("/api/v1/bootstrap"), token(QStringLiteral("trainee")));
    QVERIFY2(bootstrap.status == 200, qPrintable(dump(bootstrap)));
    QCOMPARE(bootstrap.json.value(QStringLiteral("sandbox")).toBool(false), true);
    const QString epoch = bootstrap.json.value(QStringLiteral("data_epoch")).toString();
    QVERIFY(epoch.size() >= 32);
    const QJsonObject user = bootstrap.json.value(QStringLiteral("user")).toObject();
    QCOMPARE(user.value(QStringLiteral("display_name")).toString(), QStringLiteral("Priya Natarajan"));
    QCOMPARE(user.value(QStringLiteral("role")).toString(), QStringLiteral("agent"));
    QCOMPARE(user.value(QStringLiteral("team")).toString(), QStringLiteral("academy"));

    QString pageEpoch;
    allChanges(QStringLiteral("trainee2"), &pageEpoch);
    QCOMPARE(pageEpoch, epoch);
}

void TestServerTraining::scenarios_listHasNoAnswerKey()
{
    const HttpReply reply = m_server.get(QStringLiteral("/api/v1/training/scenarios"), token(QStringLiteral("trainee")));
    QVERIFY2(reply.status == 200, qPrintable(dump(reply)));
    const QJsonArray scenarios = reply.json.value(QStringLiteral("scenarios")).toArray();
    QCOMPARE(scenarios.size(), 12); // resources/seed/scenarios
    const QSet<QString> allowed{QStringLiteral("id"),       QStringLiteral("version"),        QStringLiteral("title"),
                                QStringLiteral("line"),     QStringLiteral("difficulty"),     QStringLiteral("briefing"),
                                QStringLiteral("category"), QStringLiteral("target_seconds"), QStringLiteral("channel"),
                                QStringLiteral("customer")};
    QString previousTitle;
    bool found = false;
    for (const QJsonValue &value : scenarios) {
        const QJsonObject scenario = value.toObject();
        const QStringList keys = scenario.keys();
        QCOMPARE(QSet<QString>(keys.cbegin(), keys.cend()), allowed);
        const QStringList customerKeys = scenario.value(QStringLiteral("customer")).toObject().keys();
        QCOMPARE(customerKeys, (QStringList{QStringLiteral("name"), QStringLiteral("tier")}));
        const QString title = scenario.value(QStringLiteral("title")).toString();
        QVERIFY2(previousTitle.compare(title, Qt::CaseInsensitive) <= 0, qPrintable(title));
        previousTitle = title;
        if (scenario.value(QStringLiteral("id")).toString() == kScenario) {
            found = true;
            QCOMPARE(scenario.value(QStringLiteral("customer")).toObject().value(QStringLiteral("tier")).toString(),
                     QStringLiteral("gold"));
            QCOMPARE(scenario.value(QStringLiteral("target_seconds")).toInt(), 360);
        }
    }
    QVERIFY(found);
    // Nothing of the answer key, by name or by value.
    for (const char *secret : {"expected", "steps", "outcome", "debrief", "root_cause", "o_repeat_late", "over_three_days",
                               "late_delivery_apology"}) {
        QVERIFY2(!reply.body.contains(secret), secret);
    }
}

void TestServerTraining::startRun_unknownScenarioIs404()
{
    const HttpReply reply = m_server.post(QStringLiteral("/api/v1/training/runs"),
                                          QJsonObject{{QStringLiteral("scenario_id"), QStringLiteral("no_such_scenario")}},
                                          token(QStringLiteral("trainee")));
    QCOMPARE(reply.status, 404);
    QCOMPARE(errorCode(reply), QStringLiteral("training.scenario_not_found"));
    const HttpReply bad = m_server.post(QStringLiteral("/api/v1/training/runs"), QJsonObject{}, token(QStringLiteral("trainee")));
    QCOMPARE(bad.status, 400);
}

void TestServerTraining::startRun_otherRoleIsRefused()
{
    // Every seed scenario is played as an agent: a lead is not one.
    const HttpReply reply = m_server.post(QStringLiteral("/api/v1/training/runs"),
                                          QJsonObject{{QStringLiteral("scenario_id"), kScenario}}, token(QStringLiteral("lead")));
    QCOMPARE(reply.status, 403);
    QCOMPARE(errorCode(reply), QStringLiteral("forbidden"));
}

void TestServerTraining::run_makesACaseTheTraineeSeesThroughTheFeed()
{
    const QJsonObject run = startRun(QStringLiteral("trainee"), kScenario);
    QVERIFY(!run.isEmpty());
    QCOMPARE(run.value(QStringLiteral("scenario_id")).toString(), kScenario);
    QCOMPARE(run.value(QStringLiteral("scenario_title")).toString(), QStringLiteral("Third late parcel this quarter for a Gold customer"));
    QCOMPARE(run.value(QStringLiteral("trainee")).toObject().value(QStringLiteral("username")).toString(), QStringLiteral("trainee"));
    QCOMPARE(run.value(QStringLiteral("trainee")).toObject().value(QStringLiteral("display_name")).toString(),
             QStringLiteral("Priya Natarajan"));
    QVERIFY(QDateTime::fromString(run.value(QStringLiteral("started_at")).toString(), Qt::ISODate).isValid());
    QVERIFY(run.value(QStringLiteral("started_at")).toString().endsWith(QLatin1Char('Z')));
    QVERIFY(run.value(QStringLiteral("finished_at")).isNull());
    QVERIFY(run.value(QStringLiteral("seconds")).isNull());
    QVERIFY(run.value(QStringLiteral("score")).isNull());
    const QString caseId = run.value(QStringLiteral("case_id")).toString();
    const QString customerId = run.value(QStringLiteral("customer_id")).toString();

    bool sawCase = false;
    bool sawCustomer = false;
    bool sawOpened = false;
    qint64 earlierPaid = 0;
    int earlierPayouts = 0;
    for (const QJsonValue &value : allChanges(QStringLiteral("trainee"))) {
        const QJsonObject change = value.toObject();
        const QString entity = change.value(QStringLiteral("entity")).toString();
        const QJsonObject data = change.value(QStringLiteral("data")).toObject();
        if (entity == QLatin1String("case") && change.value(QStringLiteral("id")).toString() == caseId) {
            sawCase = true;
            QCOMPARE(data.value(QStringLiteral("status")).toString(), QStringLiteral("open"));
            QCOMPARE(data.value(QStringLiteral("category")).toString(), QStringLiteral("late_delivery"));
            QCOMPARE(data.value(QStringLiteral("channel")).toString(), QStringLiteral("email"));
            QCOMPARE(data.value(QStringLiteral("brand")).toString(), QStringLiteral("northwind_parcel"));
            QCOMPARE(data.value(QStringLiteral("team")).toString(), QStringLiteral("academy"));
            QCOMPARE(data.value(QStringLiteral("facts")).toObject().value(QStringLiteral("delay_hours")).toInt(), 120);
            QCOMPARE(data.value(QStringLiteral("assignee_id")).toString(),
                     run.value(QStringLiteral("trainee")).toObject().value(QStringLiteral("user_id")).toString());
        } else if (entity == QLatin1String("customer") && change.value(QStringLiteral("id")).toString() == customerId) {
            sawCustomer = true;
            QCOMPARE(data.value(QStringLiteral("name")).toString(), QStringLiteral("Angela Ruiz"));
            QCOMPARE(data.value(QStringLiteral("tier")).toString(), QStringLiteral("gold"));
        } else if (entity == QLatin1String("case_event") && data.value(QStringLiteral("case_id")).toString() == caseId
                   && data.value(QStringLiteral("type")).toString() == QLatin1String("case.opened")) {
            sawOpened = true;
        } else if (entity == QLatin1String("compensation")
                   && data.value(QStringLiteral("customer_id")).toString() == customerId) {
            // The scenario's earlier payouts (USD 30.00 in two), on record so the live policy counts them.
            QVERIFY(data.value(QStringLiteral("case_id")).toString() != caseId);
            earlierPaid += data.value(QStringLiteral("amount")).toObject().value(QStringLiteral("minor")).toInteger();
            ++earlierPayouts;
        }
    }
    QVERIFY(sawCase);
    QVERIFY(sawCustomer);
    QVERIFY(sawOpened);
    QCOMPARE(earlierPayouts, 2);
    QCOMPARE(earlierPaid, qint64(3000));

    // Another team never sees a trainee's case.
    for (const QJsonValue &value : allChanges(QStringLiteral("agent")))
        QVERIFY(value.toObject().value(QStringLiteral("id")).toString() != caseId);
    QCOMPARE(m_server.get(QStringLiteral("/api/v1/cases/") + caseId, token(QStringLiteral("agent"))).status, 404);
    QCOMPARE(m_server.get(QStringLiteral("/api/v1/cases/") + caseId, token(QStringLiteral("trainee"))).status, 200);
}

void TestServerTraining::modelRun_throughTheMutationApi_passes()
{
    const QString trainee = QStringLiteral("trainee");
    const QJsonObject run = startRun(trainee, kScenario);
    QVERIFY(!run.isEmpty());
    const QString caseId = run.value(QStringLiteral("case_id")).toString();
    const QJsonArray answers{QStringLiteral("delivered_late"), QStringLiteral("carrier_delay"), QStringLiteral("standard"),
                             QStringLiteral("over_three_days"), QStringLiteral("repeat")};
    QJsonObject result = push(trainee, QStringLiteral("tree.record"),
                              QJsonObject{{QStringLiteral("case_id"), caseId},
                                          {QStringLiteral("tree_id"), QStringLiteral("late_delivery")},
                                          {QStringLiteral("answers"), answers}});
    QCOMPARE(result.value(QStringLiteral("status")).toString(), QStringLiteral("applied"));
    result = push(trainee, QStringLiteral("compensation.propose"),
                  QJsonObject{{QStringLiteral("compensation_id"), uuid()},
                              {QStringLiteral("case_id"), caseId},
                              {QStringLiteral("kind"), QStringLiteral("voucher")},
                              {QStringLiteral("amount"), QJsonObject{{QStringLiteral("minor"), 3500}, {QStringLiteral("currency"), QStringLiteral("USD")}}}});
    QCOMPARE(result.value(QStringLiteral("status")).toString(), QStringLiteral("applied"));
    result = push(trainee, QStringLiteral("message.send"),
                  QJsonObject{{QStringLiteral("case_id"), caseId},
                              {QStringLiteral("template_id"), QStringLiteral("late_delivery_apology")},
                              {QStringLiteral("channel"), QStringLiteral("email")},
                              {QStringLiteral("subject"), QStringLiteral("Your parcel")},
                              {QStringLiteral("text"), QStringLiteral("Dear Angela, we are sorry; here is a USD 35.00 voucher.")}});
    QCOMPARE(result.value(QStringLiteral("status")).toString(), QStringLiteral("applied"));
    result = push(trainee, QStringLiteral("case.resolve"),
                  QJsonObject{{QStringLiteral("case_id"), caseId}, {QStringLiteral("root_cause"), QStringLiteral("carrier_delay")}});
    QCOMPARE(result.value(QStringLiteral("status")).toString(), QStringLiteral("applied"));

    const HttpReply finished = finish(trainee, run.value(QStringLiteral("id")).toString());
    QVERIFY2(finished.status == 200, qPrintable(dump(finished)));
    const QJsonObject scored = finished.json.value(QStringLiteral("run")).toObject();
    QVERIFY(!scored.value(QStringLiteral("finished_at")).isNull());
    QVERIFY(scored.value(QStringLiteral("seconds")).toInt(-1) >= 0);
    const QJsonObject score = scored.value(QStringLiteral("score")).toObject();
    QVERIFY2(score.value(QStringLiteral("passed")).toBool(), QJsonDocument(score).toJson().constData());
    QCOMPARE(score.value(QStringLiteral("total")).toInt(), 100); // well within the 360 s target
    QCOMPARE(score.value(QStringLiteral("policy_breach")).toBool(), false);
    QVERIFY(!score.contains(QStringLiteral("first_divergence")));
    QVERIFY(score.value(QStringLiteral("debrief")).toString().contains(QStringLiteral("repeat-payout")));
    QCOMPARE(score.value(QStringLiteral("steps")).toArray().size(), 5);
}

void TestServerTraining::wrongPath_divergesWhereItWentWrong()
{
    const QString trainee = QStringLiteral("trainee2");
    const QJsonObject run = startRun(trainee, kScenario);
    QVERIFY(!run.isEmpty());
    const QString caseId = run.value(QStringLiteral("case_id")).toString();
    // Right until the delay: "one to three days" ends the walk before the repeat-customer question.
    const QJsonArray answers{QStringLiteral("delivered_late"), QStringLiteral("carrier_delay"), QStringLiteral("standard"),
                             QStringLiteral("one_to_three_days")};
    QJsonObject result = push(trainee, QStringLiteral("tree.record"),
                              QJsonObject{{QStringLiteral("case_id"), caseId},
                                          {QStringLiteral("tree_id"), QStringLiteral("late_delivery")},
                                          {QStringLiteral("answers"), answers}});
    QCOMPARE(result.value(QStringLiteral("status")).toString(), QStringLiteral("applied"));

    const HttpReply finished = finish(trainee, run.value(QStringLiteral("id")).toString());
    QVERIFY2(finished.status == 200, qPrintable(dump(finished)));
    const QJsonObject score = finished.json.value(QStringLiteral("run")).toObject().value(QStringLiteral("score")).toObject();
    QCOMPARE(score.value(QStringLiteral("first_divergence")).toInt(-1), 3);
    QCOMPARE(score.value(QStringLiteral("passed")).toBool(true), false);
    const QJsonArray steps = score.value(QStringLiteral("steps")).toArray();
    QCOMPARE(steps.at(3).toObject().value(QStringLiteral("answered")).toString(), QStringLiteral("one_to_three_days"));
    QCOMPARE(steps.at(3).toObject().value(QStringLiteral("correct")).toBool(true), false);
    QCOMPARE(steps.at(2).toObject().value(QStringLiteral("correct")).toBool(), true);
    // Nothing offered, no message, not resolved: none of those points either.
    for (const char *criterion : {"compensation", "template", "root_cause"}) {
        bool seen = false;
        for (const QJsonValue &value : score.value(QStringLiteral("criteria")).toArray()) {
            if (value.toObject().value(QStringLiteral("id")).toString() == QLatin1String(criterion)) {
                seen = true;
                QCOMPARE(value.toObject().value(QStringLiteral("points")).toInt(-1), 0);
            }
        }
        QVERIFY2(seen, criterion);
    }
}

void TestServerTraining::finish_onlyByItsTrainee_andOnlyOnce()
{
    const QJsonObject run = startRun(QStringLiteral("trainee"), QStringLiteral("toll_admin_fee_standard"));
    QVERIFY(!run.isEmpty());
    const QString runId = run.value(QStringLiteral("id")).toString();
    HttpReply reply = finish(QStringLiteral("trainee2"), runId);
    QCOMPARE(reply.status, 403);
    QCOMPARE(errorCode(reply), QStringLiteral("forbidden"));
    reply = finish(QStringLiteral("trainer"), runId);
    QCOMPARE(reply.status, 403);
    reply = finish(QStringLiteral("trainee"), runId);
    QVERIFY2(reply.status == 200, qPrintable(dump(reply)));
    reply = finish(QStringLiteral("trainee"), runId);
    QCOMPARE(reply.status, 409);
    QCOMPARE(errorCode(reply), QStringLiteral("training.finished"));
    reply = finish(QStringLiteral("trainee"), uuid());
    QCOMPARE(reply.status, 404);
}

void TestServerTraining::runs_traineeSeesOwn_trainerSeesAll()
{
    const HttpReply own = m_server.get(QStringLiteral("/api/v1/training/runs"), token(QStringLiteral("trainee2")));
    QVERIFY2(own.status == 200, qPrintable(dump(own)));
    const QJsonArray ownRuns = own.json.value(QStringLiteral("runs")).toArray();
    QCOMPARE(ownRuns.size(), 1);
    QCOMPARE(ownRuns.first().toObject().value(QStringLiteral("trainee")).toObject().value(QStringLiteral("username")).toString(),
             QStringLiteral("trainee2"));

    const HttpReply all = m_server.get(QStringLiteral("/api/v1/training/runs"), token(QStringLiteral("trainer")));
    QVERIFY2(all.status == 200, qPrintable(dump(all)));
    const QJsonArray runs = all.json.value(QStringLiteral("runs")).toArray();
    QCOMPARE(runs.size(), m_runIds.size());
    // Newest first.
    QCOMPARE(runs.first().toObject().value(QStringLiteral("id")).toString(), m_runIds.last());
    QString previous = runs.first().toObject().value(QStringLiteral("started_at")).toString();
    for (const QJsonValue &value : runs) {
        const QString started = value.toObject().value(QStringLiteral("started_at")).toString();
        QVERIFY(started <= previous);
        previous = started;
    }
    const HttpReply limited = m_server.get(QStringLiteral("/api/v1/training/runs?limit=1"), token(QStringLiteral("trainer")));
    QCOMPARE(limited.json.value(QStringLiteral("runs")).toArray().size(), 1);
    QCOMPARE(m_server.get(QStringLiteral("/api/v1/training/runs?limit=0"), token(QStringLiteral("trainer"))).status, 400);
}

void TestServerTraining::reset_onlyTrainers_removesRunsAndChangesTheEpoch()
{
    const QString before = m_server.get(QStringLiteral("/api/v1/bootstrap"), token(QStringLiteral("trainee")))
                               .json.value(QStringLiteral("data_epoch"))
                               .toString();
    QVERIFY(!before.isEmpty());
    const QJsonObject runs = m_server.get(QStringLiteral("/api/v1/training/runs"), token(QStringLiteral("trainee"))).json;
    const QString caseId = runs.value(QStringLiteral("runs")).toArray().first().toObject().value(QStringLiteral("case_id")).toString();
    QVERIFY(!caseId.isEmpty());

    HttpReply reply = m_server.post(QStringLiteral("/api/v1/training/reset"), {}, token(QStringLiteral("trainee")));
    QCOMPARE(reply.status, 403);
    QCOMPARE(errorCode(reply), QStringLiteral("forbidden"));

    reply = m_server.post(QStringLiteral("/api/v1/training/reset"), {}, token(QStringLiteral("trainer")));
    QVERIFY2(reply.status == 200, qPrintable(dump(reply)));
    QCOMPARE(reply.json.value(QStringLiteral("removed_runs")).toInteger(), qint64(m_runIds.size()));
    const QString after = reply.json.value(QStringLiteral("data_epoch")).toString();
    QVERIFY(!after.isEmpty());
    QVERIFY(after != before);
    QCOMPARE(m_server.get(QStringLiteral("/api/v1/bootstrap"), token(QStringLiteral("trainee")))
                 .json.value(QStringLiteral("data_epoch"))
                 .toString(),
             after);

    QCOMPARE(m_server.get(QStringLiteral("/api/v1/training/runs"), token(QStringLiteral("trainer")))
                 .json.value(QStringLiteral("runs"))
                 .toArray()
                 .size(),
             0);
    QCOMPARE(m_server.get(QStringLiteral("/api/v1/cases/") + caseId, token(QStringLiteral("trainee"))).status, 404);
    // A full resync gets none of it back, and hears of the reset.
    QString epoch;
    bool sawReset = false;
    for (const QJsonValue &value : allChanges(QStringLiteral("trainee"), &epoch)) {
        const QJsonObject change = value.toObject();
        const QString entity = change.value(QStringLiteral("entity")).toString();
        QVERIFY2(entity != QLatin1String("customer") && entity != QLatin1String("case") && entity != QLatin1String("case_event")
                     && entity != QLatin1String("compensation"),
                 QJsonDocument(change).toJson(QJsonDocument::Compact).constData());
        if (entity == QLatin1String("sandbox")) {
            sawReset = true;
            QCOMPARE(change.value(QStringLiteral("data")).toObject().value(QStringLiteral("data_epoch")).toString(), after);
        }
    }
    QVERIFY(sawReset);
    QCOMPARE(epoch, after);
    // The catalogue and the people stay.
    QCOMPARE(m_server.get(QStringLiteral("/api/v1/training/scenarios"), token(QStringLiteral("trainee")))
                 .json.value(QStringLiteral("scenarios"))
                 .toArray()
                 .size(),
             12);
    QVERIFY(!startRun(QStringLiteral("trainee"), kScenario).isEmpty());
}

void TestServerTraining::sandboxDatabase_staysASandboxWithoutTheFlag()
{
    const QString epoch = m_server.get(QStringLiteral("/api/v1/bootstrap"), token(QStringLiteral("trainee")))
                              .json.value(QStringLiteral("data_epoch"))
                              .toString();
    m_server.stop();
    m_tokens.clear();
    m_seqs.clear();
    QVERIFY2(m_server.start(m_url), qPrintable(m_server.standardError()));
    const HttpReply bootstrap = m_server.get(QStringLiteral("/api/v1/bootstrap"), token(QStringLiteral("trainee")));
    QCOMPARE(bootstrap.json.value(QStringLiteral("sandbox")).toBool(false), true);
    QCOMPARE(bootstrap.json.value(QStringLiteral("data_epoch")).toString(), epoch);
    QCOMPARE(m_server.get(QStringLiteral("/api/v1/training/scenarios"), token(QStringLiteral("trainee"))).status, 200);
    QCOMPARE(m_server.get(QStringLiteral("/api/v1/training/runs"), token(QStringLiteral("trainee")))
                 .json.value(QStringLiteral("runs"))
                 .toArray()
                 .size(),
             1);
}

void TestServerTraining::liveServer_trainingIs404()
{
    m_liveUrl = testDatabaseUrl(m_liveDir);
    const QString problem = TestOrganisation::create(m_liveUrl);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    ServerProcess live;
    QVERIFY2(live.start(m_liveUrl), qPrintable(live.standardError()));
    const QString agent = live.signIn(QStringLiteral("agent"), QStringLiteral("device-live"));
    QVERIFY(!agent.isEmpty());
    const HttpReply bootstrap = live.get(QStringLiteral("/api/v1/bootstrap"), agent);
    QCOMPARE(bootstrap.json.value(QStringLiteral("sandbox")).toBool(true), false);
    QVERIFY(!bootstrap.json.value(QStringLiteral("data_epoch")).toString().isEmpty());
    for (const auto &[method, path] : {std::pair{QByteArray("GET"), QStringLiteral("/api/v1/training/scenarios")},
                                       std::pair{QByteArray("GET"), QStringLiteral("/api/v1/training/runs")},
                                       std::pair{QByteArray("POST"), QStringLiteral("/api/v1/training/runs")},
                                       std::pair{QByteArray("POST"), QStringLiteral("/api/v1/training/runs/x/finish")},
                                       std::pair{QByteArray("POST"), QStringLiteral("/api/v1/training/reset")}}) {
        const HttpReply reply = live.request(method, path, QByteArrayLiteral("{\"scenario_id\":\"late_repeat_gold\"}"), agent);
        QCOMPARE(reply.status, 404);
        QCOMPARE(errorCode(reply), QStringLiteral("training.not_sandbox"));
    }
    live.stop();
}

void TestServerTraining::sandboxFlag_onALiveDatabase_isRefused()
{
    QVERIFY(!m_liveUrl.isEmpty()); // made by liveServer_trainingIs404
    ServerProcess refused;
    QVERIFY(!refused.start(m_liveUrl, {QStringLiteral("--sandbox")}));
    refused.stop();
    QVERIFY2(refused.standardError().contains(QStringLiteral("holds live data; refusing to run it as a training sandbox")),
             qPrintable(refused.standardError()));
}

void TestServerTraining::catalogue_invalidScenario_namesFileAndPointer()
{
    // The check the server runs at start, in-process on the live organisation's documents: a scenario whose
    // answer key the tree refuses stops it, naming the file and the JSON pointer.
    QVERIFY(!m_liveUrl.isEmpty()); // made by liveServer_trainingIs404
    redress::Result<redress::DatabaseUrl> url = redress::DatabaseUrl::parse(m_liveUrl);
    QVERIFY(url.ok());
    redress::Result<std::unique_ptr<redress::Database>> database =
        redress::Database::open(url.value(), QStringLiteral("tst-training-catalogue"));
    QVERIFY(database.ok());
    redress::AuditChain audit;
    redress::DocumentStore documents(*database.value(), audit);
    redress::DocumentCache cache(documents);

    QTemporaryDir folder;
    QFile seed(QStringLiteral(REDRESS_SOURCE_DIR "/resources/seed/scenarios/late_repeat_gold.json"));
    QVERIFY(seed.open(QIODevice::ReadOnly));
    QJsonObject scenario = QJsonDocument::fromJson(seed.readAll()).object();
    const auto write = [&folder](const QJsonObject &json) {
        QFile file(folder.filePath(QStringLiteral("late_repeat_gold.json")));
        return file.open(QIODevice::WriteOnly | QIODevice::Truncate)
            && file.write(QJsonDocument(json).toJson()) > 0;
    };
    QVERIFY(write(scenario));
    redress::Result<redress::TrainingCatalogue> valid = redress::TrainingCatalogue::load(folder.path(), documents, cache);
    QVERIFY2(valid.ok(), qPrintable(valid.ok() ? QString() : valid.error().toString()));
    QCOMPARE(valid->scenarios().size(), size_t(1));

    QJsonObject expected = scenario.value(QStringLiteral("expected")).toObject();
    QJsonArray steps = expected.value(QStringLiteral("steps")).toArray();
    QJsonObject step = steps.at(1).toObject();
    step.insert(QStringLiteral("answer"), QStringLiteral("no_such_answer"));
    steps.replace(1, step);
    expected.insert(QStringLiteral("steps"), steps);
    scenario.insert(QStringLiteral("expected"), expected);
    QVERIFY(write(scenario));
    redress::Result<redress::TrainingCatalogue> invalid = redress::TrainingCatalogue::load(folder.path(), documents, cache);
    QVERIFY(!invalid.ok());
    QCOMPARE(invalid.error().where,
             QDir::toNativeSeparators(folder.filePath(QStringLiteral("late_repeat_gold.json"))) + QStringLiteral("#/expected/steps/1/answer"));
}

QTEST_GUILESS_MAIN(TestServerTraining)
#include "tst_server_training.moc"
