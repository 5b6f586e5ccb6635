// What the client reads from the training sandbox: runs with their server-computed score, and the scenario list.
// Strict, so a server that sends something else is reported with the member that was wrong.

#include "scenariobrief.h"
#include "trainingrun.h"
#include "trainingrunsmodel.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace redress;

namespace {

QJsonObject scoredRun()
{
    return QJsonDocument::fromJson(R"j({
        "id": "run-1", "scenario_id": "breakdown_misfuel_misuse", "scenario_title": "Diesel in a petrol car",
        "trainee": {"user_id": "u-7", "username": "trainee", "display_name": "Priya Natarajan"},
        "case_id": "case-t1", "customer_id": "cust-t1",
        "started_at": "2026-11-23T09:00:00Z", "finished_at": "2026-11-23T09:03:05.250Z", "seconds": 185,
        "score": {"scenario": "breakdown_misfuel_misuse", "total": 85, "max": 100, "pass_mark": 75, "passed": true,
                  "policy_breach": false, "first_divergence": 1, "debrief": "Be kind, pay nothing.",
                  "criteria": [{"id": "path", "points": 20, "max": 40, "passed": false, "feedback": ["Step 2 went wrong."]}],
                  "steps": [{"question": "q_safety", "expected": "safe", "answered": "safe", "correct": true, "feedback": "ok"},
                            {"question": "q_cause", "expected": "misfuel", "correct": false, "feedback": "diesel"}]}
    })j").object();
}

} // namespace

class TestTrainingRun : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void run_readsEveryMemberOfAScoredRun();
    void run_open_hasNoScoreAndIsNotFinished();
    void run_badMember_isAnErrorNamingIt_data();
    void run_badMember_isAnErrorNamingIt();
    void scenarios_readTheBriefWithoutAnAnswerKey();
    void runsModel_showsResultAndFindsTheOpenRun();
};

void TestTrainingRun::run_readsEveryMemberOfAScoredRun()
{
    Result<TrainingRun> run = TrainingRun::fromJson(scoredRun());
    QVERIFY2(run, qPrintable(run ? QString() : run.error().toString()));
    QCOMPARE(run->traineeName, QStringLiteral("Priya Natarajan"));
    QCOMPARE(run->caseId, QStringLiteral("case-t1"));
    QCOMPARE(run->startedAt, QDateTime(QDate(2026, 11, 23), QTime(9, 0), Qt::UTC));
    QVERIFY(run->isFinished());
    QCOMPARE(run->seconds, 185);
    QVERIFY(run->score);
    QCOMPARE(run->score->total, 85);
    QCOMPARE(run->score->firstDivergence, 1);
    QCOMPARE(run->score->debrief, QStringLiteral("Be kind, pay nothing."));
    QCOMPARE(run->score->criteria.size(), 1);
    QCOMPARE(run->score->criteria.first().feedback, QStringList{QStringLiteral("Step 2 went wrong.")});
    QCOMPARE(run->score->steps.size(), 2);
    QVERIFY(run->score->steps.at(1).answered.isEmpty());
    QVERIFY(!run->score->steps.at(1).correct);
}

void TestTrainingRun::run_open_hasNoScoreAndIsNotFinished()
{
    QJsonObject json = scoredRun();
    json.insert(QStringLiteral("finished_at"), QJsonValue::Null);
    json.insert(QStringLiteral("seconds"), QJsonValue::Null);
    json.insert(QStringLiteral("score"), QJsonValue::Null);
    Result<TrainingRun> run = TrainingRun::fromJson(json);
    QVERIFY(run);
    QVERIFY(!run->isFinished());
    QVERIFY(!run->seconds);
    QVERIFY(!run->score);
}

