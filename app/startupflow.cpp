#include "startupflow.h"

#include "clientcontext.h"
#include "localserverlauncher.h"
#include "demouserdialog.h"
#include "keychaincredentialstore.h"
#include "logindialog.h"
#include "mainwindow.h"
#include "memorycredentialstore.h"
#include "casereader.h"
#include "sessionmanager.h"
#include "syncengine.h"

#include <QApplication>
#include <QDir>
#include <QJsonObject>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>

namespace redress {
namespace {

/// The demo organisation's users all have this password (resources/seed/demo-org.json); it guards nothing real.
const QString kDemoPassword = QStringLiteral("redress-demo");
const QString kServerKey = QStringLiteral("live/server");
const QString kUserKey = QStringLiteral("live/username");

} // namespace

StartupFlow::StartupFlow(Options options, QObject *parent) : QObject(parent), m_options(std::move(options))
{
}

StartupFlow::~StartupFlow()
{
    if (m_window)
        m_window->disconnect(this);
    delete m_window;
    delete m_login;
    m_context.reset(); // before the demo server it talks to
}

void StartupFlow::start()
{
    if (m_options.training)
        startTraining();
    else if (m_options.demo)
        startDemo();
    else
        startLive();
}

void StartupFlow::fatal(const QString &message)
{
    qCritical("%s", qPrintable(message));
    if (qEnvironmentVariableIsEmpty("REDRESS_NO_DIALOGS"))
        QMessageBox::critical(nullptr, tr("Redress"), message);
    Q_EMIT finished(1);
}

bool StartupFlow::openContext(Profile::Kind kind, const QUrl &url, const QString &dataDir)
{
    if (!QDir().mkpath(dataDir)) {
        fatal(tr("Cannot create the data folder %1.").arg(dataDir));
        return false;
    }
    // A sandbox elsewhere than this computer is only allowed when it provably is not the live server.
    const QUrl live = kind == Profile::Kind::Sandbox ? QUrl(QSettings().value(kServerKey).toString()) : QUrl();
    Result<Profile> profile = Profile::create(kind, url, dataDir, live);
    if (!profile) {
        fatal(profile.error().message);
        return false;
    }
    if (profile->usesKeychain()) {
        m_credentials = m_options.liveCredentials ? m_options.liveCredentials()
                                                  : std::make_unique<KeychainCredentialStore>(QStringLiteral("Redress"));
    } else {
        m_credentials = std::make_unique<MemoryCredentialStore>(); // demo and sandbox tokens: this run only
    }
    QString movedAside;
    Result<std::unique_ptr<ClientContext>> context = ClientContext::open(*profile, *m_credentials, &movedAside);
    if (!context) {
        fatal(tr("The local cache %1 cannot be opened: %2").arg(profile->databasePath(), context.error().message));
        return false;
    }
    m_context = std::move(context).value();
    if (!movedAside.isEmpty())
        qWarning("The local cache was damaged and moved to %s; it is rebuilt from the server.", qPrintable(movedAside));
    connect(&m_context->session(), &SessionManager::signedIn, this, &StartupFlow::signedIn);
    connect(&m_context->session(), &SessionManager::needsSignIn, this, &StartupFlow::showLogin);
    connect(&m_context->session(), &SessionManager::signInFailed, this, [this](const QString &message) {
        if (m_local)
            return fatal(tr("The demo sign-in failed: %1").arg(message));
        if (m_login)
            m_login->showError(message);
    });
    connect(&m_context->session(), &SessionManager::notice, this, [this](const QString &message) {
        if (m_login)
            m_login->setNotice(message);
        qWarning("%s", qPrintable(message));
    });
    return true;
}

void StartupFlow::startDemo()
{
    QString username = m_options.demoUser;
    if (username.isEmpty()) {
        DemoUserDialog picker;
        if (picker.exec() != QDialog::Accepted)
            return Q_EMIT finished(0);
        username = picker.username();
    }
    if (username == QLatin1String("trainer")) {
        // The demo's trainer works where trainers do: in the training sandbox, with its scenarios.
        m_options.training = true;
        return startLocal(LocalServerLauncher::Mode::Sandbox, username);
    }
    startLocal(LocalServerLauncher::Mode::Demo, username);
}

void StartupFlow::startTraining()
{
    if (!m_options.server.isEmpty()) {
        // A class's training server: the login dialog signs in to it as a sandbox profile (Profile refuses it when
        // it could be the live server).
        if (!openContext(Profile::Kind::Sandbox, m_options.server, sandboxDataDir()))
            return;
        return showLogin(QString());
    }
    QString username = m_options.demoUser;
    if (username.isEmpty()) {
        DemoUserDialog picker(DemoUserDialog::Mode::Training);
        if (picker.exec() != QDialog::Accepted)
            return Q_EMIT finished(0);
        username = picker.username();
    }
    startLocal(LocalServerLauncher::Mode::Sandbox, username);
}

void StartupFlow::startLocal(LocalServerLauncher::Mode mode, const QString &username)
{
    m_local = new LocalServerLauncher(mode, mode == LocalServerLauncher::Mode::Sandbox ? sandboxDataDir() : QString(), this);
    connect(m_local, &LocalServerLauncher::failed, this, &StartupFlow::fatal);
    connect(m_local, &LocalServerLauncher::ready, this, [this, mode, username](const QUrl &url) {
        const Profile::Kind kind = mode == LocalServerLauncher::Mode::Sandbox ? Profile::Kind::Sandbox : Profile::Kind::Demo;
        if (!openContext(kind, url, m_local->dataDir()))
            return;
        m_context->session().signIn(username, kDemoPassword);
    });
    const QString serverPath = m_options.serverPath.isEmpty() ? LocalServerLauncher::findServer(QCoreApplication::applicationDirPath())
                                                              : m_options.serverPath;
    m_local->start(serverPath);
}

QString StartupFlow::sandboxDataDir() const
{
    const QString base = m_options.dataDir.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
                                                     : m_options.dataDir;
    return base + QStringLiteral("/sandbox");
}

void StartupFlow::checkSandboxServer()
{
    if (!m_context || m_context->profile().kind() != Profile::Kind::Sandbox)
        return;
    // The sync engine asks before it pushes or pulls anything (SyncEngine::setSandboxRequired).
    auto connection = std::make_shared<QMetaObject::Connection>();
    *connection = connect(&m_context->sync(), &SyncEngine::notASandbox, this, [this, connection] {
        disconnect(*connection);
        // Trainees' practice must never land on a server that says it is live.
        m_context->signOut();
        fatal(tr("%1 is not a training sandbox: Redress will not train against it. Start redress --training without "
                 "--server for a sandbox on this computer, or ask for the training server's address.")
                  .arg(m_context->profile().serverUrl().toString()));
    });
}

QString StartupFlow::liveDataDir() const
{
    return m_options.dataDir.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) : m_options.dataDir;
}

