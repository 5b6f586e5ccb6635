// redress-screenshots: takes docs/screenshots/*.png from the real client window against the demo server.
// Run it on an X display (scripts/screenshots.sh uses Xvfb): every picture is grabbed from the screen, as a user
// would see it, not rendered off-screen.
//   redress-screenshots OUTPUT_DIR

#include "caseworkspace.h"
#include "clientcontext.h"
#include "syncengine.h"
#include "compensationpanel.h"
#include "budgetview.h"
#include "dashboardview.h"
#include "mainwindow.h"
#include "templatecomposer.h"
#include "treeguide.h"
#include "trainingpanel.h"
#include "trainingservice.h"
#include "uitestsupport.h"

#include <QApplication>
#include <QDir>
#include <QLineEdit>
#include <QPushButton>
#include <QScreen>
#include <QSignalSpy>
#include <QTableView>
#include <QTabWidget>
#include <QTest>

#include <cstdio>

using namespace redress;

namespace {

bool shoot(const QString &dir, const QString &name)
{
    QTest::qWait(400); // let the last repaint reach the X server
    const QPixmap shot = QGuiApplication::primaryScreen()->grabWindow(0);
    const QString path = QDir(dir).filePath(name + QStringLiteral(".png"));
    if (shot.isNull() || !shot.save(path)) {
        std::fprintf(stderr, "redress-screenshots: could not save %s\n", qPrintable(path));
        return false;
    }
    std::printf("%s\n", qPrintable(path));
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    if (argc != 2 || QGuiApplication::platformName() == QLatin1String("offscreen")) {
        std::fprintf(stderr, "usage: redress-screenshots OUTPUT_DIR   (on an X display: see scripts/screenshots.sh)\n");
        return 2;
    }
    const QString out = QString::fromLocal8Bit(argv[1]);
    QDir().mkpath(out);
    QApplication::setStyle(QStringLiteral("Fusion"));
    DemoServer server;
    if (!server.start()) {
        std::fprintf(stderr, "redress-screenshots: the demo server did not start\n");
        return 1;
    }
    UiClient client;
    const QString started = client.start(QUrl(server.baseUrl()), QStringLiteral("agent"));
    if (!started.isEmpty()) {
        std::fprintf(stderr, "redress-screenshots: %s\n", qPrintable(started));
        return 1;
    }
    MainWindow &window = client.window();
    const QRect screen = QGuiApplication::primaryScreen()->geometry();
    window.setGeometry(screen);
    bool ok = shoot(out, QStringLiteral("main-window"));

    auto *search = window.findChild<QLineEdit *>(QStringLiteral("searchEdit"));
    search->setFocus();
    QTest::keyClicks(search, QStringLiteral("late"));
    ok = shoot(out, QStringLiteral("search")) && ok;
    search->clear();
    window.findChild<QTabWidget *>(QStringLiteral("lists"))->setCurrentIndex(1); // back to My queue

    CaseWorkspace *workspace = window.openCase(QStringLiteral("case-25707"));
    workspace->guide()->chooseNumber(2);
    workspace->guide()->chooseNumber(1);
    workspace->guide()->chooseNumber(1);
    ok = shoot(out, QStringLiteral("tree-guide")) && ok;
    workspace->guide()->chooseNumber(2);
    ok = shoot(out, QStringLiteral("tree-outcome")) && ok;
    workspace->guide()->findChild<QPushButton *>(QStringLiteral("useRecovery"))->click();

    workspace->showStep(CaseWorkspace::Step::Compensation);
    auto *amount = workspace->compensation()->findChild<QLineEdit *>(QStringLiteral("compensationAmount"));
    amount->setText(QStringLiteral("18.50"));
    ok = shoot(out, QStringLiteral("compensation")) && ok;
    amount->setText(QStringLiteral("400.00"));
    ok = shoot(out, QStringLiteral("compensation-needs-approval")) && ok;
    amount->setText(QStringLiteral("18.50"));
    workspace->compensation()->propose();

    workspace->showStep(CaseWorkspace::Step::Message);
    ok = shoot(out, QStringLiteral("message-unresolved")) && ok;
    workspace->composer()->fillIn(QStringLiteral("order.promised_date"), QStringLiteral("2026-11-20"));
    workspace->composer()->fillIn(QStringLiteral("order.carrier"), QStringLiteral("Northwind Parcel"));
    ok = shoot(out, QStringLiteral("message")) && ok;

    // The lead's desk: the approvals queue with the agent's request, and the dashboards.
    {
        workspace->showStep(CaseWorkspace::Step::Compensation);
        amount->setText(QStringLiteral("400.00"));
        workspace->compensation()->propose();
        (void)client.syncUntilIdle();
        UiClient lead;
        if (lead.start(QUrl(server.baseUrl()), QStringLiteral("lead")).isEmpty()) {
            lead.window().setGeometry(screen);
            lead.window().raise();
            QTest::qWait(500);
            ok = shoot(out, QStringLiteral("approvals")) && ok;
            auto *tabs = lead.window().findChild<QTabWidget *>(QStringLiteral("openCases"));
            tabs->setCurrentWidget(lead.window().dashboards());
            (void)QTest::qWaitFor([&] { return lead.window().dashboards()->report() != nullptr; }, 20000);
            QTest::qWait(800);
            ok = shoot(out, QStringLiteral("dashboard")) && ok;
            tabs->setCurrentWidget(lead.window().budget());
            (void)QTest::qWaitFor([&] { return lead.window().budget()->report() != nullptr; }, 20000);
            QTest::qWait(500);
            ok = shoot(out, QStringLiteral("budget")) && ok;
        }
        window.raise();
    }

    // The training sandbox: a trainee's run under way, its score, and the trainer's results.
    {
        DemoServer sandbox;
        UiClient trainee;
        if (sandbox.start(QStringLiteral("--sandbox"))
            && trainee.start(QUrl(sandbox.baseUrl()), QStringLiteral("trainee"), Profile::Kind::Sandbox).isEmpty()) {
            trainee.window().setGeometry(screen);
            trainee.window().raise();
            TrainingPanel *panel = trainee.window().trainingPanel();
            (void)QTest::qWaitFor([&] { return panel->scenarioView()->model()->rowCount() > 0; }, 10000);
            QTest::qWait(300);
            ok = shoot(out, QStringLiteral("training-scenarios")) && ok;
            QSignalSpy runStarted(trainee.window().training(), &TrainingService::runStarted);
            trainee.window().training()->startRun(QStringLiteral("late_express_refund_silver"));
            (void)QTest::qWaitFor([&] { return !runStarted.isEmpty(); }, 20000);
            if (CaseWorkspace *run = trainee.window().currentWorkspace()) {
                // Two answers right, the third wrong: the score then has something to teach.
                for (const QString &answer : {QStringLiteral("delivered_late"), QStringLiteral("carrier_delay"),
                                              QStringLiteral("standard")}) {
                    if (auto *button = run->guide()->findChild<QPushButton *>(QStringLiteral("answer_") + answer))
                        button->click();
                    QTest::qWait(100);
                }
                QTest::qWait(1500);
                ok = shoot(out, QStringLiteral("training-run")) && ok;
                QSignalSpy finished(trainee.window().training(), &TrainingService::runFinished);
                // As the trainee does it: the run bar's Finish, which records the walk so far and sends it first.
                if (auto *finish = trainee.window().findChild<QPushButton *>(QStringLiteral("finishRun")))
                    finish->click();
                (void)QTest::qWaitFor([&] { return !finished.isEmpty(); }, 20000);
                QTest::qWait(500);
                ok = shoot(out, QStringLiteral("training-score")) && ok;
            }
        }
    }

    server.stop();
    client.context().sync().syncNow();
    (void)QTest::qWaitFor([&] { return !window.findChild<QWidget *>(QStringLiteral("offlineBanner"))->isHidden(); }, 15000);
    ok = shoot(out, QStringLiteral("offline")) && ok;
    return ok ? 0 : 1;
}
