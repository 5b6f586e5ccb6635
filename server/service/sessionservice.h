#pragma once

#include "principal.h"
#include "result.h"

#include <QDateTime>
#include <QHash>

namespace redress {

class AuditChain;
class Database;
class UserDirectory;

/// Signing in and out, and recognising a bearer token.
///
/// Tokens are 256 random bits; only their SHA-256 is stored. A session ends after `idleTimeout` without a request
/// or `absoluteLifetime` after sign-in, whichever is first. Failed sign-ins are counted per account: after
/// kFreeAttempts the account is locked for a time that doubles with each further failure (30 s … 15 min), and a
/// locked account is answered without checking the password, so guessing stays slow. Every attempt is audited.
class SessionService
{
public:
    struct Settings
    {
        qint64 idleTimeoutMs = 2 * 60 * 60 * 1000;        // 2 h: a lunch break, not a night
        qint64 absoluteLifetimeMs = 12 * 60 * 60 * 1000;  // one long shift
    };
    struct SignedIn
    {
        QString token;
        QDateTime expiresAt;
        User user;
    };
    static constexpr int kFreeAttempts = 5;

    SessionService(Database &database, AuditChain &auditCache, UserDirectory &users, Settings settings)
        : m_database(database), m_auditCache(auditCache), m_users(users), m_settings(settings) {}

    /// Error codes: "auth.invalid" (wrong name or password, one message for both), "auth.locked" (where = seconds
    /// to wait), "auth.disabled" reads as auth.invalid to the caller on purpose.
    Result<SignedIn> signIn(const QString &username, const QString &password, const QString &deviceId,
                            const QString &remoteAddress);
    /// The principal behind "Bearer TOKEN"; "auth.required" when absent, expired, ended or the user is disabled.
    Result<Principal> authenticate(const QByteArray &authorizationHeader);
    Result<void> signOut(const Principal &principal);

    /// How long a checked session is trusted without asking the database again. A sign-out here takes effect at
    /// once; one on another instance, or a user disabled by redress-admin, within this time.
    static constexpr qint64 kRecheckMs = 1000;

private:
    struct CachedSession
    {
        Principal principal;
        qint64 checkedAt = 0;
        qint64 expiresAt = 0;
    };

    Result<void> recordFailure(const QString &userId, int failures, const QString &username, const QString &deviceId,
                               const QString &remoteAddress, const QString &why);

    Database &m_database;
    AuditChain &m_auditCache;
    UserDirectory &m_users;
    Settings m_settings;
    QHash<QString, CachedSession> m_recent; ///< by token digest: most requests skip two queries
};

} // namespace redress
