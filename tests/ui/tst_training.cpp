// The training sandbox driven as a trainee and a trainer drive it, against the real `redress-server --sandbox` on
// loopback: the banner that cannot be hidden, a scenario started from the Training tab, worked in the ordinary
// case workspace, finished and scored by the server with feedback per step; the trainer's results and reset; and
// `redress --training` started next to a live profile, which must not send a request to the live server or read
// its credential.

#include "caseactions.h"
#include "casereader.h"
#include "caseworkspace.h"
#include "clientcontext.h"
#include "credentialstore.h"
#include "mainwindow.h"
#include "resolutionpanel.h"
#include "scorereport.h"
#include "sessionmanager.h"
#include "startupflow.h"
#include "syncengine.h"
#include "templatecomposer.h"
#include "trainingbanner.h"
#include "trainingpanel.h"
#include "trainingrunbar.h"
#include "trainingrunsmodel.h"
#include "trainingservice.h"
#include "treeguide.h"
#include "uitestsupport.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTabWidget>
#include <QTest>

#include <optional>

using namespace redress;

namespace {

// Diesel in a petrol car: the model answer is "safe" → "misfuel", no money, the recovery-arranged message, customer misuse.
const QString kMisfuel = QStringLiteral("breakdown_misfuel_misuse");

/// A credential store that only counts: the live keychain as the isolation test sees it.
class CountingCredentialStore final : public CredentialStore
{
public:
    explicit CountingCredentialStore(int *reads) : m_reads(reads) {}
    void read(const QString &, ReadDone done) override
    {
        ++*m_reads;
        done(QStringLiteral("live-token-that-must-never-be-read"));
    }
    void write(const QString &, const QString &, WriteDone done) override { done({}); }
    void remove(const QString &, WriteDone done) override { done({}); }
    bool persistent() const override { return true; }

private:
    int *m_reads;
};

/// The sum of redress_http_requests_total over every route: what a server has answered.
qint64 requestsAnswered(ServerProcess &server)
{
    const HttpReply metrics = server.get(QStringLiteral("/metrics"));
    qint64 total = 0;
    static const QRegularExpression line(QStringLiteral("^redress_http_requests_total\\{[^}]*\\} (\\d+)$"),
                                         QRegularExpression::MultilineOption);
    for (auto match = line.globalMatch(QString::fromUtf8(metrics.body)); match.hasNext();)
        total += match.next().captured(1).toLongLong();
    return total;
}

} // namespace

class TestTraining : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void banner_cannotBeHidden_andTitleSaysTraining();
    void traineeRun_modelAnswer_isScoredPassedWithFeedbackPerStep();
    void traineeRun_wrongPath_isScoredWithTheStepThatWentWrong();
    void traineeRun_walkLeftMidTreeThenResolved_isScoredOnTheStepsTaken();
    void trainer_seesTraineesResults_andResetEmptiesTheSandbox();
    void trainingMode_sendsNothingToLiveAndReadsNoLiveCredential();
    void everyScenario_modelTemplatesAreSendableOnItsCase();

private:
    /// Starts `scenarioId` from the Training tab and waits until its case is the current tab.
    CaseWorkspace *startScenario(UiClient &client, const QString &scenarioId);
    /// Finishes the run with the run bar's button and waits for the score tab.
    ScoreReport *finishRun(UiClient &client);

    DemoServer m_sandbox;
};

void TestTraining::initTestCase()
{
    qputenv("REDRESS_NO_DIALOGS", "1");
    QVERIFY2(m_sandbox.start(QStringLiteral("--sandbox")), qPrintable(m_sandbox.process().standardError()));
}

