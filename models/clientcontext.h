#pragma once

#include "profile.h"
#include "result.h"

#include <QObject>

#include <memory>

namespace redress {

class CacheNotifier;
class CaseActions;
class CaseReader;
class CredentialStore;
class LocalDatabase;
class ServerClient;
class SessionManager;
class SyncEngine;

/// One profile's whole model layer, wired as the client runs it: the local cache, the server client with the
/// profile's request guard, the session, the sync engine (pushed by every queued action) and the case actions.
/// The app makes one per window; GUI tests make one against a server on loopback.
class ClientContext : public QObject
{
    Q_OBJECT

public:
    /// Opens (creating, migrating or — when damaged — rebuilding) the profile's cache. `credentials` must outlive
    /// the context. `movedAsideTo` receives where a damaged cache went, when one was found.
    static Result<std::unique_ptr<ClientContext>> open(const Profile &profile, CredentialStore &credentials,
                                                       QString *movedAsideTo = nullptr);
    ~ClientContext() override;

    const Profile &profile() const { return m_profile; }
    LocalDatabase &database() { return *m_database; }
    CacheNotifier *notifier() { return m_notifier; }
    ServerClient &client() { return *m_client; }
    SessionManager &session() { return *m_session; }
    SyncEngine &sync() { return *m_sync; }
    CaseActions &actions() { return *m_actions; }
    CaseReader &reader() { return *m_reader; }

    /// Stops syncing and ends the session; the cache and any unsynced work stay for the next sign-in.
    void signOut();

private:
    ClientContext(const Profile &profile, std::unique_ptr<LocalDatabase> database, CredentialStore &credentials);

    Profile m_profile;
    std::unique_ptr<LocalDatabase> m_database;
    CacheNotifier *m_notifier;
    ServerClient *m_client;
    SessionManager *m_session;
    SyncEngine *m_sync;
    CaseActions *m_actions;
    std::unique_ptr<CaseReader> m_reader;
};

} // namespace redress
