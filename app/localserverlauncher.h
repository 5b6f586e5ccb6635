#pragma once

#include <QObject>
#include <QTemporaryDir>
#include <QUrl>

class QProcess;
class QTimer;

namespace redress {

/// A redress-server on this computer for the client that starts it, on a free loopback port: `redress --demo` runs
/// `redress-server --demo` with a throwaway SQLite database (deleted when the client goes); `redress --training`
/// runs `redress-server --sandbox` with a database kept in the sandbox folder, so trainees' results survive a
/// restart. It reports the address once the server listens and stops the server when the client goes.
class LocalServerLauncher final : public QObject
{
    Q_OBJECT

public:
    enum class Mode { Demo, Sandbox };

    /// `keepDir`: where a sandbox keeps its database; a demo always uses a throwaway folder.
    explicit LocalServerLauncher(Mode mode = Mode::Demo, const QString &keepDir = {}, QObject *parent = nullptr);
    ~LocalServerLauncher() override;

    /// Where the server binary is looked for: beside this program, in the build tree's server/ folder, then PATH.
    static QString findServer(const QString &applicationDir);
    void start(const QString &serverPath);
    void stop();
    QUrl url() const { return m_url; }
    /// Where the server's database is, and the client's cache goes too: the sandbox's folder, or for a demo a
    /// throwaway folder that lives as long as the launcher.
    QString dataDir() const { return m_mode == Mode::Sandbox ? m_keepDir : m_dir.path(); }

Q_SIGNALS:
    void ready(const QUrl &url);
    void failed(const QString &message);

private:
    void readOutput();
    void fail(const QString &message);

    Mode m_mode;
    QString m_keepDir;
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
