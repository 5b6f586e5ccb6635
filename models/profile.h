#pragma once

#include "result.h"

#include <QString>
#include <QUrl>

namespace redress {

/// Which world the client works in: live (production), demo (the demo organisation on a local server) or
/// sandbox (training on a scratch server). Each has its own database file, server and credential key, so
/// nothing of one profile can leak into another.
///
/// The rules create() enforces, and why:
/// - The server is http or https with a host: the sync engine speaks nothing else.
/// - Demo runs on loopback only: the client starts the demo server itself on this machine (DESIGN.md,
///   "Deployment"), so a demo pointing anywhere else is a mistake — possibly a live server.
/// - Sandbox may run on loopback or on a training server elsewhere, but it must be provably not the live
///   server: its origin (scheme, host, port) must differ from the live server's, and off loopback it must not
///   even share the live server's host (another port on that machine may well reach live data). A
///   non-loopback sandbox is refused when the live server is not known, because then nothing can be proved.
///   The check is on names, not DNS: two names for one machine are not caught, which is why allowsRequestTo()
///   pins every request to this profile's own origin as well.
/// - Demo must not be on the live server's origin either (a live server on loopback, as in development).
///
/// Only Live uses the OS keychain; demo and sandbox tokens are throwaway and kept in memory, so a sandbox can
/// never read a live token — and credentialKey() names the kind, so even a shared store would not mix them.
class Profile
{
public:
    enum class Kind
    {
        Live,
        Demo,
        Sandbox
    };

    static Result<Profile> create(
        Kind kind, const QUrl &serverUrl, const QString &dataDir, const QUrl &liveServerUrl = {});

    /// "live", "demo", "sandbox": used in file names, keys and on the command line.
    static QString kindName(Kind kind);
    static Result<Kind> kindFromName(const QString &name);
    /// 127.0.0.0/8, ::1 or "localhost".
    static bool isLoopback(const QUrl &url);
    /// "scheme://host:port" with the port always written and ws/wss counted as http/https, so that two URLs
    /// reaching the same server compare equal.
    static QString origin(const QUrl &url);

    Kind kind() const { return m_kind; }
    QString name() const { return kindName(m_kind); }
    const QUrl &serverUrl() const { return m_serverUrl; }
    /// This profile's own cache file: `dataDir/<name>.sqlite`.
    const QString &databasePath() const { return m_databasePath; }
    /// The key its session token is stored under, e.g. "live:https://redress.example.com:443".
    QString credentialKey() const;
    /// Only live tokens are worth keeping across runs; demo and sandbox ones stay in memory.
    bool usesKeychain() const { return m_kind == Kind::Live; }

    /// Refuses any URL outside this profile's server (another scheme, host or port), naming both, so that a
    /// sandbox or demo client cannot be talked into reaching the live server. WebSocket URLs to the same
    /// server are allowed.
    Result<void> allowsRequestTo(const QUrl &url) const;

private:
    Profile(Kind kind, QUrl serverUrl, QString databasePath);

    Kind m_kind;
    QUrl m_serverUrl;
    QString m_databasePath;
};

} // namespace redress
