#pragma once

#include "localserverlauncher.h"
#include "logindialog.h"
#include "mainwindow.h"
#include "profile.h"

#include <QObject>
#include <QPointer>
#include <QUrl>

#include <functional>
#include <memory>

namespace redress {

class ClientContext;
class CredentialStore;

/// From start to the main window, and back to sign-in after a sign-out. Live: the server from the settings (or
/// --server), a remembered session from the keychain, else the login dialog. Demo: starts the demo server, signs
/// in as the demo user picked (or given with --demo-user) and opens the window. Training: the sandbox profile —
/// a sandbox server of its own on this computer (or a class's training server given with --server, signed in
/// through the login dialog), tokens in memory only; the live settings and keychain are never read or written.
class StartupFlow final : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        bool demo = false;
        bool training = false;
        QString demoUser;   ///< skip the demo (or training) picker
        QUrl server;        ///< live server; empty: the one last used
        QString dataDir;    ///< where live caches live; empty: the platform's app data folder
        QString serverPath; ///< redress-server for the demo; empty: found next to the program
        /// The live profile's keychain; empty: the OS keychain. Tests pass a store that counts reads.
        std::function<std::unique_ptr<CredentialStore>()> liveCredentials;
    };

    explicit StartupFlow(Options options, QObject *parent = nullptr);
    ~StartupFlow() override;

    void start();
    MainWindow *mainWindow() const { return m_window; }
    ClientContext *context() const { return m_context.get(); }

Q_SIGNALS:
    /// Start-up cannot go on (the reason was shown); the program should end with `exitCode`.
    void finished(int exitCode);

private:
    void startDemo();
    void startTraining();
    void startLive();
    /// The sandbox's folder: its server database and its cache (apart from the live cache).
    QString sandboxDataDir() const;
    /// Starts a server on this computer and signs in as `username` with the demo password.
    void startLocal(LocalServerLauncher::Mode mode, const QString &username);
    /// The kind of profile the login dialog signs in to.
    Profile::Kind loginKind() const { return m_options.training ? Profile::Kind::Sandbox : Profile::Kind::Live; }
    /// A sandbox profile must be talking to a sandbox server: checked on the first bootstrap.
    void checkSandboxServer();
    /// Where live caches go: --data-dir, else the platform's application data folder.
    QString liveDataDir() const;
    bool openContext(Profile::Kind kind, const QUrl &url, const QString &dataDir);
    void showLogin(const QString &reason);
    void loginSubmitted();
    void signedIn();
    void signOut();
    void fatal(const QString &message);

    Options m_options;
    LocalServerLauncher *m_local = nullptr;
    std::unique_ptr<CredentialStore> m_credentials;
    std::unique_ptr<ClientContext> m_context;
    QPointer<LoginDialog> m_login;
    QPointer<MainWindow> m_window;
    bool m_signingOut = false;
    QString m_windowUser; ///< whose window m_window is
};

} // namespace redress