CaseWorkspace *TestTraining::startScenario(UiClient &client, const QString &scenarioId)
{
    TrainingPanel *panel = client.window().trainingPanel();
    if (!panel)
        return nullptr;
    QTableView *scenarios = panel->scenarioView();
    if (!QTest::qWaitFor([&] { return scenarios->model()->rowCount() >= 8; }, 10000))
        return nullptr;
    for (int row = 0; row < scenarios->model()->rowCount(); ++row) {
        if (scenarios->model()->index(row, 0).data(Qt::UserRole + 1).toString() == scenarioId)
            scenarios->setCurrentIndex(scenarios->model()->index(row, 0));
    }
    auto *start = find<QPushButton>(panel, QStringLiteral("startScenario"));
    if (!start || !start->isEnabled())
        return nullptr;
    QTest::mouseClick(start, Qt::LeftButton);
    TrainingRunBar *bar = client.window().trainingRunBar();
    if (!QTest::qWaitFor([&] { return bar->run() && client.window().currentWorkspace(); }, 20000))
        return nullptr;
    CaseWorkspace *workspace = client.window().currentWorkspace();
    return workspace->caseId() == bar->run()->caseId ? workspace : nullptr;
}

ScoreReport *TestTraining::finishRun(UiClient &client)
{
    auto *finish = find<QPushButton>(&client.window(), QStringLiteral("finishRun"));
    if (!finish || !finish->isEnabled())
        return nullptr;
    QTest::mouseClick(finish, Qt::LeftButton);
    auto *cases = find<QTabWidget>(&client.window(), QStringLiteral("openCases"));
    if (!QTest::qWaitFor([&] { return qobject_cast<ScoreReport *>(cases->currentWidget()) != nullptr; }, 30000))
        return nullptr;
    return qobject_cast<ScoreReport *>(cases->currentWidget());
}

void TestTraining::banner_cannotBeHidden_andTitleSaysTraining()
{
    UiClient trainee;
    const QString started = trainee.start(QUrl(m_sandbox.baseUrl()), QStringLiteral("trainee"), Profile::Kind::Sandbox);
    QVERIFY2(started.isEmpty(), qPrintable(started));
    TrainingBanner *banner = trainee.window().trainingBanner();
    QVERIFY(banner);
    QVERIFY(banner->isVisible());
    QVERIFY2(banner->text().contains(QStringLiteral("TRAINING")), qPrintable(banner->text()));
    banner->hide();
    banner->setVisible(false);
    QVERIFY(banner->isVisible());
    QVERIFY(trainee.window().windowTitle().startsWith(QStringLiteral("TRAINING")));
    // The Training tab is first and cannot be closed.
    auto *cases = find<QTabWidget>(&trainee.window(), QStringLiteral("openCases"));
    QCOMPARE(cases->widget(0), trainee.window().trainingPanel());
    QMetaObject::invokeMethod(cases, "tabCloseRequested", Q_ARG(int, 0));
    QCOMPARE(cases->widget(0), trainee.window().trainingPanel());
}

