// `redress --demo` as the README runs it: StartupFlow starts the real redress-server --demo on a free loopback
// port, signs in as the demo user and opens the main window; a missing or failing server binary is reported.

#include "caselistmodel.h"
#include "clientcontext.h"
#include "localserverlauncher.h"
#include "logindialog.h"
#include "modeltestsupport.h"
#include "mainwindow.h"
#include "sessionmanager.h"
#include "startupflow.h"
#include "syncengine.h"
#include "syncstatusbar.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace redress;

class TestDemoLaunch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void live_signInSignOutAnotherUser_getsAFreshWindow();
    void demo_startsServerSignsInAndShowsTheQueue();
    void missingServerBinary_isReportedAndEndsStartUp();
    void serverThatExitsAtOnce_isReportedWithItsStatus();
    void findServer_looksBesideTheProgramThenInTheBuildTree();

private:
    QTemporaryDir m_settings;
};

void TestDemoLaunch::initTestCase()
{
    qputenv("REDRESS_NO_DIALOGS", "1");
    // Settings in a throwaway folder; no session bus, so the live profile finds no keychain at once and keeps the
    // session in memory (told, never written in plain text).
    QVERIFY(m_settings.isValid());
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settings.path());
    qunsetenv("DBUS_SESSION_BUS_ADDRESS");
}

namespace {

LoginDialog *visibleLogin()
{
    for (QWidget *widget : QApplication::topLevelWidgets())
        if (auto *login = qobject_cast<LoginDialog *>(widget); login && login->isVisible())
            return login;
    return nullptr;
}

void signInWith(LoginDialog *login, const QString &username, const QString &password)
{
    login->findChild<QLineEdit *>(QStringLiteral("username"))->setText(username);
    login->findChild<QLineEdit *>(QStringLiteral("password"))->setText(password);
    QTest::mouseClick(login->findChild<QPushButton *>(QStringLiteral("signIn")), Qt::LeftButton);
}

} // namespace

void TestDemoLaunch::live_signInSignOutAnotherUser_getsAFreshWindow()
{
    DemoServer server;
    QVERIFY(server.start());
    QTemporaryDir data;
    StartupFlow::Options options;
    options.server = QUrl(server.baseUrl());
    options.dataDir = data.path();
    StartupFlow flow(options);
    QSignalSpy finished(&flow, &StartupFlow::finished);
    flow.start();
    QTRY_VERIFY_WITH_TIMEOUT(visibleLogin(), 15000);

    // Plain http to another machine: refused in the dialog, which stays for the user to correct it.
    auto *serverField = visibleLogin()->findChild<QLineEdit *>(QStringLiteral("serverUrl"));
    serverField->setText(QStringLiteral("http://redress.example.com"));
    signInWith(visibleLogin(), QStringLiteral("agent"), DemoServer::kPassword);
    QVERIFY(visibleLogin());
    QVERIFY2(visibleLogin()->findChild<QLabel *>(QStringLiteral("loginError"))->text().contains(QStringLiteral("https://")),
             qPrintable(visibleLogin()->findChild<QLabel *>(QStringLiteral("loginError"))->text()));
    QVERIFY(finished.isEmpty());
    serverField->setText(server.baseUrl());

    // A wrong password: told, the window does not open, the server is not remembered yet.
    signInWith(visibleLogin(), QStringLiteral("agent"), QStringLiteral("wrong"));
    QTRY_VERIFY_WITH_TIMEOUT(!visibleLogin()->findChild<QLabel *>(QStringLiteral("loginError"))->isHidden(), 15000);
    QVERIFY(!flow.mainWindow());
    QVERIFY(!QSettings().contains(QStringLiteral("live/server")));

    signInWith(visibleLogin(), QStringLiteral("agent"), DemoServer::kPassword);
    QTRY_VERIFY_WITH_TIMEOUT(flow.mainWindow() && flow.mainWindow()->isVisible(), 15000);
    QCOMPARE(QSettings().value(QStringLiteral("live/server")).toString(), QUrl(server.baseUrl()).toString());
    QPointer<MainWindow> agentWindow = flow.mainWindow();
    QVERIFY(agentWindow->openCase(QStringLiteral("case-25707")));

    // Sign out: the login comes back; the lead who signs in next gets a new window, without the agent's tabs.
    Q_EMIT agentWindow->signOutRequested();
    QTRY_VERIFY_WITH_TIMEOUT(visibleLogin(), 15000);
    QVERIFY(!agentWindow->isVisible());
    signInWith(visibleLogin(), QStringLiteral("lead"), DemoServer::kPassword);
    QTRY_VERIFY_WITH_TIMEOUT(flow.mainWindow() && flow.mainWindow()->isVisible(), 15000);
    QVERIFY(agentWindow.isNull());
    QVERIFY(!flow.mainWindow()->currentWorkspace());
    QCOMPARE(flow.context()->session().user().value(QLatin1String("username")).toString(), QStringLiteral("lead"));
    QVERIFY(finished.isEmpty());
}

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
    LocalServerLauncher launcher;
    QSignalSpy failed(&launcher, &LocalServerLauncher::failed);
    QSignalSpy ready(&launcher, &LocalServerLauncher::ready);
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
    QCOMPARE(LocalServerLauncher::findServer(serverDir + QStringLiteral("/../app")),
             QFileInfo(QStringLiteral(REDRESS_SERVER_PATH)).canonicalFilePath());
    QCOMPARE(LocalServerLauncher::findServer(serverDir), QFileInfo(QStringLiteral(REDRESS_SERVER_PATH)).canonicalFilePath());
}

QTEST_MAIN(TestDemoLaunch)
#include "tst_demolaunch.moc"
