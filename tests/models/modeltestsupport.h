#pragma once

#include "servertestsupport.h"

#include <QTemporaryDir>

/// The real redress-server binary with the demo organisation (40 customers, 80 cases, demo users whose password is
/// kPassword) on a free loopback port, on a throwaway SQLite file. Survives stop()/start() with its data, so a test
/// can take the server away and bring it back.
class DemoServer
{
public:
    static inline const QString kPassword = QStringLiteral("redress-demo");

    bool start();
    void stop() { m_process.stop(); }
    /// Stops the process with SIGKILL, as a crash would.
    void kill();
    QString baseUrl() const { return m_process.baseUrl(); }
    ServerProcess &process() { return m_process; }
    QString databasePath() const { return m_dir.filePath(QStringLiteral("server.sqlite")); }

private:
    QTemporaryDir m_dir;
    ServerProcess m_process;
    QString m_listen;
};
