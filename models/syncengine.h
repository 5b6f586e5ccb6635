#pragma once

#include "backoff.h"
#include "result.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QObject>
#include <QSet>

class QTimer;

namespace redress {

class CacheNotifier;
class ChangeStreamClient;
class LocalDatabase;
class ServerClient;

/// Keeps the local cache and the server in step: push the outbox in order, then pull the change feed by cursor,
/// then fetch the bootstrap when new rules were published. Runs again on every queued action, every WebSocket
/// poke and once a minute; after a failure it waits with exponential back-off and jitter.
///
/// Nothing is lost on the way: a mutation stays pending until the server answered it (a resend is recognised by
/// the server and answered again, never applied twice); the cursor moves only in the transaction that applied its
/// page; a cursor the server no longer serves, or one ahead of the server's head (a restored server), starts a full
/// resync that keeps every unsynced action.
class SyncEngine : public QObject
{
    Q_OBJECT

public:
    enum class State { Idle, Syncing, Offline, SignedOut };
    Q_ENUM(State)

    SyncEngine(LocalDatabase &database, ServerClient &client, CacheNotifier *notifier, QObject *parent = nullptr);
    ~SyncEngine() override;

    /// Starts syncing with the client's token: opens the change stream and runs a cycle now.
    void start();
    /// Stops timers and the stream; a cycle under way finishes its current request and stops.
    void stop();
    /// Runs a cycle now, or once more after the one under way.
    void syncNow();

    State state() const { return m_state; }
    bool isOnline() const { return m_state == State::Idle || m_state == State::Syncing; }
    int pendingCount() const { return m_pending; }
    QDateTime lastSync() const { return m_lastSync; }
    QString lastError() const { return m_lastError; }
    qint64 cursor() const { return m_cursor; }

    /// A sandbox profile's engine: each start first reads the bootstrap, and a server that does not say it is a
    /// sandbox is refused (notASandbox) before anything is pushed to it or pulled from it.
    void setSandboxRequired(bool required) { m_sandboxRequired = required; }

    /// Tests: shorter waits and smaller pages.
    void setRetryRange(int initialMs, int maximumMs) { m_backoff.setRange(initialMs, maximumMs); }
    void setPageSizes(int pushBatch, int pullLimit);
    void setPollInterval(int milliseconds);

Q_SIGNALS:
    void stateChanged(redress::SyncEngine::State state);
    void pendingCountChanged(int count);
    /// A cycle reached the server's head with nothing left to push.
    void synced();
    /// The server no longer accepts the session: sign in again (the outbox is kept).
    void sessionExpired();
    /// Something the agent should see: a rejection, or an offline grant that now needs approval.
    void attentionNeeded();
    void errorOccurred(const QString &message);
    /// The server does not say it is a sandbox, though this profile needs one: the engine stopped untouched.
    void notASandbox();

private:
    void runCycle();
    void signedOut();
    void bootstrap(bool thenPush);
    void push();
    void handlePushAnswer(const QList<qint64> &seqs, const QJsonArray &results);
    void pull();
    void handlePage(qint64 since, const QJsonObject &page);
    /// Forgets the server's data and pulls it again from the start; `dataEpoch`, when given, is stored with it.
    void startFullResync(const QString &dataEpoch = {});
    /// Whether the answer carries a data epoch other than the one this cache was filled under.
    Result<bool> dataEpochChanged(const QJsonObject &answer);
    void finishCycle();
    void fail(const Error &error);
    void setState(State state);
    void refreshPendingCount();
    Result<void> storeBootstrap(const QJsonObject &bootstrap, bool &resyncNeeded);

    LocalDatabase &m_database;
    ServerClient &m_client;
    CacheNotifier *m_notifier;
    ChangeStreamClient *m_stream;
    QTimer *m_retry;
    QTimer *m_poll;
    Backoff m_backoff;
    State m_state = State::SignedOut;
    bool m_running = false;
    bool m_again = false;
    bool m_started = false;
    bool m_sandboxRequired = false;
    bool m_sandboxConfirmed = false; ///< this start's bootstrap said "sandbox": true
    quint64 m_generation = 0; ///< bumped by stop(): answers to older requests are ignored
    int m_pending = 0;
    int m_pushBatch = 200;
    int m_pullLimit = 1000;
    int m_singleStep = 0; ///< after a 400 on a batch: push one at a time to find the mutation the server refuses
    qint64 m_cursor = 0;
    QDateTime m_lastSync;
    QString m_lastError;
};

} // namespace redress
