#pragma once

#include "profile.h"
#include "result.h"

#include <QJsonObject>
#include <QObject>

namespace redress {

class CredentialStore;
class LocalDatabase;
class ServerClient;

/// Signing in and staying signed in, for one profile.
///
/// The session token is kept in the profile's credential store (the OS keychain for live work) with the device id
/// and username it belongs to, never in a file. When no keychain is available the session lasts as long as the
/// program, and the user is told why they will be asked to sign in next time.
///
/// A local cache belongs to one user at a time: another user may sign in on it only when the previous user has no
/// unsynced work; the cache is then emptied and filled again from the server with the new user's scope.
class SessionManager : public QObject
{
    Q_OBJECT

public:
    SessionManager(Profile profile, LocalDatabase &database, CredentialStore &credentials, ServerClient &client,
                   QObject *parent = nullptr);

    const Profile &profile() const { return m_profile; }
    /// Looks for a remembered session; emits signedIn() or needsSignIn().
    void restore();
    void signIn(const QString &username, const QString &password);
    /// Ends the session on the server and forgets the token. The cache and the outbox stay.
    void signOut();
    /// The session is gone (expired, ended on the server): forget the token and ask for a sign-in.
    void sessionExpired();

    QJsonObject user() const { return m_user; }
    bool isSignedIn() const { return !m_user.isEmpty(); }

Q_SIGNALS:
    void signedIn(const QJsonObject &user);
    void needsSignIn(const QString &reason);
    void signInFailed(const QString &message);
    /// Something about how the session is kept that the user should know (no keychain...).
    void notice(const QString &message);

private:
    void completeSignIn(const QString &token, const QJsonObject &user);
    /// Whether `username` takes over a cache that was another user's; refuses while that user has unsynced or
    /// unseen work.
    Result<bool> isHandover(const QString &username);
    /// Empties the previous user's cache and gives the desk a new device id.
    Result<void> handOver(const QString &deviceId);

    Profile m_profile;
    LocalDatabase &m_database;
    CredentialStore &m_credentials;
    ServerClient &m_client;
    QJsonObject m_user;
};

} // namespace redress
