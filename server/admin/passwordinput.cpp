#include "passwordinput.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QStringDecoder>

#include <cerrno>
#include <cstdio>

#if defined(Q_OS_UNIX)
#include <csignal>
#include <termios.h>
#include <unistd.h>
#endif

namespace redress::admin {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("PasswordInput", text);
}

// Well past UserDirectory's 1,024-character limit even in 4-byte UTF-8, so the length rule stays in one place; a line
// longer than this is refused without being read whole.
constexpr qsizetype kMaxLineBytes = 4 * 1024 + 2;

Error passwordError(const QString &code, const QString &message)
{
    return Error{code, message, QStringLiteral("password")};
}

// Overwrites a buffer that held a password; volatile so the compiler cannot drop the stores as dead.
void wipe(QByteArray &bytes)
{
    volatile char *data = bytes.data();
    for (qsizetype i = 0; i < bytes.size(); ++i)
        data[i] = 0;
    bytes.clear();
}

#if defined(Q_OS_UNIX)
// One line from file descriptor 0, without the line ending. Read byte by byte: nothing after the newline is taken
// from the pipe, and no stdio buffer keeps a copy of the password.
Result<QByteArray> readLine()
{
    QByteArray line;
    line.reserve(128);
    char byte = 0;
    for (;;) {
        const ssize_t got = ::read(STDIN_FILENO, &byte, 1);
        if (got < 0 && errno == EINTR)
            continue;
        if (got < 0) {
            wipe(line);
            return passwordError(QStringLiteral("user.password"), tr("Cannot read the password from standard input."));
        }
        if (got == 0 || byte == '\n')
            break;
        if (line.size() >= kMaxLineBytes) {
            wipe(line);
            return passwordError(QStringLiteral("user.password"), tr("A password has 8 to 1024 characters."));
        }
        line.append(byte);
    }
    if (line.endsWith('\r')) // a file written on Windows
        line.chop(1);
    return line;
}

// The terminal's settings while echo is off, for the signal handler to put back: Ctrl-C at the prompt must not leave
// the shell without echo.
struct termios g_savedTerminal;

extern "C" void restoreTerminalAndReraise(int signalNumber)
{
    ::tcsetattr(STDIN_FILENO, TCSANOW, &g_savedTerminal); // async-signal-safe
    std::signal(signalNumber, SIG_DFL);
    std::raise(signalNumber);
}

/// Turns the terminal's echo off for its lifetime (the newline still echoes, so the next prompt starts on its own line).
class EchoOff
{
public:
    EchoOff()
    {
        if (::tcgetattr(STDIN_FILENO, &g_savedTerminal) != 0)
            return;
        struct sigaction action = {};
        action.sa_handler = &restoreTerminalAndReraise;
        sigemptyset(&action.sa_mask);
        for (int i = 0; i < kSignalCount; ++i)
            ::sigaction(kSignals[i], &action, &m_previous[i]);
        struct termios quiet = g_savedTerminal;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        quiet.c_lflag |= ECHONL;
        m_active = ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet) == 0;
        if (!m_active)
            restoreHandlers();
    }
    ~EchoOff()
    {
        if (!m_active)
            return;
        ::tcsetattr(STDIN_FILENO, TCSANOW, &g_savedTerminal);
        restoreHandlers();
    }
    Q_DISABLE_COPY_MOVE(EchoOff)

    bool isActive() const { return m_active; }

private:
    void restoreHandlers()
    {
        for (int i = 0; i < kSignalCount; ++i)
            ::sigaction(kSignals[i], &m_previous[i], nullptr);
    }

    static constexpr int kSignalCount = 4;
    static constexpr int kSignals[kSignalCount] = {SIGINT, SIGTERM, SIGHUP, SIGQUIT};
    struct sigaction m_previous[kSignalCount] = {};
    bool m_active = false;
};

void prompt(const QString &text)
{
    const QByteArray bytes = text.toLocal8Bit();
    std::fwrite(bytes.constData(), 1, std::size_t(bytes.size()), stderr);
    std::fflush(stderr);
}
#endif

Result<QString> decode(QByteArray &bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8);
    QString text = decoder(bytes);
    wipe(bytes);
    if (decoder.hasError())
        return passwordError(QStringLiteral("user.password"), tr("The password is not valid UTF-8 text."));
    return text;
}

} // namespace

Result<QString> PasswordInput::read(const QString &promptText)
{
#if defined(Q_OS_UNIX)
    if (!::isatty(STDIN_FILENO)) {
        Result<QByteArray> line = readLine();
        if (!line)
            return line.error();
        if (line->isEmpty()) {
            return passwordError(QStringLiteral("user.password"),
                                 tr("No password on standard input: give it as one line, e.g. from a password manager, "
                                    "or run the command in a terminal to be asked for it."));
        }
        return decode(line.value());
    }
    const EchoOff echoOff;
    if (!echoOff.isActive()) {
        return passwordError(QStringLiteral("user.password"),
                             tr("Cannot turn off the terminal's echo; give the password on standard input instead."));
    }
    prompt(promptText);
    Result<QByteArray> first = readLine();
    if (!first)
        return first.error();
    if (first->isEmpty())
        return passwordError(QStringLiteral("user.password"), tr("No password given."));
    prompt(tr("Repeat the password: "));
    Result<QByteArray> second = readLine();
    if (!second) {
        wipe(first.value());
        return second.error();
    }
    const bool same = first.value() == second.value();
    wipe(second.value());
    if (!same) {
        wipe(first.value());
        return passwordError(QStringLiteral("user.password_mismatch"), tr("The two passwords differ; nothing was changed."));
    }
    return decode(first.value());
#else
    Q_UNUSED(promptText)
    // Only Unix terminals are handled here (redress-admin runs where the server runs); a pipe is portable.
    QByteArray line;
    for (int c = std::getchar(); c != EOF && c != '\n'; c = std::getchar()) {
        if (line.size() >= kMaxLineBytes) {
            wipe(line);
            return passwordError(QStringLiteral("user.password"), tr("A password has 8 to 1024 characters."));
        }
        line.append(char(c));
    }
    if (line.endsWith('\r'))
        line.chop(1);
    if (line.isEmpty())
        return passwordError(QStringLiteral("user.password"), tr("No password on standard input: give it as one line."));
    return decode(line);
#endif
}

} // namespace redress::admin
