#pragma once

#include <QObject>
#include <QTemporaryDir>
#include <QUrl>

class QProcess;
class QTimer;

namespace redress {

/// `redress --demo`: runs `redress-server --demo` on a free loopback port with a throwaway SQLite database, reports
/// its address once it listens, and stops it (and deletes the database) when the client goes.
class DemoServerLauncher final : public QObject
{
    Q_OBJECT

public:
    explicit DemoServerLauncher(QObject *parent = nullptr);
    ~DemoServerLauncher() override;

    /// Where the server binary is looked for: beside this program, in the build tree's server/ folder, then PATH.
    static QString findServer(const QString &applicationDir);
    void start(const QString &serverPath);
    void stop();
    QUrl url() const { return m_url; }
    /// A throwaway folder that lives as long as the launcher (the client's demo cache goes here too).
    QString dataDir() const { return m_dir.path(); }

Q_SIGNALS:
    void ready(const QUrl &url);
    void failed(const QString &message);

private:
    void readOutput();
    void fail(const QString &message);

    QTemporaryDir m_dir;
    QProcess *m_process;
    QTimer *m_timeout;
    QByteArray m_output;
    QByteArray m_errors;
    bool m_stopping = false;
    QUrl m_url;
    bool m_failed = false;
};

} // namespace redress
