#pragma once

#include "modeltestsupport.h"
#include "profile.h"

#include <QTemporaryDir>
#include <QObject>

#include <memory>

namespace redress {
class ClientContext;
class MainWindow;
class MemoryCredentialStore;
}

/// A desktop client as the app runs it — ClientContext on a demo profile, signed in, synced, with its MainWindow
/// shown — against a DemoServer on loopback.
class UiClient
{
public:
    UiClient();
    ~UiClient();

    /// Opens the context for `serverUrl`, signs in as `username`, waits for the first sync and shows the window.
    /// An empty string when all is well, else what failed.
    /// `kind`: Demo, or Sandbox for a trainee against a `redress-server --sandbox`.
    QString start(const QUrl &serverUrl, const QString &username, redress::Profile::Kind kind = redress::Profile::Kind::Demo);
    bool syncUntilIdle(int timeoutMs = 20000);

    redress::ClientContext &context() { return *m_context; }
    redress::MainWindow &window() { return *m_window; }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<redress::MemoryCredentialStore> m_credentials;
    std::unique_ptr<redress::ClientContext> m_context;
    std::unique_ptr<redress::MainWindow> m_window;
};

/// The child of `root` named `name`, or null with a warning naming it (so a failed check says which widget was missing).
template <typename T>
T *find(QObject *root, const QString &name)
{
    T *widget = root->findChild<T *>(name);
    if (!widget)
        qWarning("no widget named %s", qPrintable(name));
    return widget;
}
