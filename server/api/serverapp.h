#pragma once

#include "auditchain.h"
#include "databaseurl.h"
#include "result.h"

#include <QHostAddress>
#include <QObject>

#include <memory>

namespace redress {

class ApiServer;
class Database;
class Metrics;
class Router;
class SessionService;
class UserDirectory;

/// redress-server's parts, wired: the database, the services over it, the routes and the HTTP listener.
class ServerApp : public QObject
{
    Q_OBJECT

public:
    struct Settings
    {
        DatabaseUrl database = DatabaseUrl::defaultSqlite();
        QHostAddress address = QHostAddress::LocalHost;
        quint16 port = 8080;
        QString tlsCertificate;
        QString tlsKey;
        QString seedDirectory; ///< load the demo organisation from here when the database is empty; empty = don't
        qint64 maxBodyBytes = 4 * 1024 * 1024;
    };

    explicit ServerApp(Settings settings, QObject *parent = nullptr);
    ~ServerApp() override;

    /// Opens and migrates the database, seeds the demo when asked, and starts listening. Returns the bound port.
    Result<quint16> start();

private:
    Settings m_settings;
    std::unique_ptr<Database> m_database;
    AuditChain m_auditCache;
    std::unique_ptr<UserDirectory> m_users;
    std::unique_ptr<SessionService> m_sessions;
    std::unique_ptr<Metrics> m_metrics;
    std::unique_ptr<Router> m_router;
    ApiServer *m_http = nullptr;
};

} // namespace redress
