#pragma once

#include "auditchain.h"
#include "databaseurl.h"
#include "result.h"

#include <QHostAddress>
#include <QObject>

#include <memory>

namespace redress {

class ApiServer;
class CaseQueries;
class ChangeFeed;
class ChangeStream;
class Database;
class DocumentCache;
class DocumentStore;
class EventIntake;
class ReportQueries;
class Metrics;
class MutationService;
class Router;
class SandboxMark;
class SessionService;
class TrainingCatalogue;
class TrainingRuns;
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
        /// Run as a training sandbox: seed an empty database as one (from seedDirectory), refuse one with live data.
        /// A database marked as a sandbox runs as one whether or not this is set.
        bool sandbox = false;
        QString scenarioDirectory; ///< the training scenarios a sandbox offers (seed/scenarios)
        qint64 maxBodyBytes = 4 * 1024 * 1024;
        qint64 approvalSlaMs = 4 * 60 * 60 * 1000; ///< before a pending approval escalates a level
        qint64 escalationSweepMs = 30 * 1000;      ///< how often overdue approvals are looked for
    };

    explicit ServerApp(Settings settings, QObject *parent = nullptr);
    ~ServerApp() override;

    /// Opens and migrates the database, seeds the demo when asked, and starts listening. Returns the bound port.
    Result<quint16> start();
    /// Known after start(): whether this database is a training sandbox.
    bool isSandbox() const { return m_sandbox; }

private:
    void escalateOverdueApprovals();

    Settings m_settings;
    std::unique_ptr<Database> m_database;
    AuditChain m_auditCache;
    std::unique_ptr<UserDirectory> m_users;
    std::unique_ptr<SessionService> m_sessions;
    std::unique_ptr<DocumentStore> m_documents;
    std::unique_ptr<DocumentCache> m_documentCache;
    std::unique_ptr<MutationService> m_mutations;
    std::unique_ptr<ChangeFeed> m_changes;
    std::unique_ptr<CaseQueries> m_queries;
    std::unique_ptr<EventIntake> m_events;
    std::unique_ptr<ReportQueries> m_reports;
    std::unique_ptr<Metrics> m_metrics;
    std::unique_ptr<SandboxMark> m_mark;
    std::unique_ptr<TrainingCatalogue> m_catalogue; ///< sandbox only
    std::unique_ptr<TrainingRuns> m_training;       ///< sandbox only
    bool m_sandbox = false;
    std::unique_ptr<Router> m_router;
    ApiServer *m_http = nullptr;
    std::unique_ptr<ChangeStream> m_stream; ///< last: its sockets go before the services they poll
};

} // namespace redress
