#include "compensationpolicy.h"
#include "policyengine.h"
#include "scenarioscorer.h"
#include "trainingscenario.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QTest>

using namespace redress;

namespace {

const QString kSeed = QStringLiteral(REDRESS_SOURCE_DIR "/resources/seed");

QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

template<typename T>
QByteArray why(const Result<T> &result)
{
    return result.ok() ? QByteArray() : (result.error().code + u' ' + result.error().toString()).toUtf8();
}

TrainingScenario scenario(const QString &id)
{
    Result<TrainingScenario> parsed = TrainingScenario::parse(readFile(kSeed + QLatin1String("/scenarios/") + id + QLatin1String(".json")));
    if (!parsed)
        qFatal("scenario %s: %s", qPrintable(id), why(parsed).constData());
    return std::move(parsed).value();
}

const PolicyEngine &engine()
{
    static const PolicyEngine engine = [] {
        Result<CompensationPolicy> policy = CompensationPolicy::parse(readFile(kSeed + QLatin1String("/policy.json")));
        if (!policy)
            qFatal("policy: %s", why(policy).constData());
        return PolicyEngine(std::move(policy).value());
    }();
    return engine;
}

Money usd(qint64 cents)
{
    return Money(cents, *Currency::fromCode(u"USD"));
}

/// The model run of a scenario with one thing changed.
struct Change
{
    QStringList answers;
    bool setAnswers = false;
    std::optional<std::optional<TraineeRun::Proposal>> compensation;
    std::optional<bool> approval;
    QString templateId;
    QString rootCause;
    int seconds = -1;
    std::optional<Role> role;
};

TraineeRun run(const TrainingScenario &s, const Change &change)
{
    TraineeRun r = ScenarioScorer::modelRun(s, s.targetSeconds() - 10);
    if (change.setAnswers)
        r.answers = change.answers;
    if (change.compensation)
        r.compensation = *change.compensation;
    if (change.approval)
        r.approvalRequested = *change.approval;
    if (!change.templateId.isNull())
        r.templateId = change.templateId;
    if (!change.rootCause.isNull())
        r.rootCause = change.rootCause;
    if (change.seconds >= 0)
        r.seconds = change.seconds;
    if (change.role)
        r.role = *change.role;
    return r;
}

QStringList scenarioIds()
{
    QStringList ids;
    const QDir dir(kSeed + QLatin1String("/scenarios"));
    for (const QString &name : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name))
        ids.append(QFileInfo(name).completeBaseName());
    return ids;
}

QString allFeedback(const ScenarioScore &score, const char *criterion)
{
    const ScenarioScore::Criterion *c = score.criterion(QString::fromLatin1(criterion));
    return c ? c->feedback.join(u'\n') : QString();
}

} // namespace

Q_DECLARE_METATYPE(Change)

