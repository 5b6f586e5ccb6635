#include "syncengine.h"

#include "cachenotifier.h"
#include "cachestore.h"
#include "changestreamclient.h"
#include "jsontext.h"
#include "localdatabase.h"
#include "outbox.h"
#include "pendingreplay.h"
#include "serverclient.h"

#include <QJsonDocument>
#include <QPointer>
#include <QTimer>

namespace redress {
namespace {

const QString kCursor = QStringLiteral("cursor");
const QString kDocumentsStale = QStringLiteral("documents_stale");
/// The server's data epoch: replaced when its data was replaced under the same change feed (a sandbox reset).
const QString kDataEpoch = QStringLiteral("data_epoch");


/// Rejections the server does not record: the same mutation may, and must, be sent again later.
bool isRetryable(const QString &code)
{
    return code.startsWith(QLatin1String("db.")) || code.startsWith(QLatin1String("audit."))
        || code == QLatin1String("internal");
}

} // namespace

SyncEngine::SyncEngine(LocalDatabase &database, ServerClient &client, CacheNotifier *notifier, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_client(client)
    , m_notifier(notifier)
    , m_stream(new ChangeStreamClient(this))
    , m_retry(new QTimer(this))
    , m_poll(new QTimer(this))
{
    m_retry->setSingleShot(true);
    connect(m_retry, &QTimer::timeout, this, &SyncEngine::syncNow);
    m_poll->setInterval(60000);
    connect(m_poll, &QTimer::timeout, this, &SyncEngine::syncNow);
    connect(m_stream, &ChangeStreamClient::poked, this, [this](qint64 seq) {
        // A head below this cache's cursor: the server's database is not the one this cache followed (restored
        // from a backup). The bootstrap compares the heads and starts a full resync.
        if (seq < m_cursor)
            (void)m_database.setMeta(kDocumentsStale, QStringLiteral("1"));
        if (seq != m_cursor || m_pending > 0)
            syncNow();
    });
    connect(m_stream, &ChangeStreamClient::sessionEnded, this, &SyncEngine::signedOut);
    if (Result<QString> cursor = m_database.meta(kCursor))
        m_cursor = cursor->toLongLong();
    refreshPendingCount();
}

void SyncEngine::signedOut()
{
    // Nothing more until a new sign-in calls start(): polling with a dead token would ask again every minute.
    stop();
    setState(State::SignedOut);
    Q_EMIT sessionExpired();
}

SyncEngine::~SyncEngine() = default;

void SyncEngine::setPageSizes(int pushBatch, int pullLimit)
{
    m_pushBatch = std::clamp(pushBatch, 1, 500);
    m_pullLimit = std::clamp(pullLimit, 1, 1000);
}

void SyncEngine::setPollInterval(int milliseconds)
{
    m_poll->setInterval(milliseconds);
}

void SyncEngine::start()
{
    // A new session: whatever the old one had under way is dropped (its answers are ignored).
    stop();
    // The cache may have changed hands since the last start (another user, a fresh cursor): read it again.
    if (Result<QString> cursor = m_database.meta(kCursor))
        m_cursor = cursor->toLongLong();
    refreshPendingCount();
    m_started = true;
    m_sandboxConfirmed = false;
    m_backoff.reset();
    if (Result<void> allowed = m_client.checkUrl(m_client.streamUrl()); allowed)
        m_stream->open(m_client.streamUrl(), m_client.token());
    else
        Q_EMIT errorOccurred(allowed.error().toString());
    m_poll->start();
    syncNow();
}

void SyncEngine::stop()
{
    m_started = false;
    ++m_generation; // answers to requests made before this stop are ignored, even after a new start()
    m_running = false;
    m_stream->close();
    m_poll->stop();
    m_retry->stop();
    m_again = false;
}

void SyncEngine::syncNow()
{
    refreshPendingCount(); // an action was queued, or the agent asked: the status bar shows it at once
    if (!m_started)
        return;
    if (m_running) {
        m_again = true;
        return;
    }
    m_retry->stop();
    runCycle();
}

void SyncEngine::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void SyncEngine::refreshPendingCount()
{
    Result<int> count = Outbox(m_database).pendingCount();
    if (count && *count != m_pending) {
        m_pending = *count;
        Q_EMIT pendingCountChanged(m_pending);
    }
}

void SyncEngine::runCycle()
{
    m_running = true;
    m_again = false;
    setState(State::Syncing);
    // Without the user and the rules (first start, or a newer document published) fetch the bootstrap first.
    Result<QString> user = m_database.meta(QStringLiteral("user"));
    Result<QString> stale = m_database.meta(kDocumentsStale);
    if (!user || !stale)
        return fail(!user ? user.error() : stale.error());
    if (user->isEmpty() || *stale == QLatin1String("1") || (m_sandboxRequired && !m_sandboxConfirmed))
        bootstrap(true);
    else
        push();
}

void SyncEngine::fail(const Error &error)
{
    m_running = false;
    m_lastError = error.toString();
    if (error.code == QLatin1String("auth.required"))
        return signedOut();
    if (error.code == QLatin1String("net.unreachable") || error.code == QLatin1String("server.unavailable"))
        setState(State::Offline);
    else
        Q_EMIT errorOccurred(m_lastError);
    // Offline, or a server in trouble: try again later, waiting longer each time.
    if (m_started) {
        if (m_state == State::Syncing)
            setState(State::Offline);
        m_retry->start(m_backoff.nextDelayMs());
    }
}

void SyncEngine::bootstrap(bool thenPush)
{
    QPointer<SyncEngine> self(this);
    m_client.bootstrap([self, thenPush, generation = m_generation](Result<QJsonObject> answer) {
        if (!self || self->m_generation != generation)
            return;
        if (!answer)
            return self->fail(answer.error());
        if (self->m_sandboxRequired && !self->m_sandboxConfirmed) {
            if (!answer->value(QLatin1String("sandbox")).toBool()) {
                // Practice must never reach a live server, nor its data this cache: stop before storing or pushing.
                self->stop();
                self->m_lastError = tr("The server does not say it is a training sandbox.");
                return Q_EMIT self->notASandbox();
            }
            self->m_sandboxConfirmed = true;
        }
        bool resync = false;
        if (Result<void> stored = self->storeBootstrap(*answer, resync); !stored)
            return self->fail(stored.error());
        if (self->m_notifier)
            Q_EMIT self->m_notifier->documentsChanged();
        if (resync)
            return self->startFullResync(answer->value(QLatin1String("data_epoch")).toString());
        if (thenPush)
            self->push();
        else
            self->finishCycle();
    });
}

Result<void> SyncEngine::storeBootstrap(const QJsonObject &bootstrap, bool &resyncNeeded)
{
    CacheStore store(m_database);
    return m_database.write([&]() -> Result<void> {
        if (Result<void> saved = m_database.setMeta(QStringLiteral("user"), compactJson(bootstrap.value(QLatin1String("user")).toObject()));
            !saved) {
            return saved;
        }
        if (Result<void> saved = m_database.setMeta(QStringLiteral("limits"), compactJson(bootstrap.value(QLatin1String("limits")).toObject()));
            !saved) {
            return saved;
        }
        // The bootstrap lists every active document and brand: what it no longer lists was withdrawn.
        if (Result<QSqlQuery *> cleared = m_database.exec(QStringLiteral("DELETE FROM documents")); !cleared)
            return cleared.error();
        auto storeAll = [&](const QString &kind, const QJsonArray &documents) -> Result<void> {
            for (const QJsonValue &value : documents) {
                const QJsonObject document = value.toObject();
                if (Result<void> done = store.storeDocument(kind, document.value(QLatin1String("id")).toString(),
                                                            document.value(QLatin1String("version")).toInt(),
                                                            document.value(QLatin1String("sha256")).toString(),
                                                            document.value(QLatin1String("document")).toObject());
                    !done) {
                    return done;
                }
            }
            return {};
        };
        const QJsonValue policy = bootstrap.value(QLatin1String("policy"));
        if (Result<void> done = storeAll(QStringLiteral("policy"), policy.isObject() ? QJsonArray{policy} : QJsonArray()); !done)
            return done;
        if (Result<void> done = storeAll(QStringLiteral("tree"), bootstrap.value(QLatin1String("trees")).toArray()); !done)
            return done;
        if (Result<void> done = storeAll(QStringLiteral("template"), bootstrap.value(QLatin1String("templates")).toArray()); !done)
            return done;
        // Brands sign messages; an older server sends none, and messages then fall back to a name from the id.
        for (const QJsonValue &brand : bootstrap.value(QLatin1String("brands")).toArray()) {
            if (Result<void> done = store.storeBrand(brand.toObject()); !done)
                return done;
        }
        const bool sandbox = bootstrap.value(QLatin1String("sandbox")).toBool();
        if (Result<void> saved = m_database.setMeta(QStringLiteral("server_sandbox"), sandbox ? QStringLiteral("1") : QStringLiteral("0"));
            !saved) {
            return saved;
        }
        // A cursor past the server's head means the server's database is not the one this cache followed
        // (restored from a backup, or replaced): what the cache holds cannot be trusted to match. A new data
        // epoch says the same when the feed could not (a sandbox reset deletes rows the feed cannot announce).
        Result<bool> epochChanged = dataEpochChanged(bootstrap);
        if (!epochChanged)
            return epochChanged.error();
        resyncNeeded = m_cursor > bootstrap.value(QLatin1String("change_seq")).toInteger() || *epochChanged;
        if (!*epochChanged && bootstrap.contains(QLatin1String("data_epoch"))) {
            if (Result<void> saved = m_database.setMeta(kDataEpoch, bootstrap.value(QLatin1String("data_epoch")).toString()); !saved)
                return saved;
        }
        return m_database.setMeta(kDocumentsStale, QStringLiteral("0"));
    });
}

void SyncEngine::push()
{
    Outbox outbox(m_database);
    Result<QList<OutboxEntry>> batch = outbox.pending(m_singleStep > 0 ? 1 : m_pushBatch);
    if (!batch)
        return fail(batch.error());
    if (batch->isEmpty())
        return pull();
    Result<QString> device = outbox.deviceId();
    if (!device)
        return fail(device.error());
    QJsonArray mutations;
    QList<qint64> seqs;
    for (const OutboxEntry &entry : *batch) {
        mutations.append(QJsonObject{{QStringLiteral("id"), entry.id},
                                     {QStringLiteral("seq"), entry.seq},
                                     {QStringLiteral("type"), entry.type},
                                     {QStringLiteral("args"), entry.args}});
        seqs.append(entry.seq);
    }
    if (Result<void> counted = outbox.countAttempt(seqs); !counted)
        return fail(counted.error());
    QPointer<SyncEngine> self(this);
    m_client.pushMutations(*device, mutations, [self, seqs, generation = m_generation](Result<ServerClient::PushAnswer> answer) {
        if (!self || self->m_generation != generation)
            return;
        if (answer)
            return self->handlePushAnswer(seqs, answer->results);
        const Error &error = answer.error();
        // The batch as a whole was refused as malformed: find the one mutation that is, and keep the rest.
        if (error.code.startsWith(QLatin1String("request.")) && seqs.size() > 1) {
            self->m_singleStep = seqs.size();
            return self->push();
        }
        if (error.code.startsWith(QLatin1String("request.")) && seqs.size() == 1) {
            const QJsonObject result{{QStringLiteral("status"), QStringLiteral("rejected")},
                                     {QStringLiteral("error"), QJsonObject{{QStringLiteral("code"), error.code},
                                                                           {QStringLiteral("message"), error.message},
                                                                           {QStringLiteral("where"), error.where}}}};
            return self->handlePushAnswer(seqs, QJsonArray{result});
        }
        self->fail(error);
    });
}

void SyncEngine::handlePushAnswer(const QList<qint64> &seqs, const QJsonArray &results)
{
    Outbox outbox(m_database);
    PendingReplay replay(m_database);
    QSet<QString> answeredCases;
    QSet<QString> rowCases;
    QStringList refusedIds;
    bool retryLater = false;
    bool attention = false;
    bool decidedApproval = false;
    Error refusal;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    Result<void> recorded = m_database.write([&]() -> Result<void> {
        for (qsizetype i = 0; i < results.size(); ++i) {
            const QJsonObject result = results.at(i).toObject();
            const QString status = result.value(QLatin1String("status")).toString();
            const QString code = result.value(QLatin1String("error")).toObject().value(QLatin1String("code")).toString();
            OutboxEntry::State state = OutboxEntry::State::Rejected;
            if (status == QLatin1String("applied"))
                state = OutboxEntry::State::Applied;
            else if (status == QLatin1String("pending_approval"))
                state = OutboxEntry::State::PendingApproval;
            else if (isRetryable(code)) {
                retryLater = true; // the server failed, not the mutation: it stays pending, in order
                break;
            } else if (code == QLatin1String("device.other_user")) {
                // Not recorded by the server: this desk's device id belongs to someone else. Keep the work.
                refusal = Error{code, result.value(QLatin1String("error")).toObject().value(QLatin1String("message")).toString(), {}};
                retryLater = true;
                break;
            }
            Result<OutboxEntry> entry = outbox.entry(seqs.at(i));
            if (!entry)
                return entry.error();
            if (Result<void> saved = outbox.recordAnswer(seqs.at(i), state, result, now); !saved)
                return saved;
            answeredCases.insert(entry->caseId);
            if (state == OutboxEntry::State::Rejected) {
                refusedIds.append(entry->id);
                if (PendingReplay::changesRows(entry->type))
                    rowCases.insert(entry->caseId);
            } else if (entry->type == QLatin1String("compensation.propose")) {
                rowCases.insert(entry->caseId); // shown as the server decided: applied or awaiting approval
            }
            decidedApproval = decidedApproval || entry->type == QLatin1String("approval.decide");
            OutboxEntry answered = *entry;
            answered.state = state;
            attention = attention || answered.needsAttention();
        }
        // A rejected action's effect leaves the view now; an accepted one stays shown until the pull brings the
        // server's rows. A compensation's shown state follows the server's answer at once.
        if (Result<void> forgotten = replay.forgetEvents(refusedIds); !forgotten)
            return forgotten;
        return replay.rebase(rowCases);
    });
    if (!recorded)
        return fail(recorded.error());
    if (m_singleStep > 0)
        --m_singleStep;
    refreshPendingCount();
    if (m_notifier && !answeredCases.isEmpty()) {
        Q_EMIT m_notifier->casesChanged(QStringList(answeredCases.cbegin(), answeredCases.cend()));
        Q_EMIT m_notifier->outboxChanged();
        if (decidedApproval)
            Q_EMIT m_notifier->approvalsChanged();
    }
    if (attention)
        Q_EMIT attentionNeeded();
    if (!refusal.code.isEmpty()) {
        m_lastError = refusal.message;
        Q_EMIT errorOccurred(refusal.message);
        return signedOut();
    }
    if (retryLater)
        return fail(Error{QStringLiteral("server.unavailable"), tr("The server could not apply a change; it will be sent again."), {}});
    m_backoff.reset();
    push();
}

void SyncEngine::pull()
{
    QPointer<SyncEngine> self(this);
    m_client.pullChanges(m_cursor, m_pullLimit, [self, generation = m_generation, since = m_cursor](Result<QJsonObject> page) {
        if (!self || self->m_generation != generation)
            return;
        if (!page) {
            if (page.error().code == QLatin1String("changes.expired"))
                return self->startFullResync();
            return self->fail(page.error());
        }
        self->handlePage(since, *page);
    });
}

Result<bool> SyncEngine::dataEpochChanged(const QJsonObject &answer)
{
    const QString epoch = answer.value(QLatin1String("data_epoch")).toString();
    if (epoch.isEmpty())
        return false; // a server without epochs
    Result<QString> stored = m_database.meta(kDataEpoch);
    if (!stored)
        return stored.error();
    return !stored->isEmpty() && *stored != epoch;
}

void SyncEngine::handlePage(qint64 since, const QJsonObject &page)
{
    if (Result<bool> changed = dataEpochChanged(page); !changed)
        return fail(changed.error());
    else if (*changed)
        return startFullResync(page.value(QLatin1String("data_epoch")).toString());
    const QJsonArray changes = page.value(QLatin1String("changes")).toArray();
    const qint64 next = page.value(QLatin1String("next")).toInteger(-1);
    const bool more = page.value(QLatin1String("more")).toBool();
    if (next < m_cursor)
        return fail(Error{QStringLiteral("server.bad_answer"), tr("The server's change feed went backwards."), QStringLiteral("/next")});
    CacheStore store(m_database);
    Outbox outbox(m_database);
    PendingReplay replay(m_database);
    CacheStore::Touched touched;
    bool stale = false;
    Result<void> applied = m_database.write([&]() -> Result<void> {
        // The page follows the cursor it was asked from; if the cache moved on meanwhile (another user signed in
        // on it, a resync began), the page belongs to a cache that is gone: drop it and ask again.
        Result<QString> stored = m_database.meta(kCursor);
        if (!stored)
            return stored.error();
        if (stored->toLongLong() != since) {
            stale = true;
            return Error{QStringLiteral("sync.stale_page"), QStringLiteral("stale page"), {}};
        }
        if (Result<void> done = store.applyChanges(changes, touched); !done)
            return done;
        Result<QSet<QString>> unsettled = outbox.unsettledCaseIds();
        if (!unsettled)
            return unsettled.error();
        QSet<QString> replayed = touched.caseIds & *unsettled;
        if (!more) {
            // Up to date: the server's rows now show every answered action, so their local copies can go.
            Result<Outbox::Settled> settled = outbox.settleAnswered();
            if (!settled)
                return settled.error();
            if (Result<void> forgotten = replay.forgetEvents(settled->mutationIds); !forgotten)
                return forgotten;
            replayed += settled->caseIds;
            touched.caseIds += settled->caseIds;
        }
        if (Result<void> rebased = replay.rebase(replayed); !rebased)
            return rebased;
        if (touched.documents) {
            if (Result<void> flagged = m_database.setMeta(kDocumentsStale, QStringLiteral("1")); !flagged)
                return flagged;
        }
        return m_database.setMeta(kCursor, QString::number(next));
    });
    if (stale) {
        if (Result<QString> cursor = m_database.meta(kCursor))
            m_cursor = cursor->toLongLong();
        m_running = false;
        return syncNow();
    }
    if (!applied)
        return fail(applied.error());
    m_cursor = next;
    if (m_notifier) {
        if (!touched.caseIds.isEmpty())
            Q_EMIT m_notifier->casesChanged(QStringList(touched.caseIds.cbegin(), touched.caseIds.cend()));
        if (touched.customers)
            Q_EMIT m_notifier->customersChanged();
        if (touched.approvals)
            Q_EMIT m_notifier->approvalsChanged();
    }
    if (more)
        return pull();
    if (touched.documents)
        return bootstrap(false);
    finishCycle();
}

void SyncEngine::startFullResync(const QString &dataEpoch)
{
    CacheStore store(m_database);
    PendingReplay replay(m_database);
    Result<void> reset = m_database.write([&]() -> Result<void> {
        if (Result<void> forgotten = store.forgetServerData(); !forgotten)
            return forgotten;
        if (Result<void> cursor = m_database.setMeta(kCursor, QStringLiteral("0")); !cursor)
            return cursor;
        // In the same transaction: a cache that forgot the old data is exactly one that knows the new epoch.
        if (!dataEpoch.isEmpty()) {
            if (Result<void> epoch = m_database.setMeta(kDataEpoch, dataEpoch); !epoch)
                return epoch;
        }
        // Unsynced work stays visible while the server's copy is fetched again.
        return replay.replayAll();
    });
    if (!reset)
        return fail(reset.error());
    m_cursor = 0;
    if (m_notifier)
        Q_EMIT m_notifier->reset();
    pull();
}

void SyncEngine::finishCycle()
{
    m_running = false;
    m_backoff.reset();
    m_lastSync = QDateTime::currentDateTimeUtc();
    m_lastError.clear();
    refreshPendingCount();
    setState(State::Idle);
    Q_EMIT synced();
    if (m_again || m_pending > 0)
        QTimer::singleShot(0, this, &SyncEngine::syncNow);
}

} // namespace redress
