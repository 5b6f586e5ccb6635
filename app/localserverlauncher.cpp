#include "localserverlauncher.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTimer>

#ifdef Q_OS_LINUX
#include <csignal>
#include <sys/prctl.h>
#endif

namespace redress {
namespace {

constexpr int kStartTimeoutMs = 30'000;

} // namespace

LocalServerLauncher::LocalServerLauncher(Mode mode, const QString &keepDir, QObject *parent)
    : QObject(parent), m_mode(mode), m_keepDir(keepDir), m_dir(QDir::tempPath() + QStringLiteral("/redress-demo-XXXXXX")), m_process(new QProcess(this)),
      m_timeout(new QTimer(this))
{
    m_process->setProcessChannelMode(QProcess::SeparateChannels);
#ifdef Q_OS_LINUX
    // If the client dies without stopping it (killed, crashed), the kernel stops the server too.
    m_process->setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
#endif
    m_timeout->setSingleShot(true);
    connect(m_process, &QProcess::readyReadStandardOutput, this, &LocalServerLauncher::readOutput);
    connect(m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            fail((m_mode == Mode::Sandbox ? tr("The sandbox server could not be started: %1")
                                          : tr("The demo server could not be started: %1"))
                     .arg(m_process->errorString()));
    });
    connect(m_process, &QProcess::readyReadStandardError, this, [this] {
        // Kept for the message if it fails; bounded, since a server may write to stderr all day.
        m_errors += m_process->readAllStandardError();
        m_errors = m_errors.right(4096);
    });
    connect(m_process, &QProcess::finished, this, [this](int code, QProcess::ExitStatus) {
        if (m_stopping)
            return;
        m_errors += m_process->readAllStandardError();
        const QString detail = QString::fromLocal8Bit(m_errors).trimmed().right(2000);
        if (m_url.isEmpty())
            fail((m_mode == Mode::Sandbox ? tr("The sandbox server stopped before it was ready (exit status %1). %2")
                                          : tr("The demo server stopped before it was ready (exit status %1). %2"))
                     .arg(code)
                     .arg(detail));
        else
            fail((m_mode == Mode::Sandbox ? tr("The sandbox server stopped (exit status %1); training cannot go on. %2")
                                          : tr("The demo server stopped (exit status %1); the demo cannot go on. %2"))
                     .arg(code)
                     .arg(detail));
    });
    connect(m_timeout, &QTimer::timeout, this, [this] {
        stop(); // first, so a server that starts listening now cannot open the window behind the message
        fail((m_mode == Mode::Sandbox ? tr("The sandbox server did not start listening within %1 seconds.")
                                      : tr("The demo server did not start listening within %1 seconds."))
                 .arg(kStartTimeoutMs / 1000));
    });
}

LocalServerLauncher::~LocalServerLauncher()
{
    stop();
}

QString LocalServerLauncher::findServer(const QString &applicationDir)
{
    const QString name = QStringLiteral("redress-server");
    const QStringList candidates{applicationDir + QLatin1Char('/') + name, applicationDir + QStringLiteral("/../server/") + name};
    for (const QString &candidate : candidates) {
        const QFileInfo info(candidate);
        if (info.isExecutable() && info.isFile())
            return info.canonicalFilePath();
    }
    return QStandardPaths::findExecutable(name);
}

void LocalServerLauncher::start(const QString &serverPath)
{
    if (m_mode == Mode::Demo && !m_dir.isValid())
        return fail(tr("No temporary folder for the demo: %1").arg(m_dir.errorString()));
    if (m_mode == Mode::Sandbox && (m_keepDir.isEmpty() || !QDir().mkpath(m_keepDir)))
        return fail(tr("Cannot create the sandbox folder %1.").arg(m_keepDir));
    if (serverPath.isEmpty())
        return fail(tr("redress-server was not found beside redress, in the build tree or on PATH."));
    m_failed = false;
    m_stopping = false;
    m_output.clear();
    m_errors.clear();
    m_url.clear();
    const QString database = QDir(dataDir()).filePath(m_mode == Mode::Sandbox ? QStringLiteral("sandbox-server.sqlite")
                                                                               : QStringLiteral("server.sqlite"));
    m_process->start(serverPath, {QStringLiteral("--db"), QStringLiteral("sqlite:") + database, QStringLiteral("--listen"),
                                  QStringLiteral("127.0.0.1:0"),
                                  m_mode == Mode::Sandbox ? QStringLiteral("--sandbox") : QStringLiteral("--demo")});
    m_timeout->start(kStartTimeoutMs);
}

void LocalServerLauncher::stop()
{
    m_timeout->stop();
    if (m_process->state() == QProcess::NotRunning)
        return;
    m_stopping = true;
    m_process->terminate();
    if (!m_process->waitForFinished(5000)) {
        m_process->kill();
        m_process->waitForFinished(2000);
    }
}

void LocalServerLauncher::readOutput()
{
    if (!m_url.isEmpty()) {
        m_process->readAllStandardOutput(); // the banner was all we needed; the rest is not kept
        return;
    }
    m_output += m_process->readAllStandardOutput();
    static const QRegularExpression listening(QStringLiteral("listening on (https?://[^\\s]+)"));
    const QRegularExpressionMatch match = listening.match(QString::fromUtf8(m_output));
    if (!match.hasMatch()) {
        if (m_output.size() > 64 * 1024)
            m_output = m_output.right(4096); // the banner is near the start; never grow without bound
        return;
    }
    m_timeout->stop();
    m_url = QUrl(match.captured(1));
    Q_EMIT ready(m_url);
}

void LocalServerLauncher::fail(const QString &message)
{
    if (m_failed)
        return;
    m_failed = true;
    Q_EMIT failed(message);
}

} // namespace redress