void TestTraining::traineeRun_modelAnswer_isScoredPassedWithFeedbackPerStep()
{
    UiClient trainee;
    const QString started = trainee.start(QUrl(m_sandbox.baseUrl()), QStringLiteral("trainee"), Profile::Kind::Sandbox);
    QVERIFY2(started.isEmpty(), qPrintable(started));
    CaseWorkspace *workspace = startScenario(trainee, kMisfuel);
    QVERIFY(workspace);
    QVERIFY(trainee.window().trainingRunBar()->isVisible());
    QVERIFY(find<QLabel>(trainee.window().trainingRunBar(), QStringLiteral("runBriefing"))->text().contains(QStringLiteral("Joplin")));

    // The ordinary workspace: the guide by its answer buttons, as on a live case.
    TreeGuide *guide = workspace->guide();
    QTRY_VERIFY(find<QPushButton>(guide, QStringLiteral("answer_safe")));
    QTest::mouseClick(find<QPushButton>(guide, QStringLiteral("answer_safe")), Qt::LeftButton);
    QTRY_VERIFY(find<QPushButton>(guide, QStringLiteral("answer_misfuel")));
    QTest::mouseClick(find<QPushButton>(guide, QStringLiteral("answer_misfuel")), Qt::LeftButton);
    auto *use = find<QPushButton>(guide, QStringLiteral("useRecovery"));
    QTRY_VERIFY(use && use->isVisible());
    QTest::mouseClick(use, Qt::LeftButton);

    // No money for misuse; the message is the one the outcome recommends, and it has nothing left to fill in.
    TemplateComposer *composer = workspace->composer();
    workspace->showStep(CaseWorkspace::Step::Message);
    composer->selectTemplate(QStringLiteral("vehicle_recovery_arranged"));
    QVERIFY2(composer->canSend(), qPrintable(composer->message().unresolvedPaths().join(QLatin1Char(','))));
    QVERIFY(composer->send());

    workspace->showStep(CaseWorkspace::Step::Resolution);
    auto *rootCause = find<QComboBox>(workspace, QStringLiteral("rootCause"));
    const int misuse = rootCause->findData(QStringLiteral("customer_misuse"));
    QVERIFY(misuse >= 0);
    rootCause->setCurrentIndex(misuse);
    auto *resolve = find<QPushButton>(workspace, QStringLiteral("resolveCase"));
    QVERIFY(resolve->isEnabled());
    QTest::mouseClick(resolve, Qt::LeftButton);

    ScoreReport *report = finishRun(trainee);
    QVERIFY(report);
    QVERIFY(report->run().score);
    const TrainingRun::Score &score = *report->run().score;
    QVERIFY2(score.passed, qPrintable(QString::number(score.total)));
    QCOMPARE(score.firstDivergence, -1);
    QVERIFY(!trainee.window().trainingRunBar()->isVisible());
    // The report shows the server's numbers: path 40 of 40, and each step with its reason.
    QTableWidget *criteria = report->criteriaTable();
    QCOMPARE(criteria->rowCount(), int(score.criteria.size()));
    QCOMPARE(criteria->item(0, 0)->text(), ScoreReport::criterionLabel(QStringLiteral("path")));
    QCOMPARE(criteria->item(0, 1)->text(), QStringLiteral("40 / 40"));
    QTableWidget *steps = report->stepsTable();
    QCOMPARE(steps->rowCount(), 2);
    // Read as the guide words them, not as ids.
    QCOMPARE(steps->item(0, 0)->text(), QStringLiteral("Is everyone in the vehicle safe and out of moving traffic?"));
    QVERIFY2(steps->item(1, 3)->text().contains(QStringLiteral("diesel")), qPrintable(steps->item(1, 3)->text()));
    auto *headline = find<QLabel>(report, QStringLiteral("scoreHeadline"));
    QVERIFY2(headline->text().contains(QStringLiteral("%1 of %2 points").arg(score.total).arg(score.maxTotal)),
             qPrintable(headline->text()));

    // The trainee's results list it, scored.
    TrainingRunsModel *results = trainee.window().trainingPanel()->results();
    QTRY_VERIFY(results->rowCount() >= 1);
    QCOMPARE(results->run(0)->id, report->run().id);
    QCOMPARE(results->index(0, TrainingRunsModel::ResultColumn).data().toString(), QStringLiteral("Passed"));
}

