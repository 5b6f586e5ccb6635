#pragma once

#include <QCoreApplication>

#include "principal.h"
#include "result.h"

#include <QJsonArray>
#include <QJsonObject>

namespace redress {

class AuditChain;
class Database;
class DocumentCache;
class SandboxMark;
class TrainingCatalogue;
class TrainingScenario;
class WriteTransaction;

/// Training runs on a sandbox server: a trainee starts a scenario, works the case it makes through the normal
/// mutation API, and finishes; the server scores what the case records, never what the client says it did.
///
/// A run makes a fresh customer (and, when the scenario gives the customer earlier payouts, the earlier cases and
/// compensations that make the live policy see them) and an open case assigned to the trainee, in the trainee's
/// team and vendor so the normal change feed brings it. Every row gets its change-feed row and the run its audit
/// entries, as live work does.
///
/// Errors carry codes the endpoints turn into statuses: training.scenario_not_found and training.run_not_found (404),
/// forbidden (403), training.finished (409), training.unscorable (422).
class TrainingRuns
{
    Q_DECLARE_TR_FUNCTIONS(TrainingRuns)

public:
    static constexpr int kDefaultListLimit = 100;
    static constexpr int kMaxListLimit = 1000;

    struct ResetOutcome
    {
        qint64 removedRuns = 0;
        QString dataEpoch;
    };

    TrainingRuns(Database &database, AuditChain &auditCache, DocumentCache &documents, const TrainingCatalogue &catalogue,
                 SandboxMark &mark)
        : m_database(database), m_auditCache(auditCache), m_documents(documents), m_catalogue(catalogue), m_mark(mark)
    {
    }

    /// The run, as the API shows it (docs/openapi.yaml, TrainingRun).
    Result<QJsonObject> start(const Principal &caller, const QString &scenarioId);
    /// Scores the run from its case and stores the score; only the run's own trainee, only once.
    Result<QJsonObject> finish(const Principal &caller, const QString &runId);
    /// Newest first: every run for trainers and administrators, the caller's own for anyone else.
    Result<QJsonArray> list(const Principal &caller, int limit);
    /// Removes every run and all it made, and replaces the data epoch; trainers and administrators only.
    Result<ResetOutcome> reset(const Principal &caller);

    /// Trainers and administrators oversee training: every run, try any scenario, reset.
    static bool oversees(Role role);

private:
    Result<QJsonObject> runJson(const QString &runId);
    Result<void> addHistory(WriteTransaction &transaction, const TrainingScenario &scenario,
                            const Principal &caller, const QString &customerId, qint64 now);

    Database &m_database;
    AuditChain &m_auditCache;
    DocumentCache &m_documents;
    const TrainingCatalogue &m_catalogue;
    SandboxMark &m_mark;
};

} // namespace redress