class TestScenarioScorer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void weights_addUpToOneHundred()
    {
        QCOMPARE(ScenarioScorer::kPathPoints + ScenarioScorer::kCompensationPoints + ScenarioScorer::kTemplatePoints
                     + ScenarioScorer::kRootCausePoints + ScenarioScorer::kTimePoints,
                 100);
    }

    void everySeedScenario_modelRunScoresOneHundred_data()
    {
        QTest::addColumn<QString>("id");
        for (const QString &id : scenarioIds())
            QTest::newRow(qPrintable(id)) << id;
    }
    void everySeedScenario_modelRunScoresOneHundred()
    {
        QFETCH(QString, id);
        const TrainingScenario s = scenario(id);
        const Result<ScenarioScore> score = ScenarioScorer::score(s, engine(), ScenarioScorer::modelRun(s, s.targetSeconds()));
        QVERIFY2(score.ok(), why(score).constData());
        QCOMPARE(score->total, 100);
        QCOMPARE(score->maxTotal, 100);
        QVERIFY(score->passed);
        QVERIFY(!score->policyBreach);
        QCOMPARE(score->firstDivergence, -1);
        QCOMPARE(score->steps.size(), s.steps().size());
    }

    // Every row is the Gold overnight breakdown (safe, mechanical, overnight; refund 180–350, lead approval needed
    // above the agent's USD 150 breakdown limit; target 420 s) with one thing done differently.
    void score_breakdownOvernight_data()
    {
        QTest::addColumn<Change>("change");
        QTest::addColumn<int>("total");
        QTest::addColumn<bool>("passed");
        QTest::addColumn<bool>("breach");
        QTest::addColumn<QString>("failing");  // the criterion that lost points, or empty
        QTest::addColumn<QString>("feedback"); // a phrase its feedback must contain

        QTest::newRow("perfect run") << Change{} << 100 << true << false << QString() << QString();

        Change wrongStep2;
        wrongStep2.setAnswers = true;
        wrongStep2.answers = {QStringLiteral("safe"), QStringLiteral("tire"), QStringLiteral("road_hazard")};
        // 1 of 3 answers right: 40 * 1 / 3 = 13 path points.
        QTest::newRow("wrong answer at step 2") << wrongStep2 << 73 << false << false << QStringLiteral("path")
                                                << QStringLiteral("hides a maintenance problem from the fleet team");

        Change stopped;
        stopped.setAnswers = true;
        stopped.answers = {QStringLiteral("safe"), QStringLiteral("mechanical")};
        QTest::newRow("stopped before the last question") << stopped << 86 << true << false << QStringLiteral("path")
                                                          << QStringLiteral("stopped before this question");

        Change overLimit;
        overLimit.approval = false;
        QTest::newRow("over-limit grant instead of an approval request")
            << overLimit << 70 << false << true << QStringLiteral("compensation") << QStringLiteral("needed lead approval");

        Change underLimit;
        underLimit.compensation = std::optional<TraineeRun::Proposal>(TraineeRun::Proposal{CompensationKind::Refund, usd(15000)});
        underLimit.approval = false;
        QTest::newRow("cut to the limit to avoid approval") << underLimit << 70 << false << false << QStringLiteral("compensation")
                                                            << QStringLiteral("do not cut the amount");

        Change tooMuch;
        tooMuch.compensation = std::optional<TraineeRun::Proposal>(TraineeRun::Proposal{CompensationKind::Refund, usd(40000)});
        QTest::newRow("amount above the range") << tooMuch << 70 << false << false << QStringLiteral("compensation")
                                                << QStringLiteral("outside the acceptable range USD 180.00–USD 350.00");

        Change wrongKind;
        wrongKind.compensation = std::optional<TraineeRun::Proposal>(TraineeRun::Proposal{CompensationKind::Points, usd(20000)});
        QTest::newRow("kind the case does not offer") << wrongKind << 70 << false << false << QStringLiteral("compensation")
                                                      << QStringLiteral("offer refund, voucher");

        Change nothing;
        nothing.compensation = std::optional<TraineeRun::Proposal>();
        nothing.approval = false;
        QTest::newRow("no compensation") << nothing << 70 << false << false << QStringLiteral("compensation")
                                         << QStringLiteral("owed compensation");

        Change wrongTemplate;
        wrongTemplate.templateId = QStringLiteral("counter_wait_apology");
        QTest::newRow("wrong template") << wrongTemplate << 85 << true << false << QStringLiteral("template")
                                        << QStringLiteral("send \"vehicle_breakdown_recovery\"");

        Change wrongCause;
        wrongCause.rootCause = QStringLiteral("road_hazard");
        QTest::newRow("wrong root cause") << wrongCause << 95 << true << false << QStringLiteral("root_cause")
                                          << QStringLiteral("\"vehicle_maintenance\"");

        Change noCause;
        noCause.rootCause = QStringLiteral("");
        QTest::newRow("no root cause") << noCause << 95 << true << false << QStringLiteral("root_cause")
                                       << QStringLiteral("No root cause was given; it is \"vehicle_maintenance\"");

        Change slow;
        slow.seconds = 600;
        QTest::newRow("slow run") << slow << 95 << true << false << QStringLiteral("time") << QStringLiteral("over the target of 420 s");

        Change verySlow;
        verySlow.seconds = 841;
        QTest::newRow("more than twice the target") << verySlow << 90 << true << false << QStringLiteral("time")
                                                    << QStringLiteral("twice the target");

        Change atTarget;
        atTarget.seconds = 420;
        QTest::newRow("exactly the target") << atTarget << 100 << true << false << QString() << QString();

        Change senior;
        senior.role = Role::SeniorAgent;
        senior.approval = false;
        // A senior agent's breakdown limit is USD 200: granting it outright is right for them.
        QTest::newRow("senior agent grants within their limit") << senior << 100 << true << false << QString() << QString();

        Change seniorAsks;
        seniorAsks.role = Role::SeniorAgent;
        QTest::newRow("senior agent asks for approval they do not need")
            << seniorAsks << 90 << true << false << QStringLiteral("compensation") << QStringLiteral("No approval was needed");

        Change extra;
        extra.setAnswers = true;
        extra.answers = {QStringLiteral("safe"), QStringLiteral("mechanical"), QStringLiteral("overnight"), QStringLiteral("again")};
        QTest::newRow("answers past the outcome") << extra << 90 << true << false << QStringLiteral("path")
                                                  << QStringLiteral("past the outcome");
    }
    void score_breakdownOvernight()
    {
        QFETCH(Change, change);
        QFETCH(int, total);
        QFETCH(bool, passed);
        QFETCH(bool, breach);
        QFETCH(QString, failing);
        QFETCH(QString, feedback);
        const TrainingScenario s = scenario(QStringLiteral("breakdown_overnight_gold"));
        const Result<ScenarioScore> score = ScenarioScorer::score(s, engine(), run(s, change));
        QVERIFY2(score.ok(), why(score).constData());
        QCOMPARE(score->total, total);
        QCOMPARE(score->passed, passed);
        QCOMPARE(score->policyBreach, breach);
        for (const ScenarioScore::Criterion &c : score->criteria) {
            if (c.id == failing)
                QVERIFY2(!c.passed && c.points < c.maxPoints, qPrintable(c.id));
            else
                QVERIFY2(c.passed && c.points == c.maxPoints, qPrintable(c.id + QLatin1String(": ") + c.feedback.join(u' ')));
        }
        if (!feedback.isEmpty())
            QVERIFY2(allFeedback(score.value(), failing.toLatin1().constData()).contains(feedback),
                     qPrintable(allFeedback(score.value(), failing.toLatin1().constData())));
    }

    void wrongAnswer_marksTheStepAndTheOnesAfter()
    {
        const TrainingScenario s = scenario(QStringLiteral("breakdown_overnight_gold"));
        Change change;
        change.setAnswers = true;
        change.answers = {QStringLiteral("safe"), QStringLiteral("tire"), QStringLiteral("road_hazard")};
        const Result<ScenarioScore> score = ScenarioScorer::score(s, engine(), run(s, change));
        QVERIFY(score.ok());
        QCOMPARE(score->firstDivergence, 1);
        QCOMPARE(score->criterion(u"path")->points, 13);
        QVERIFY(score->steps.at(0).correct);
        QVERIFY(!score->steps.at(1).correct);
        QCOMPARE(score->steps.at(1).answered, QStringLiteral("tire"));
        QCOMPARE(score->steps.at(1).expected, QStringLiteral("mechanical"));
        QVERIFY(score->steps.at(1).feedback.contains(s.steps().at(1).why));
        QVERIFY(score->steps.at(1).feedback.contains(s.steps().at(1).ifWrong));
        QVERIFY(!score->steps.at(2).correct);
        const QJsonObject json = score->toJson();
        QCOMPARE(json.value(QLatin1String("first_divergence")).toInt(), 1);
        QCOMPARE(json.value(QLatin1String("total")).toInt(), 73);
        QCOMPARE(json.value(QLatin1String("criteria")).toArray().size(), 5);
    }

    void forceMajeure_moneyIsAPolicyBreach()
    {
        const TrainingScenario s = scenario(QStringLiteral("late_blizzard_force_majeure"));
        Change change;
        change.compensation = std::optional<TraineeRun::Proposal>(TraineeRun::Proposal{CompensationKind::Voucher, usd(1000)});
        const Result<ScenarioScore> score = ScenarioScorer::score(s, engine(), run(s, change));
        QVERIFY2(score.ok(), why(score).constData());
        QCOMPARE(score->criterion(u"compensation")->points, 0);
        QVERIFY(score->policyBreach);
        QVERIFY(!score->passed); // 70 points, and a breach fails the run anyway
        QVERIFY2(allFeedback(score.value(), "compensation").contains(QLatin1String("force majeure")),
                 qPrintable(allFeedback(score.value(), "compensation")));
    }

    void misuse_apologyAloneIsRight()
    {
        const TrainingScenario s = scenario(QStringLiteral("breakdown_misfuel_misuse"));
        QVERIFY(!s.compensation().has_value());
        const Result<ScenarioScore> right = ScenarioScorer::score(s, engine(), ScenarioScorer::modelRun(s, 60));
        QVERIFY(right.ok());
        QCOMPARE(right->criterion(u"compensation")->points, ScenarioScorer::kCompensationPoints);
        Change refund;
        refund.compensation = std::optional<TraineeRun::Proposal>(TraineeRun::Proposal{CompensationKind::Refund, usd(5000)});
        const Result<ScenarioScore> wrong = ScenarioScorer::score(s, engine(), run(s, refund));
        QVERIFY(wrong.ok());
        QCOMPARE(wrong->criterion(u"compensation")->points, 0);
        QVERIFY(wrong->policyBreach);
        QVERIFY(allFeedback(wrong.value(), "compensation").contains(QLatin1String("misuse")));
    }

    void unjudgeableRequest_isAnError()
    {
        const TrainingScenario s = scenario(QStringLiteral("late_express_refund_silver"));
        Change change;
        change.compensation = std::optional<TraineeRun::Proposal>(
            TraineeRun::Proposal{CompensationKind::Refund, Money(1850, *Currency::fromCode(u"EUR"))});
        const Result<ScenarioScore> score = ScenarioScorer::score(s, engine(), run(s, change));
        QVERIFY(!score.ok());
        QCOMPARE(score.error().code, QStringLiteral("policy.invalid_request"));
    }
};

QTEST_GUILESS_MAIN(TestScenarioScorer)
#include "tst_scenarioscorer.moc"
