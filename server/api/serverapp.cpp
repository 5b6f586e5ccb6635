#include "serverapp.h"

#include "apiserver.h"
#include "database.h"
#include "metrics.h"
#include "opsendpoints.h"
#include "router.h"
#include "schemamigrator.h"
#include "sessionendpoints.h"
#include "sessionservice.h"
#include "userdirectory.h"

namespace redress {

ServerApp::ServerApp(Settings settings, QObject *parent)
    : QObject(parent)
    , m_settings(std::move(settings))
{
}

ServerApp::~ServerApp()
{
    delete m_http; // before the services its routes refer to
}

Result<quint16> ServerApp::start()
{
    Result<std::unique_ptr<Database>> database = Database::open(m_settings.database, QStringLiteral("redress-server"));
    if (!database)
        return database.error();
    m_database = std::move(database.value());
    if (Result<int> migrated = SchemaMigrator(*m_database).migrate(); !migrated)
        return migrated.error();

    m_users = std::make_unique<UserDirectory>(*m_database, m_auditCache);
    m_sessions = std::make_unique<SessionService>(*m_database, m_auditCache, *m_users, SessionService::Settings{});
    m_metrics = std::make_unique<Metrics>();
    m_router = std::make_unique<Router>();
    SessionEndpoints::install(*m_router, *m_sessions);
    OpsEndpoints::install(*m_router, *m_database, *m_metrics);

    m_http = new ApiServer(*m_router, *m_sessions, *m_metrics);
    m_http->setMaxBodyBytes(m_settings.maxBodyBytes);
    return m_http->start(m_settings.address, m_settings.port, m_settings.tlsCertificate, m_settings.tlsKey);
}

} // namespace redress