void StartupFlow::startLive()
{
    QSettings settings;
    const QUrl url = m_options.server.isEmpty() ? QUrl(settings.value(kServerKey).toString()) : m_options.server;
    if (url.isEmpty()) {
        showLogin(QString());
        return;
    }
    const QString dataDir = liveDataDir();
    if (!openContext(Profile::Kind::Live, url, dataDir))
        return;
    m_context->session().restore();
}

void StartupFlow::showLogin(const QString &reason)
{
    if (m_local) {
        if (!m_signingOut)
            fatal(tr("The demo session ended: %1").arg(reason));
        return;
    }
    if (m_window)
        m_window->hide();
    if (!m_login) {
        m_login = new LoginDialog;
        m_login->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_login, &LoginDialog::signInRequested, this, &StartupFlow::loginSubmitted);
        connect(m_login, &QDialog::rejected, this, [this] {
            if (!m_window || m_window->isHidden())
                Q_EMIT finished(0);
        });
    }
    QSettings settings;
    m_login->setServerUrl(m_context ? m_context->profile().serverUrl().toString()
                          : m_options.training ? QString() : settings.value(kServerKey).toString());
    m_login->setUsername(m_options.training ? QString() : settings.value(kUserKey).toString());
    m_login->setNotice(reason);
    m_login->show();
    m_login->raise();
}

void StartupFlow::loginSubmitted()
{
    const QUrl url(m_login->serverUrl());
    // Another server is another profile: its own cache and its own key (the old one keeps its unsynced work).
    if (!m_context || Profile::origin(m_context->profile().serverUrl()) != Profile::origin(url)) {
        const QString dataDir = m_options.training ? sandboxDataDir() : liveDataDir();
        // A server address the profile refuses (plain http to another machine…) is the user's to correct, here.
        const QUrl live = m_options.training ? QUrl(QSettings().value(kServerKey).toString()) : QUrl();
        if (Result<Profile> checked = Profile::create(loginKind(), url, dataDir, live); !checked)
            return m_login->showError(checked.error().message);
        if (m_window)
            m_window->disconnect(this);
        delete m_window;
        m_context.reset();
        if (!openContext(loginKind(), url, dataDir))
            return;
    }
    m_context->session().signIn(m_login->username(), m_login->password());
}

void StartupFlow::signedIn()
{
    m_signingOut = false;
    if (m_login) {
        // Remembered only once the server accepted them: a mistyped server is not where the next start goes. A
        // training server is never remembered as the live one.
        if (!m_options.training) {
            QSettings settings;
            settings.setValue(kServerKey, m_context->profile().serverUrl().toString());
            settings.setValue(kUserKey, m_login->username());
        }
        m_login->accept();
    }
    checkSandboxServer();
    // Another user gets a new window: nothing of the previous user's tabs, searches or drafts may show.
    const QString userId = m_context->session().user().value(QLatin1String("id")).toString();
    if (m_window && userId != m_windowUser) {
        m_window->disconnect(this);
        delete m_window;
    }
    m_windowUser = userId;
    if (!m_window) {
        m_window = new MainWindow(*m_context);
        m_window->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_window, &MainWindow::signOutRequested, this, &StartupFlow::signOut);
        connect(m_window, &QObject::destroyed, this, [this] {
            if (!m_login || m_login->isHidden())
                Q_EMIT finished(0);
        });
    }
    m_window->show();
    m_window->raise();
}

void StartupFlow::signOut()
{
    m_signingOut = true; // the session's "sign in again" that follows is the user's choice, not a failure
    m_context->signOut();
    m_window->closeAllCases();
    if (m_local) {
        m_window->close();
        return;
    }
    showLogin(tr("You signed out. Unsynced work stays on this desk and is sent at the next sign-in."));
}

} // namespace redress