void TestTraining::traineeRun_wrongPath_isScoredWithTheStepThatWentWrong()
{
    UiClient trainee;
    const QString started = trainee.start(QUrl(m_sandbox.baseUrl()), QStringLiteral("trainee2"), Profile::Kind::Sandbox);
    QVERIFY2(started.isEmpty(), qPrintable(started));
    CaseWorkspace *workspace = startScenario(trainee, kMisfuel);
    QVERIFY(workspace);
    TreeGuide *guide = workspace->guide();
    QTRY_VERIFY(find<QPushButton>(guide, QStringLiteral("answer_safe")));
    QTest::mouseClick(find<QPushButton>(guide, QStringLiteral("answer_safe")), Qt::LeftButton);
    // A mechanical fault: the precedent the misuse exclusion exists to prevent. The trainee finishes there, before
    // the walk reaches an outcome: finishing records the steps taken, so the score names the one that went wrong.
    QTRY_VERIFY(find<QPushButton>(guide, QStringLiteral("answer_mechanical")));
    QTest::mouseClick(find<QPushButton>(guide, QStringLiteral("answer_mechanical")), Qt::LeftButton);
    QTRY_VERIFY(find<QPushButton>(guide, QStringLiteral("answer_under_2h")));

    ScoreReport *report = finishRun(trainee);
    QVERIFY(report);
    const TrainingRun::Score &score = *report->run().score;
    QVERIFY(!score.passed);
    QCOMPARE(score.firstDivergence, 1);
    QTableWidget *steps = report->stepsTable();
    QVERIFY(steps->rowCount() >= 2);
    QCOMPARE(steps->item(1, 1)->text(), QStringLiteral("Wrong fuel put in by the renter"));
    QVERIFY(steps->item(1, 2)->text() != steps->item(1, 1)->text());
    QVERIFY2(find<QLabel>(report, QStringLiteral("scoreHeadline"))->text().contains(QStringLiteral("Not passed")),
             qPrintable(find<QLabel>(report, QStringLiteral("scoreHeadline"))->text()));
}

void TestTraining::traineeRun_walkLeftMidTreeThenResolved_isScoredOnTheStepsTaken()
{
    // Resolving closes the case to further steps: the walk so far goes on the case first.
    UiClient trainee;
    QVERIFY(trainee.start(QUrl(m_sandbox.baseUrl()), QStringLiteral("trainee2"), Profile::Kind::Sandbox).isEmpty());
    CaseWorkspace *workspace = startScenario(trainee, kMisfuel);
    QVERIFY(workspace);
    TreeGuide *guide = workspace->guide();
    for (const char *answer : {"safe", "mechanical"}) {
        const QString name = QStringLiteral("answer_") + QLatin1String(answer);
        QTRY_VERIFY2(find<QPushButton>(guide, name), answer);
        QTest::mouseClick(find<QPushButton>(guide, name), Qt::LeftButton);
    }
    workspace->showStep(CaseWorkspace::Step::Resolution);
    auto *rootCause = find<QComboBox>(workspace, QStringLiteral("rootCause"));
    rootCause->setCurrentIndex(rootCause->findData(QStringLiteral("customer_misuse")));
    QTest::mouseClick(find<QPushButton>(workspace, QStringLiteral("resolveCase")), Qt::LeftButton);

    ScoreReport *report = finishRun(trainee);
    QVERIFY(report);
    QCOMPARE(report->run().score->firstDivergence, 1);
    QCOMPARE(report->stepsTable()->item(0, 2)->text(), report->stepsTable()->item(0, 1)->text()); // step 1 was right
}

