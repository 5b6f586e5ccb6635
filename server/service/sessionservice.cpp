#include "sessionservice.h"

#include "database.h"
#include "passwordhasher.h"
#include "userdirectory.h"
#include "writetransaction.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QTimeZone>

#include <algorithm>

namespace redress {
namespace {

Error invalidCredentials()
{
    return Error{QStringLiteral("auth.invalid"),
                 QCoreApplication::translate("SessionService", "Wrong username or password."), {}};
}

Error authRequired(const QString &message)
{
    return Error{QStringLiteral("auth.required"), message, {}};
}

qint64 lockMs(int failures)
{
    const int over = failures - SessionService::kFreeAttempts;
    if (over < 0)
        return 0;
    return std::min<qint64>(qint64(30'000) << std::min(over, 10), 15 * 60 * 1000);
}

} // namespace

Result<SessionService::SignedIn> SessionService::signIn(const QString &username, const QString &password,
                                                        const QString &deviceId, const QString &remoteAddress)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    Result<QSqlQuery *> query = m_database.exec(
        QStringLiteral("SELECT id, password_hash, disabled, failed_logins, locked_until FROM users WHERE username = ?"),
        {username});
    if (!query)
        return query.error();
    QSqlQuery &row = *query.value();
    if (!row.next()) {
        PasswordHasher::verifyDummy(password);
        if (Result<void> audited = recordFailure({}, 0, username, deviceId, remoteAddress, QStringLiteral("unknown user"));
            !audited) {
            return audited.error();
        }
        return invalidCredentials();
    }
    const QString userId = row.value(0).toString();
    const QString hash = row.value(1).toString();
    const bool disabled = row.value(2).toInt() != 0;
    const int failures = row.value(3).toInt();
    const qint64 lockedUntil = row.value(4).toLongLong();
    row.finish();

    if (lockedUntil > now) {
        const qint64 seconds = (lockedUntil - now + 999) / 1000;
        if (Result<void> audited = recordFailure(userId, failures, username, deviceId, remoteAddress, QStringLiteral("locked"));
            !audited) {
            return audited.error();
        }
        return Error{QStringLiteral("auth.locked"),
                     QCoreApplication::translate("SessionService", "Too many failed sign-ins; try again in %n second(s).",
                                                 nullptr, int(seconds)),
                     QString::number(seconds)};
    }
    if (!PasswordHasher::verify(hash, password) || disabled) {
        const QString why = disabled ? QStringLiteral("disabled") : QStringLiteral("wrong password");
        if (Result<void> audited = recordFailure(userId, failures + 1, username, deviceId, remoteAddress, why); !audited)
            return audited.error();
        return invalidCredentials();
    }

    Result<std::optional<User>> user = m_users.findById(userId);
    if (!user)
        return user.error();
    if (!user.value() || user.value()->disabled)
        return invalidCredentials();

    SignedIn signedIn;
    signedIn.token = PasswordHasher::randomToken();
    signedIn.user = *user.value();
    signedIn.expiresAt = QDateTime::fromMSecsSinceEpoch(now + m_settings.absoluteLifetimeMs, Qt::UTC);

    WriteTransaction transaction(m_database, m_auditCache);
    if (Result<void> begun = transaction.begin(); !begun)
        return begun.error();
    if (Result<QSqlQuery *> reset = m_database.exec(
            QStringLiteral("UPDATE users SET failed_logins = 0, locked_until = 0 WHERE id = ?"), {userId});
        !reset) {
        return reset.error();
    }
    if (Result<QSqlQuery *> stored = m_database.exec(
            QStringLiteral("INSERT INTO sessions (token_hash, user_id, device_id, created_at, last_seen_at, expires_at) "
                           "VALUES (?, ?, ?, ?, ?, ?)"),
            {PasswordHasher::tokenDigest(signedIn.token), userId, deviceId, now, now,
             now + m_settings.absoluteLifetimeMs});
        !stored) {
        return stored.error();
    }
    if (Result<void> audited = transaction.audit(username, deviceId, QStringLiteral("session.sign_in"),
                                                 QStringLiteral("user"), userId, {},
                                                 QJsonObject{{QStringLiteral("remote"), remoteAddress}});
        !audited) {
        return audited.error();
    }
    if (Result<void> committed = transaction.commit(); !committed)
        return committed.error();
    if (PasswordHasher::needsRehash(hash)) {
        (void)m_database.exec(QStringLiteral("UPDATE users SET password_hash = ? WHERE id = ?"),
                              {PasswordHasher::hash(password), userId});
    }
    return signedIn;
}

Result<void> SessionService::recordFailure(const QString &userId, int failures, const QString &username,
                                           const QString &deviceId, const QString &remoteAddress, const QString &why)
{
    WriteTransaction transaction(m_database, m_auditCache);
    if (Result<void> begun = transaction.begin(); !begun)
        return begun;
    if (!userId.isEmpty() && why != QLatin1String("locked")) {
        const qint64 lock = lockMs(failures);
        Result<QSqlQuery *> counted = m_database.exec(
            QStringLiteral("UPDATE users SET failed_logins = ?, locked_until = ? WHERE id = ?"),
            {failures, lock > 0 ? QDateTime::currentMSecsSinceEpoch() + lock : 0, userId});
        if (!counted)
            return counted.error();
    }
    // The attempted name is kept (cut short): it tells an operator which account is being guessed at.
    if (Result<void> audited = transaction.audit(username.left(64).isEmpty() ? QStringLiteral("(empty)") : username.left(64),
                                                 deviceId.isEmpty() ? QStringLiteral("unknown") : deviceId.left(64),
                                                 QStringLiteral("session.sign_in_failed"), QStringLiteral("user"), userId,
                                                 {},
                                                 QJsonObject{{QStringLiteral("reason"), why},
                                                             {QStringLiteral("remote"), remoteAddress},
                                                             {QStringLiteral("failures"), failures}});
        !audited) {
        return audited;
    }
    return transaction.commit();
}

Result<Principal> SessionService::authenticate(const QByteArray &authorizationHeader)
{
    static const QByteArray bearer("Bearer ");
    if (!authorizationHeader.startsWith(bearer) || authorizationHeader.size() > 256)
        return authRequired(QCoreApplication::translate("SessionService", "Sign in first: send Authorization: Bearer TOKEN."));
    const QString token = QString::fromLatin1(authorizationHeader.mid(bearer.size()).trimmed());
    const QString digest = PasswordHasher::tokenDigest(token);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (const auto recent = m_recent.constFind(digest);
        recent != m_recent.constEnd() && now - recent->checkedAt < kRecheckMs && now < recent->expiresAt) {
        return recent->principal;
    }
    Result<QSqlQuery *> query = m_database.exec(
        QStringLiteral("SELECT user_id, device_id, last_seen_at, expires_at, ended_at FROM sessions WHERE token_hash = ?"),
        {digest});
    if (!query)
        return query.error();
    QSqlQuery &row = *query.value();
    if (!row.next())
        return authRequired(QCoreApplication::translate("SessionService", "The session is unknown; sign in again."));
    const QString userId = row.value(0).toString();
    const QString deviceId = row.value(1).toString();
    const qint64 lastSeen = row.value(2).toLongLong();
    const qint64 expiresAt = row.value(3).toLongLong();
    const bool ended = !row.value(4).isNull();
    row.finish();
    if (ended || now >= expiresAt || now - lastSeen >= m_settings.idleTimeoutMs)
        return authRequired(QCoreApplication::translate("SessionService", "The session has ended; sign in again."));
    Result<std::optional<User>> user = m_users.findById(userId);
    if (!user)
        return user.error();
    if (!user.value() || user.value()->disabled)
        return authRequired(QCoreApplication::translate("SessionService", "The session has ended; sign in again."));
    // Touch at most once a minute: a write per request would serialise every reader behind the writer.
    if (now - lastSeen > 60'000) {
        (void)m_database.exec(QStringLiteral("UPDATE sessions SET last_seen_at = ? WHERE token_hash = ?"), {now, digest});
    }
    const Principal principal{*user.value(), deviceId, digest};
    if (m_recent.size() >= 10'000)
        m_recent.clear(); // bounded: a flood of distinct tokens costs queries, never memory
    m_recent.insert(digest, CachedSession{principal, now, std::min(expiresAt, lastSeen + m_settings.idleTimeoutMs)});
    return principal;
}

Result<void> SessionService::signOut(const Principal &principal)
{
    m_recent.remove(principal.tokenDigest);
    WriteTransaction transaction(m_database, m_auditCache);
    if (Result<void> begun = transaction.begin(); !begun)
        return begun;
    if (Result<QSqlQuery *> ended = m_database.exec(QStringLiteral("UPDATE sessions SET ended_at = ? WHERE token_hash = ?"),
                                                  {QDateTime::currentMSecsSinceEpoch(), principal.tokenDigest});
        !ended) {
        return ended.error();
    }
    if (Result<void> audited = transaction.audit(principal.user.username, principal.deviceId,
                                                 QStringLiteral("session.sign_out"), QStringLiteral("user"),
                                                 principal.user.id, {}, {});
        !audited) {
        return audited;
    }
    return transaction.commit();
}

} // namespace redress
