// `redress --demo` as the README runs it: StartupFlow starts the real redress-server --demo on a free loopback
// port, signs in as the demo user and opens the main window; a missing or failing server binary is reported.

#include "caselistmodel.h"
#include "clientcontext.h"
#include "demoserverlauncher.h"
#include "mainwindow.h"
#include "sessionmanager.h"
#include "startupflow.h"
#include "syncengine.h"
#include "syncstatusbar.h"

#include <QLabel>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace redress;

class TestDemoLaunch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { qputenv("REDRESS_NO_DIALOGS", "1"); }
    void demo_startsServerSignsInAndShowsTheQueue();
    void missingServerBinary_isReportedAndEndsStartUp();
    void serverThatExitsAtOnce_isReportedWithItsStatus();
    void findServer_looksBesideTheProgramThenInTheBuildTree();
};

void TestDemoLaunch::demo_startsServerSignsInAndShowsTheQueue()
{
    StartupFlow::Options options;
    options.demo = true;
    options.demoUser = QStringLiteral("agent");
    options.serverPath = QStringLiteral(REDRESS_SERVER_PATH);
    StartupFlow flow(options);
    QSignalSpy finished(&flow, &StartupFlow::finished);
    flow.start();
    QTRY_VERIFY_WITH_TIMEOUT(flow.mainWindow() && flow.mainWindow()->isVisible(), 30000);
    QVERIFY(finished.isEmpty());
    ClientContext *context = flow.context();
    QVERIFY(context->session().isSignedIn());
    QCOMPARE(context->profile().kind(), Profile::Kind::Demo);
    QVERIFY(Profile::isLoopback(context->profile().serverUrl()));
    QCOMPARE(context->session().user().value(QLatin1String("username")).toString(), QStringLiteral("agent"));
    // The demo organisation arrives: the agent's queue fills, and the status bar names the agent.
    auto *queue = flow.mainWindow()->findChild<QTableView *>(QStringLiteral("myQueue"));
    QVERIFY(queue);
    QTRY_VERIFY_WITH_TIMEOUT(queue->model()->rowCount() > 0, 30000);
    QTRY_COMPARE(flow.mainWindow()->findChild<QLabel *>(QStringLiteral("signedInUser"))->text(), QStringLiteral("Daniel Reyes (Agent)"));

    // File ▸ Sign out in the demo ends the program (status 0) and the session on the server.
    QVERIFY(flow.mainWindow()->openCase(QStringLiteral("case-25707")));
    Q_EMIT flow.mainWindow()->signOutRequested();
    QTRY_COMPARE(finished.size(), 1);
    QCOMPARE(finished.first().first().toInt(), 0);
    QVERIFY(!context->session().isSignedIn());
}

void TestDemoLaunch::missingServerBinary_isReportedAndEndsStartUp()
{
    StartupFlow::Options options;
    options.demo = true;
    options.demoUser = QStringLiteral("agent");
    options.serverPath = QStringLiteral("/nonexistent/redress-server");
    StartupFlow flow(options);
    QSignalSpy finished(&flow, &StartupFlow::finished);
    flow.start();
    QTRY_COMPARE(finished.size(), 1);
    QCOMPARE(finished.first().first().toInt(), 1);
    QVERIFY(!flow.mainWindow());
}

void TestDemoLaunch::serverThatExitsAtOnce_isReportedWithItsStatus()
{
    DemoServerLauncher launcher;
    QSignalSpy failed(&launcher, &DemoServerLauncher::failed);
    QSignalSpy ready(&launcher, &DemoServerLauncher::ready);
    launcher.start(QStringLiteral("/bin/false"));
    QTRY_COMPARE(failed.size(), 1);
    QVERIFY(ready.isEmpty());
    const QString message = failed.first().first().toString();
    QVERIFY2(message.contains(QStringLiteral("stopped before it was ready")) && message.contains(QStringLiteral("exit status 1")),
             qPrintable(message));
}

void TestDemoLaunch::findServer_looksBesideTheProgramThenInTheBuildTree()
{
    const QString serverDir = QFileInfo(QStringLiteral(REDRESS_SERVER_PATH)).absolutePath();
    // From the build tree's app/ folder, the server is found in ../server/.
    QCOMPARE(DemoServerLauncher::findServer(serverDir + QStringLiteral("/../app")),
             QFileInfo(QStringLiteral(REDRESS_SERVER_PATH)).canonicalFilePath());
    QCOMPARE(DemoServerLauncher::findServer(serverDir), QFileInfo(QStringLiteral(REDRESS_SERVER_PATH)).canonicalFilePath());
}

QTEST_MAIN(TestDemoLaunch)
#include "tst_demolaunch.moc"