void TestTraining::trainer_seesTraineesResults_andResetEmptiesTheSandbox()
{
    UiClient trainer;
    const QString started = trainer.start(QUrl(m_sandbox.baseUrl()), QStringLiteral("trainer"), Profile::Kind::Sandbox);
    QVERIFY2(started.isEmpty(), qPrintable(started));
    TrainingPanel *panel = trainer.window().trainingPanel();
    QVERIFY(panel);
    QVERIFY(find<QPushButton>(panel, QStringLiteral("resetSandbox")));
    TrainingRunsModel *results = panel->results();
    // Both trainees' runs from the tests before, with their names.
    QTRY_VERIFY(results->rowCount() >= 2);
    QStringList trainees;
    for (int row = 0; row < results->rowCount(); ++row)
        trainees << results->run(row)->traineeName;
    QVERIFY2(trainees.contains(QStringLiteral("Priya Natarajan")) && trainees.contains(QStringLiteral("Tom Becker")),
             qPrintable(trainees.join(QLatin1Char(','))));
    QVERIFY(!panel->resultsView()->isColumnHidden(TrainingRunsModel::TraineeColumn));

    // A trainee with the sandbox open sees the reset too: the run's case leaves the cache.
    UiClient trainee;
    QVERIFY(trainee.start(QUrl(m_sandbox.baseUrl()), QStringLiteral("trainee"), Profile::Kind::Sandbox).isEmpty());
    QString runCase;
    for (int row = 0; row < results->rowCount(); ++row)
        if (results->run(row)->traineeUsername == QLatin1String("trainee"))
            runCase = results->run(row)->caseId;
    QVERIFY(!runCase.isEmpty());
    QVERIFY(bool(trainee.context().reader().readCase(runCase)) || bool(trainer.context().reader().readCase(runCase)));

    // And one with a run under way: its run bar goes with the reset.
    UiClient busy;
    QVERIFY(busy.start(QUrl(m_sandbox.baseUrl()), QStringLiteral("trainee2"), Profile::Kind::Sandbox).isEmpty());
    QVERIFY(startScenario(busy, kMisfuel));
    QVERIFY(busy.window().trainingRunBar()->run());

    QSignalSpy reset(trainer.window().training(), &TrainingService::sandboxReset);
    trainer.window().training()->resetSandbox();
    QTRY_COMPARE_WITH_TIMEOUT(reset.size(), 1, 10000);
    QVERIFY(reset.first().first().toInt() >= 2);
    QTRY_COMPARE_WITH_TIMEOUT(results->rowCount(), 0, 10000);
    QVERIFY(trainer.syncUntilIdle());
    QVERIFY(!bool(trainer.context().reader().readCase(runCase)));
    trainee.context().sync().syncNow();
    QTRY_VERIFY_WITH_TIMEOUT(!bool(trainee.context().reader().readCase(runCase)), 10000);
    busy.context().sync().syncNow();
    QTRY_VERIFY_WITH_TIMEOUT(!busy.window().trainingRunBar()->run(), 10000);
    QVERIFY(!busy.window().trainingRunBar()->isVisible());
    // The scenarios stay for the next class.
    QVERIFY(panel->scenarioView()->model()->rowCount() >= 8);
}

void TestTraining::trainingMode_sendsNothingToLiveAndReadsNoLiveCredential()
{
    // A live server this desk is set up for, with a remembered user.
    DemoServer live;
    QVERIFY(live.start());
    QTemporaryDir settings;
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settings.path());
    QSettings().setValue(QStringLiteral("live/server"), live.baseUrl());
    QSettings().setValue(QStringLiteral("live/username"), QStringLiteral("agent"));
    const qint64 before = requestsAnswered(live.process());

    QTemporaryDir data;
    int credentialStores = 0;
    int credentialReads = 0;
    StartupFlow::Options options;
    options.training = true;
    options.demoUser = QStringLiteral("trainee");
    options.dataDir = data.path();
    options.serverPath = QStringLiteral(REDRESS_SERVER_PATH);
    options.liveCredentials = [&] {
        ++credentialStores;
        return std::make_unique<CountingCredentialStore>(&credentialReads);
    };
    StartupFlow flow(options);
    QSignalSpy finished(&flow, &StartupFlow::finished);
    flow.start();
    QTRY_VERIFY_WITH_TIMEOUT(flow.mainWindow() || !finished.isEmpty(), 30000);
    QVERIFY2(finished.isEmpty(), "training start-up ended");
    MainWindow *window = flow.mainWindow();
    QVERIFY(window->trainingBanner() && window->trainingBanner()->isVisible());
    QCOMPARE(flow.context()->profile().kind(), Profile::Kind::Sandbox);
    QVERIFY(flow.context()->profile().serverUrl().port() != QUrl(live.baseUrl()).port());

    // A whole run: start, work, finish.
    QTRY_VERIFY_WITH_TIMEOUT(window->trainingPanel()->scenarioView()->model()->rowCount() >= 8, 10000);
    QSignalSpy runStarted(window->training(), &TrainingService::runStarted);
    window->training()->startRun(kMisfuel);
    QTRY_COMPARE_WITH_TIMEOUT(runStarted.size(), 1, 20000);
    QSignalSpy runFinished(window->training(), &TrainingService::runFinished);
    window->training()->finishRun(runStarted.first().first().value<TrainingRun>().id);
    QTRY_COMPARE_WITH_TIMEOUT(runFinished.size(), 1, 20000);

    // The sandbox had its own server and folder; the live one answered only our own /metrics reads.
    QCOMPARE(requestsAnswered(live.process()), before + 1);
    QCOMPARE(credentialStores, 0);
    QCOMPARE(credentialReads, 0);
    QVERIFY(flow.context()->profile().databasePath().startsWith(data.path() + QStringLiteral("/sandbox")));
    // And nothing of the training server was remembered as the live one.
    QCOMPARE(QSettings().value(QStringLiteral("live/server")).toString(), live.baseUrl());
}


