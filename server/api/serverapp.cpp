#include "serverapp.h"

#include "apiserver.h"
#include "approvalmutations.h"
#include "casequeries.h"
#include "changefeed.h"
#include "changestream.h"
#include "database.h"
#include "demoseeder.h"
#include "documentcache.h"
#include "documentstore.h"
#include "eventendpoints.h"
#include "eventintake.h"
#include "metrics.h"
#include "mutationservice.h"
#include "opsendpoints.h"
#include "readendpoints.h"
#include "reportendpoints.h"
#include "reportqueries.h"
#include "router.h"
#include "sandboxmark.h"
#include "schemamigrator.h"
#include "sessionendpoints.h"
#include "sessionservice.h"
#include "syncendpoints.h"
#include "trainingcatalogue.h"
#include "trainingendpoints.h"
#include "trainingruns.h"
#include "trainingsandbox.h"
#include "userdirectory.h"

#include <QDateTime>
#include <QLoggingCategory>
#include <QTimer>

Q_LOGGING_CATEGORY(lcServer, "redress.server")

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
    if (m_database->driver() == Database::Driver::Postgres) {
        // Fresh statistics: a restored or bulk-loaded change feed is otherwise planned as a full scan per page.
        if (Result<void> analysed = m_database->execOnce(QStringLiteral("ANALYZE")); !analysed)
            qCWarning(lcServer).noquote() << "ANALYZE:" << analysed.error().toString();
    }
    // The demo users' shared password is public by design (issue 3); it never guards real data, because the
    // seeder only runs on a database without users.
    const QString demoPassword = QStringLiteral("redress-demo");
    Result<bool> sandbox = TrainingSandbox::prepare(*m_database, m_auditCache, m_settings.sandbox,
                                                    m_settings.seedDirectory, demoPassword);
    if (!sandbox)
        return sandbox.error();
    m_sandbox = *sandbox;
    if (!m_sandbox && !m_settings.seedDirectory.isEmpty()) {
        Result<bool> seeded = DemoSeeder(*m_database, m_auditCache).seedIfEmpty(m_settings.seedDirectory, demoPassword);
        if (!seeded)
            return seeded.error();
    }
    m_mark = std::make_unique<SandboxMark>(*m_database);
    if (Result<QString> epoch = m_mark->ensureEpoch(); !epoch)
        return epoch.error();

    m_users = std::make_unique<UserDirectory>(*m_database, m_auditCache);
    m_sessions = std::make_unique<SessionService>(*m_database, m_auditCache, *m_users, SessionService::Settings{});
    m_documents = std::make_unique<DocumentStore>(*m_database, m_auditCache);
    m_documentCache = std::make_unique<DocumentCache>(*m_documents);
    MutationService::Settings mutationSettings;
    mutationSettings.approvalSlaMs = m_settings.approvalSlaMs;
    m_mutations = std::make_unique<MutationService>(*m_database, m_auditCache, *m_documentCache, mutationSettings);
    m_changes = std::make_unique<ChangeFeed>(*m_database);
    m_queries = std::make_unique<CaseQueries>(*m_database);
    m_metrics = std::make_unique<Metrics>();
    m_metrics->addGauge(QStringLiteral("redress_approvals_pending"), QStringLiteral("Approval requests waiting for a decision."),
                        [this] {
                            Result<QSqlQuery *> count = m_database->exec(
                                QStringLiteral("SELECT COUNT(*) FROM approvals WHERE state = 'pending'"));
                            if (!count || !count.value()->next())
                                return -1.0;
                            const double pending = count.value()->value(0).toDouble();
                            count.value()->finish();
                            return pending;
                        });
    m_router = std::make_unique<Router>();
    SessionEndpoints::install(*m_router, *m_sessions);
    OpsEndpoints::install(*m_router, *m_database, *m_metrics);
    ReadEndpoints::install(*m_router, *m_queries);
    SyncEndpoints::install(*m_router, *m_documents, *m_mutations, *m_changes, *m_queries, *m_metrics, *m_mark, m_sandbox);
    if (m_sandbox) {
        // Checked against what this database has in force: the tree a run walks and the policy it is scored by.
        Result<TrainingCatalogue> catalogue =
            TrainingCatalogue::load(m_settings.scenarioDirectory, *m_documents, *m_documentCache);
        if (!catalogue)
            return catalogue.error();
        m_catalogue = std::make_unique<TrainingCatalogue>(std::move(catalogue).value());
        m_training = std::make_unique<TrainingRuns>(*m_database, m_auditCache, *m_documentCache, *m_catalogue, *m_mark);
        qCInfo(lcServer).noquote() << "training sandbox:" << m_catalogue->scenarios().size() << "scenarios";
    }
    TrainingEndpoints::install(*m_router, m_catalogue.get(), m_training.get());
    m_events = std::make_unique<EventIntake>(*m_database, m_auditCache);
    EventEndpoints::install(*m_router, *m_events);
    m_reports = std::make_unique<ReportQueries>(*m_database, *m_documentCache);
    ReportEndpoints::install(*m_router, *m_reports);

    auto *sweep = new QTimer(this);
    sweep->setInterval(int(std::clamp<qint64>(m_settings.escalationSweepMs, 100, 3'600'000)));
    connect(sweep, &QTimer::timeout, this, &ServerApp::escalateOverdueApprovals);
    sweep->start();

    m_http = new ApiServer(*m_router, *m_sessions, *m_metrics);
    m_http->setMaxBodyBytes(m_settings.maxBodyBytes);
    m_http->setAfterRequest([this] { m_database->finishAll(); });
    m_http->setStreamPath(QStringLiteral("/api/v1/stream"));
    m_stream = std::make_unique<ChangeStream>(*m_sessions, *m_changes);
    m_stream->acceptFrom(m_http);
    if (Result<void> streaming = m_stream->start(m_settings.database); !streaming)
        return streaming.error();
    return m_http->start(m_settings.address, m_settings.port, m_settings.tlsCertificate, m_settings.tlsKey);
}

void ServerApp::escalateOverdueApprovals()
{
    Result<int> moved = ApprovalMutations::escalateOverdue(*m_database, m_auditCache, QDateTime::currentMSecsSinceEpoch(),
                                                           m_settings.approvalSlaMs);
    if (!moved)
        qCWarning(lcServer).noquote() << "escalating approvals:" << moved.error().toString();
}

} // namespace redress
