#pragma once

#include "scenariobrief.h"
#include "trainingrun.h"

#include <QObject>

class QTimer;

namespace redress {

class ClientContext;

/// The training sandbox's requests, with what a run needs around them: a started run is handed over once its case
/// is in the cache (so it opens like any case), and a run is finished only after the trainee's unsynced steps
/// reached the sandbox server, because the server scores what it recorded. One request at a time: a second click
/// while one is under way is ignored.
class TrainingService final : public QObject
{
    Q_OBJECT

public:
    /// How long a started run waits for its case to arrive through the change feed.
    static constexpr int kCaseArrivalTimeoutMs = 15'000;
    /// How long finishing waits for the trainee's unsynced steps to be sent.
    static constexpr int kSendTimeoutMs = 20'000;

    explicit TrainingService(ClientContext &context, QObject *parent = nullptr);
    ~TrainingService() override;

    void fetchScenarios();
    void startRun(const QString &scenarioId);
    void finishRun(const QString &runId);
    /// The runs this user may see: their own, or everyone's for a trainer.
    void fetchRuns();
    /// Trainers only (the server checks): removes every run and the cases runs made.
    void resetSandbox();
    bool isBusy() const { return m_busy; }

Q_SIGNALS:
    void scenariosReady(const QList<redress::ScenarioBrief> &scenarios);
    void runStarted(const redress::TrainingRun &run);
    void runFinished(const redress::TrainingRun &run);
    void runsReady(const QList<redress::TrainingRun> &runs);
    void sandboxReset(int removedRuns);
    void busyChanged(bool busy);
    void failed(const QString &message);

private:
    bool begin();
    void end();
    void fail(const QString &message);
    void waitForCase(const TrainingRun &run);
    void sendFinish(const QString &runId);

    ClientContext &m_context;
    QTimer *m_wait; ///< for the case of a started run, or for the steps of a finishing one
    QMetaObject::Connection m_syncWait;
    bool m_busy = false;
    /// Bumped when a run starts or is scored here: a run list asked for before that is stale and dropped.
    quint64 m_runsGeneration = 0;
};

} // namespace redress