void TestTraining::everyScenario_modelTemplatesAreSendableOnItsCase()
{
    // Each scenario's answer key names the templates a trainee may send: on the case the sandbox opens for it, each
    // must leave nothing unfilled but the compensation the trainee grants (none at all where the answer is no money),
    // in every channel. Otherwise the model answer cannot be given.
    UiClient trainee;
    QVERIFY(trainee.start(QUrl(m_sandbox.baseUrl()), QStringLiteral("trainee2"), Profile::Kind::Sandbox).isEmpty());
    TrainingService *service = trainee.window().training();
    const QDir dir(QStringLiteral(REDRESS_SOURCE_DIR "/resources/seed/scenarios"));
    const QStringList files = dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    QVERIFY(files.size() >= 8);
    for (const QString &file : files) {
        QFile in(dir.filePath(file));
        QVERIFY(in.open(QIODevice::ReadOnly));
        const QJsonObject scenario = QJsonDocument::fromJson(in.readAll()).object();
        const QJsonObject expected = scenario.value(QLatin1String("expected")).toObject();
        const bool paid = expected.value(QLatin1String("compensation")).isObject();
        std::optional<TrainingRun> started;
        const QMetaObject::Connection connection =
            connect(service, &TrainingService::runStarted, this, [&](const TrainingRun &run) { started = run; });
        service->startRun(scenario.value(QLatin1String("id")).toString());
        const bool arrived = QTest::qWaitFor([&] { return started.has_value(); }, 20000);
        disconnect(connection);
        QVERIFY2(arrived, qPrintable(file));
        QTRY_VERIFY(!service->isBusy());
        for (const QJsonValue templateId : expected.value(QLatin1String("templates")).toArray()) {
            QFile templateFile(QStringLiteral(REDRESS_SOURCE_DIR "/resources/seed/templates/%1.json").arg(templateId.toString()));
            QVERIFY(templateFile.open(QIODevice::ReadOnly));
            QStringList channels;
            for (const QJsonValue variant : QJsonDocument::fromJson(templateFile.readAll())[QLatin1String("variants")].toArray())
                if (!channels.contains(variant[QLatin1String("channel")].toString()))
                    channels.append(variant[QLatin1String("channel")].toString());
            QVERIFY(!channels.isEmpty());
            for (const QString &channel : std::as_const(channels)) {
                Result<RenderedMessage> rendered =
                    trainee.context().actions().renderMessage(started->caseId, templateId.toString(), channel, {});
                QVERIFY2(rendered, qPrintable(file + QLatin1String(": ") + (rendered ? QString() : rendered.error().toString())));
                QStringList unfilled = rendered->unresolvedPaths();
                if (paid)
                    unfilled.removeIf([](const QString &path) { return path.startsWith(QLatin1String("compensation.")); });
                QVERIFY2(unfilled.isEmpty(), qPrintable(QStringLiteral("%1 %2 %3: %4").arg(file, templateId.toString(), channel,
                                                                                              unfilled.join(QLatin1String(", ")))));
            }
        }
    }
}

QTEST_MAIN(TestTraining)
#include "tst_training.moc"
