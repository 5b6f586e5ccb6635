#include "sessionmanager.h"

#include "cachestore.h"
#include "credentialstore.h"
#include "jsontext.h"
#include "localdatabase.h"
#include "outbox.h"
#include "serverclient.h"

#include <QJsonDocument>
#include <QPointer>
#include <QUuid>

namespace redress {
SessionManager::SessionManager(Profile profile, LocalDatabase &database, CredentialStore &credentials,
                               ServerClient &client, QObject *parent)
    : QObject(parent)
    , m_profile(std::move(profile))
    , m_database(database)
    , m_credentials(credentials)
    , m_client(client)
{
    // Every request this session makes stays on the profile's own server: a sandbox never reaches a live one.
    m_client.setRequestGuard([profile = m_profile](const QUrl &url) { return profile.allowsRequestTo(url); });
}

void SessionManager::restore()
{
    QPointer<SessionManager> self(this);
    m_credentials.read(m_profile.credentialKey(), [self](Result<QString> stored) {
        if (!self)
            return;
        if (!stored) {
            if (stored.error().code == CredentialStore::unavailableCode)
                Q_EMIT self->notice(stored.error().message);
            Q_EMIT self->needsSignIn(QString());
            return;
        }
        const QJsonObject saved = storedJson(*stored);
        Result<QString> device = Outbox(self->m_database).deviceId();
        Result<QString> userText = self->m_database.meta(QStringLiteral("user"));
        const QJsonObject user = userText ? storedJson(*userText) : QJsonObject();
        // A token is only good with the device it signed in from and the user this cache belongs to.
        if (!device || saved.value(QLatin1String("device_id")).toString() != *device
            || user.value(QLatin1String("username")).toString() != saved.value(QLatin1String("username")).toString()) {
            Q_EMIT self->needsSignIn(tr("Please sign in again."));
            return;
        }
        self->m_client.setToken(saved.value(QLatin1String("token")).toString());
        self->m_user = user;
        Q_EMIT self->signedIn(user);
    });
}

Result<bool> SessionManager::isHandover(const QString &username)
{
    Result<QString> userText = m_database.meta(QStringLiteral("user"));
    if (!userText)
        return userText.error();
    const QString previousName = storedJson(*userText).value(QLatin1String("username")).toString();
    if (previousName.isEmpty() || previousName == username)
        return false;
    Outbox outbox(m_database);
    Result<int> pending = outbox.pendingCount();
    if (!pending)
        return pending.error();
    Result<QList<OutboxEntry>> attention = outbox.needingAttention();
    if (!attention)
        return attention.error();
    if (*pending > 0) {
        return Error{QStringLiteral("session.other_user"),
                     tr("%1 has %n unsynced action(s) on this desk. Sign in as %1 to send them first.", nullptr, *pending)
                         .arg(previousName),
                     {}};
    }
    if (!attention->isEmpty()) {
        return Error{QStringLiteral("session.other_user"),
                     tr("%1 has %n refused action(s) on this desk not yet seen. Sign in as %1 to review them first.", nullptr,
                        int(attention->size()))
                         .arg(previousName),
                     {}};
    }
    return true;
}

Result<void> SessionManager::handOver(const QString &deviceId)
{
    // The previous user's copy is of their scope; the new user gets their own, under a device id of their own
    // (the server binds a device to the first user who pushed from it).
    CacheStore store(m_database);
    return m_database.write([&]() -> Result<void> {
        if (Result<void> forgotten = store.forgetServerData(); !forgotten)
            return forgotten;
        for (const char *statement : {"DELETE FROM outbox", "DELETE FROM documents",
                                      "DELETE FROM meta WHERE key IN ('user', 'limits', 'cursor', 'last_seq')"}) {
            if (Result<QSqlQuery *> done = m_database.exec(QString::fromLatin1(statement)); !done)
                return done.error();
        }
        return m_database.setMeta(QStringLiteral("device_id"), deviceId);
    });
}

void SessionManager::signIn(const QString &username, const QString &password)
{
    // Nothing of the previous user's is touched before the server accepted the new one.
    Result<bool> handover = isHandover(username);
    if (!handover) {
        Q_EMIT signInFailed(handover.error().message);
        return;
    }
    Result<QString> device = *handover ? Result<QString>(QUuid::createUuid().toString(QUuid::WithoutBraces))
                                       : Outbox(m_database).deviceId();
    if (!device) {
        Q_EMIT signInFailed(device.error().message);
        return;
    }
    QPointer<SessionManager> self(this);
    m_client.signIn(username, password, *device,
                    [self, handedOver = *handover, deviceId = *device](Result<ServerClient::SignIn> answer) {
                        if (!self)
                            return;
                        if (!answer) {
                            Q_EMIT self->signInFailed(answer.error().message);
                            return;
                        }
                        if (handedOver) {
                            if (Result<void> done = self->handOver(deviceId); !done) {
                                Q_EMIT self->signInFailed(done.error().message);
                                return;
                            }
                        }
                        self->completeSignIn(answer->token, answer->user);
                    });
}

void SessionManager::completeSignIn(const QString &token, const QJsonObject &user)
{
    m_client.setToken(token);
    if (Result<void> saved = m_database.setMeta(QStringLiteral("user"), compactJson(user)); !saved) {
        Q_EMIT signInFailed(saved.error().message);
        return;
    }
    // Fetch the user's limits and the rules in force at the first sync after every sign-in.
    if (Result<void> stale = m_database.setMeta(QStringLiteral("documents_stale"), QStringLiteral("1")); !stale) {
        Q_EMIT signInFailed(stale.error().message);
        return;
    }
    m_user = user;
    Result<QString> device = Outbox(m_database).deviceId();
    const QJsonObject remembered{{QStringLiteral("token"), token},
                                 {QStringLiteral("username"), user.value(QLatin1String("username"))},
                                 {QStringLiteral("device_id"), device ? *device : QString()}};
    QPointer<SessionManager> self(this);
    m_credentials.write(m_profile.credentialKey(), compactJson(remembered), [self](Result<void> written) {
        if (self && !written)
            Q_EMIT self->notice(written.error().message);
    });
    Q_EMIT signedIn(user);
}

void SessionManager::signOut()
{
    m_client.signOut([](Result<void>) {});
    m_credentials.remove(m_profile.credentialKey(), [](Result<void>) {});
    m_user = {};
    Q_EMIT needsSignIn(tr("You signed out."));
}

void SessionManager::sessionExpired()
{
    m_client.setToken(QString());
    m_credentials.remove(m_profile.credentialKey(), [](Result<void>) {});
    m_user = {};
    Q_EMIT needsSignIn(tr("Your session ended; please sign in again. Unsynced work is kept and sent after you sign in."));
}

} // namespace redress
