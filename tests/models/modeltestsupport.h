#pragma once

#include "servertestsupport.h"

#include <QTemporaryDir>

namespace redress {
class LocalDatabase;
}

/// The real redress-server binary with the demo organisation (40 customers, 80 cases, demo users whose password is
/// kPassword) on a free loopback port, on a throwaway SQLite file. Survives stop()/start() with its data, so a test
/// can take the server away and bring it back.
class DemoServer
{
public:
    static inline const QString kPassword = QStringLiteral("redress-demo");

    /// `mode`: "--demo", or "--sandbox" for a training sandbox.
    bool start(const QString &mode = QStringLiteral("--demo"));
    void stop() { m_process.stop(); }
    /// Stops the process with SIGKILL, as a crash would.
    void kill();
    QString baseUrl() const { return m_process.baseUrl(); }
    ServerProcess &process() { return m_process; }
    QString databasePath() const { return m_dir.filePath(QStringLiteral("server.sqlite")); }
    /// Signs in as `username` from `deviceId` and applies the whole change feed to `cache` through CacheStore, as
    /// a first sync would. An empty string when all is well, else what failed.
    QString fillCache(redress::LocalDatabase &cache, const QString &username, const QString &deviceId);

private:
    QTemporaryDir m_dir;
    ServerProcess m_process;
    QString m_listen;
};

#include "cachenotifier.h"
#include "caseactions.h"
#include "localdatabase.h"
#include "memorycredentialstore.h"
#include "serverclient.h"
#include "sessionmanager.h"
#include "syncengine.h"

#include <QUrl>

#include <memory>

/// Runs sync cycles until one completes with nothing left to push (or the time is up).
bool syncUntilIdle(redress::SyncEngine &sync, int timeoutMs = 20000);

/// One desktop client's model layer, wired as the app wires it, on a demo profile pointed at `serverUrl`.
class TestClient
{
public:
    /// Opens (or reopens) the cache at `databasePath`; an empty string when all is well, else what failed.
    QString open(QString databasePath, const QUrl &serverUrl);
    /// Signs in with the demo password and starts syncing; waits for the first complete sync.
    bool signIn(const QString &username, int timeoutMs = 20000);
    /// Runs sync cycles until one completes with nothing left to push (or the time is up).
    bool syncUntilIdle(int timeoutMs = 20000);
    /// Runs one query on the cache and returns the first column of the first row.
    QVariant scalar(const QString &sql, const QVariantList &binds = {});

    std::unique_ptr<redress::LocalDatabase> database;
    std::unique_ptr<redress::CacheNotifier> notifier;
    std::unique_ptr<redress::ServerClient> client;
    std::unique_ptr<redress::MemoryCredentialStore> credentials;
    std::unique_ptr<redress::SessionManager> session;
    std::unique_ptr<redress::SyncEngine> sync;
    std::unique_ptr<redress::CaseActions> actions;
};
