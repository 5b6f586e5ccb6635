#include "trainingservice.h"

#include "casereader.h"
#include "clientcontext.h"
#include "serverclient.h"
#include "syncengine.h"

#include <QPointer>
#include <QTimer>

namespace redress {
TrainingService::TrainingService(ClientContext &context, QObject *parent)
    : QObject(parent), m_context(context), m_wait(new QTimer(this))
{
    m_wait->setSingleShot(true);
}

TrainingService::~TrainingService()
{
    disconnect(m_syncWait);
}

bool TrainingService::begin()
{
    if (m_busy)
        return false;
    m_busy = true;
    Q_EMIT busyChanged(true);
    return true;
}

void TrainingService::end()
{
    disconnect(m_syncWait);
    m_wait->stop();
    if (!m_busy)
        return;
    m_busy = false;
    Q_EMIT busyChanged(false);
}

void TrainingService::fail(const QString &message)
{
    end();
    Q_EMIT failed(message);
}

void TrainingService::fetchScenarios()
{
    QPointer<TrainingService> self(this);
    m_context.client().trainingScenarios([self](Result<QJsonObject> answer) {
        if (!self)
            return;
        if (!answer)
            return Q_EMIT self->failed(answer.error().message);
        Result<QList<ScenarioBrief>> scenarios = ScenarioBrief::listFromJson(*answer);
        if (!scenarios)
            return Q_EMIT self->failed(tr("The sandbox sent a scenario list Redress cannot read: %1").arg(scenarios.error().toString()));
        Q_EMIT self->scenariosReady(*scenarios);
    });
}

void TrainingService::startRun(const QString &scenarioId)
{
    if (!begin())
        return;
    QPointer<TrainingService> self(this);
    m_context.client().startTrainingRun(scenarioId, [self](Result<QJsonObject> answer) {
        if (!self)
            return;
        if (!answer)
            return self->fail(answer.error().message);
        Result<TrainingRun> run = TrainingRun::fromJson(answer->value(QLatin1String("run")).toObject());
        if (!run)
            return self->fail(tr("The sandbox sent a run Redress cannot read: %1").arg(run.error().toString()));
        self->waitForCase(*run);
    });
}

void TrainingService::waitForCase(const TrainingRun &run)
{
    auto arrived = [this, run] {
        if (!m_context.reader().readCase(run.caseId))
            return false;
        end();
        ++m_runsGeneration;
        Q_EMIT runStarted(run);
        return true;
    };
    if (arrived())
        return;
    // The case comes like any other, through the change feed; the poke usually brings it within a cycle.
    disconnect(m_syncWait);
    m_syncWait = connect(&m_context.sync(), &SyncEngine::synced, this, arrived);
    disconnect(m_wait, nullptr, this, nullptr);
    connect(m_wait, &QTimer::timeout, this, [this] {
        fail(tr("The scenario started, but its case has not reached this desk yet. It will appear in My queue when "
                "the sandbox can be reached."));
        fetchRuns(); // the open run comes back to the run bar from the list once its case is here
    });
    m_wait->start(kCaseArrivalTimeoutMs);
    m_context.sync().syncNow();
}

void TrainingService::finishRun(const QString &runId)
{
    if (!begin())
        return;
    SyncEngine &sync = m_context.sync();
    if (sync.pendingCount() == 0)
        return sendFinish(runId);
    // The server scores what it recorded: the trainee's last steps must be there first. The engine goes on
    // cycling while anything waits, so the first cycle that ends with nothing waiting lets the run finish.
    disconnect(m_syncWait);
    m_syncWait = connect(&sync, &SyncEngine::synced, this, [this, runId] {
        if (m_context.sync().pendingCount() == 0)
            sendFinish(runId);
    });
    disconnect(m_wait, nullptr, this, nullptr);
    connect(m_wait, &QTimer::timeout, this, [this] {
        const int waiting = m_context.sync().pendingCount();
        fail(tr("%n of your steps have not reached the sandbox server yet, so the run cannot be scored. Finish again "
                "once they are sent.",
                nullptr, waiting));
    });
    m_wait->start(kSendTimeoutMs);
    sync.syncNow();
}

void TrainingService::sendFinish(const QString &runId)
{
    disconnect(m_syncWait);
    m_wait->stop();
    QPointer<TrainingService> self(this);
    m_context.client().finishTrainingRun(runId, [self](Result<QJsonObject> answer) {
        if (!self)
            return;
        if (!answer) {
            self->fail(answer.error().message);
            // The run may be scored already (an answer lost on the way) or gone (a reset): the list says which.
            return self->fetchRuns();
        }
        Result<TrainingRun> run = TrainingRun::fromJson(answer->value(QLatin1String("run")).toObject());
        if (!run)
            return self->fail(tr("The sandbox sent a score Redress cannot read: %1").arg(run.error().toString()));
        self->end();
        ++self->m_runsGeneration;
        Q_EMIT self->runFinished(*run);
        self->m_context.sync().syncNow(); // the server may have noted the score on the case
    });
}

void TrainingService::fetchRuns()
{
    QPointer<TrainingService> self(this);
    m_context.client().trainingRuns([self, generation = m_runsGeneration](Result<QJsonObject> answer) {
        if (!self || generation != self->m_runsGeneration)
            return;
        if (!answer)
            return Q_EMIT self->failed(answer.error().message);
        Result<QList<TrainingRun>> runs = TrainingRun::listFromJson(*answer);
        if (!runs)
            return Q_EMIT self->failed(tr("The sandbox sent results Redress cannot read: %1").arg(runs.error().toString()));
        Q_EMIT self->runsReady(*runs);
    });
}

void TrainingService::resetSandbox()
{
    if (!begin())
        return;
    QPointer<TrainingService> self(this);
    m_context.client().resetSandbox([self](Result<QJsonObject> answer) {
        if (!self)
            return;
        if (!answer)
            return self->fail(answer.error().message);
        self->end();
        Q_EMIT self->sandboxReset(answer->value(QLatin1String("removed_runs")).toInt());
        self->m_context.sync().syncNow(); // the new data epoch makes this cache start over
    });
}

} // namespace redress
