#include "clientcontext.h"

#include "cachenotifier.h"
#include "casereader.h"
#include "caseactions.h"
#include "localdatabase.h"
#include "serverclient.h"
#include "sessionmanager.h"
#include "syncengine.h"

namespace redress {

Result<std::unique_ptr<ClientContext>> ClientContext::open(const Profile &profile, CredentialStore &credentials,
                                                           QString *movedAsideTo)
{
    LocalDatabase::OpenReport report;
    Result<std::unique_ptr<LocalDatabase>> database = LocalDatabase::open(profile.databasePath(), &report);
    if (!database)
        return database.error();
    if (movedAsideTo)
        *movedAsideTo = report.movedAsideTo;
    return std::unique_ptr<ClientContext>(new ClientContext(profile, std::move(database).value(), credentials));
}

ClientContext::ClientContext(const Profile &profile, std::unique_ptr<LocalDatabase> database, CredentialStore &credentials)
    : m_profile(profile)
    , m_database(std::move(database))
    , m_notifier(new CacheNotifier(this))
    , m_client(new ServerClient(profile.serverUrl(), this))
    , m_session(new SessionManager(profile, *m_database, credentials, *m_client, this))
    , m_sync(new SyncEngine(*m_database, *m_client, m_notifier, this))
    , m_actions(new CaseActions(*m_database, m_notifier, this))
    , m_reader(std::make_unique<CaseReader>(*m_database))
{
    m_sync->setSandboxRequired(profile.kind() == Profile::Kind::Sandbox);
    connect(m_actions, &CaseActions::queued, m_sync, &SyncEngine::syncNow);
    connect(m_session, &SessionManager::signedIn, m_sync, &SyncEngine::start);
    connect(m_session, &SessionManager::needsSignIn, m_sync, &SyncEngine::stop);
    connect(m_sync, &SyncEngine::sessionExpired, m_session, &SessionManager::sessionExpired);
}

void ClientContext::signOut()
{
    m_sync->stop();
    m_session->signOut();
}

// The children go before the database they hold a reference to (QObject deletes children after this body).
ClientContext::~ClientContext()
{
    delete m_actions;
    delete m_sync;
    delete m_session;
    delete m_client;
    m_reader.reset();
}

} // namespace redress