void TestTrainingRun::run_badMember_isAnErrorNamingIt_data()
{
    QTest::addColumn<QString>("member");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("where");
    QTest::newRow("no id") << QStringLiteral("id") << QJsonValue(QJsonValue::Undefined) << QStringLiteral("/id");
    QTest::newRow("case id a number") << QStringLiteral("case_id") << QJsonValue(7) << QStringLiteral("/case_id");
    QTest::newRow("start not a time") << QStringLiteral("started_at") << QJsonValue(QStringLiteral("yesterday"))
                                      << QStringLiteral("/started_at");
    QTest::newRow("trainee missing") << QStringLiteral("trainee") << QJsonValue(QJsonValue::Undefined)
                                     << QStringLiteral("/trainee");
    QTest::newRow("negative seconds") << QStringLiteral("seconds") << QJsonValue(-3) << QStringLiteral("/seconds");
    QJsonObject score = scoredRun().value(QLatin1String("score")).toObject();
    score.insert(QStringLiteral("criteria"), QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("path")}}});
    QTest::newRow("criterion without points") << QStringLiteral("score") << QJsonValue(score)
                                              << QStringLiteral("/score/criteria/0/points");
}

void TestTrainingRun::run_badMember_isAnErrorNamingIt()
{
    QFETCH(QString, member);
    QFETCH(QJsonValue, value);
    QFETCH(QString, where);
    QJsonObject json = scoredRun();
    if (value.isUndefined())
        json.remove(member);
    else
        json.insert(member, value);
    Result<TrainingRun> run = TrainingRun::fromJson(json);
    QVERIFY(!run);
    QCOMPARE(run.error().where, where);
    QVERIFY(!run.error().message.isEmpty());
}

void TestTrainingRun::scenarios_readTheBriefWithoutAnAnswerKey()
{
    const QJsonObject json = QJsonDocument::fromJson(R"j({"scenarios": [
        {"id": "a", "version": 2, "title": "Late parcel", "line": "parcel", "difficulty": "easy", "briefing": "Where is it?",
         "target_seconds": 180, "category": "late_delivery", "channel": "chat", "customer": {"name": "Ann", "tier": "gold"}}]})j")
                                 .object();
    Result<QList<ScenarioBrief>> briefs = ScenarioBrief::listFromJson(json);
    QVERIFY(briefs);
    QCOMPARE(briefs->size(), 1);
    QCOMPARE(briefs->first().targetSeconds, 180);
    QCOMPARE(briefs->first().customerTier, QStringLiteral("gold"));
    Result<QList<ScenarioBrief>> broken = ScenarioBrief::listFromJson(QJsonObject{{QStringLiteral("scenarios"), QJsonArray{QJsonObject{}}}});
    QVERIFY(!broken);
    QCOMPARE(broken.error().where, QStringLiteral("/scenarios/0/id"));
}

void TestTrainingRun::runsModel_showsResultAndFindsTheOpenRun()
{
    TrainingRun scored = *TrainingRun::fromJson(scoredRun());
    QJsonObject openJson = scoredRun();
    openJson.insert(QStringLiteral("id"), QStringLiteral("run-2"));
    openJson.insert(QStringLiteral("finished_at"), QJsonValue::Null);
    openJson.remove(QStringLiteral("score"));
    TrainingRun open = *TrainingRun::fromJson(openJson);
    TrainingRunsModel model;
    model.setRuns({scored});
    QCOMPARE(model.index(0, TrainingRunsModel::ResultColumn).data().toString(), QStringLiteral("Passed"));
    QCOMPARE(model.index(0, TrainingRunsModel::ScoreColumn).data().toString(), QStringLiteral("85 / 100"));
    QCOMPARE(model.index(0, TrainingRunsModel::TimeColumn).data().toString(), QStringLiteral("3:05"));
    QVERIFY(!model.openRunOf(QStringLiteral("u-7")));
    model.upsert(open);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.run(0)->id, QStringLiteral("run-2"));
    QCOMPARE(model.index(0, TrainingRunsModel::ResultColumn).data().toString(), QStringLiteral("In progress"));
    QCOMPARE(model.openRunOf(QStringLiteral("u-7"))->id, QStringLiteral("run-2"));
    model.upsert(scored); // the same id again: replaced in place, not added
    QCOMPARE(model.rowCount(), 2);
}

QTEST_MAIN(TestTrainingRun)
#include "tst_trainingrun.moc"
