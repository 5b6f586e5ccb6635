#include "demoserverlauncher.h"

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

DemoServerLauncher::DemoServerLauncher(QObject *parent)
    : QObject(parent), m_dir(QDir::tempPath() + QStringLiteral("/redress-demo-XXXXXX")), m_process(new QProcess(this)),
      m_timeout(new QTimer(this))
{
    m_process->setProcessChannelMode(QProcess::SeparateChannels);
#ifdef Q_OS_LINUX
    // If the client dies without stopping it (killed, crashed), the kernel stops the demo server too.
    m_process->setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
#endif
    m_timeout->setSingleShot(true);
    connect(m_process, &QProcess::readyReadStandardOutput, this, &DemoServerLauncher::readOutput);
    connect(m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            fail(tr("The demo server could not be started: %1").arg(m_process->errorString()));
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
            fail(tr("The demo server stopped before it was ready (exit status %1). %2").arg(code).arg(detail));
        else
            fail(tr("The demo server stopped (exit status %1); the demo cannot go on. %2").arg(code).arg(detail));
    });
    connect(m_timeout, &QTimer::timeout, this, [this] {
        stop(); // first, so a server that starts listening now cannot open the window behind the message
        fail(tr("The demo server did not start listening within %1 seconds.").arg(kStartTimeoutMs / 1000));
    });
}

DemoServerLauncher::~DemoServerLauncher()
{
    stop();
}

QString DemoServerLauncher::findServer(const QString &applicationDir)
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

void DemoServerLauncher::start(const QString &serverPath)
{
    if (!m_dir.isValid())
        return fail(tr("No temporary folder for the demo: %1").arg(m_dir.errorString()));
    if (serverPath.isEmpty())
        return fail(tr("redress-server was not found beside redress, in the build tree or on PATH."));
    m_failed = false;
    m_stopping = false;
    m_output.clear();
    m_errors.clear();
    m_url.clear();
    m_process->start(serverPath, {QStringLiteral("--db"), QStringLiteral("sqlite:") + m_dir.filePath(QStringLiteral("server.sqlite")),
                                  QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"), QStringLiteral("--demo")});
    m_timeout->start(kStartTimeoutMs);
}

void DemoServerLauncher::stop()
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

void DemoServerLauncher::readOutput()
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

void DemoServerLauncher::fail(const QString &message)
{
    if (m_failed)
        return;
    m_failed = true;
    Q_EMIT failed(message);
}

} // namespace redress
