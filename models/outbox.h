#pragma once

#include "outboxentry.h"
#include "result.h"

#include <QList>
#include <QSet>

namespace redress {

class LocalDatabase;

/// The queue of local actions for the server, in the same SQLite file as the cache.
///
/// append() is called inside the transaction that changes the cache, so an action is never shown without being
/// queued, nor queued without being shown. Entries are kept after the server answers: a rejection stays, with its
/// reason, until the agent dismisses it.
class Outbox
{
public:
    explicit Outbox(LocalDatabase &database) : m_database(database) {}

    /// This installation's device id, made on first use and kept with the cache.
    Result<QString> deviceId();
    /// Queues a mutation with the next sequence number and a fresh UUID.
    Result<OutboxEntry> append(const QString &type, const QJsonObject &args, const QString &caseId, qint64 now,
                               const QJsonObject &localOutcome = {});
    /// The oldest unanswered mutations, in sequence order.
    Result<QList<OutboxEntry>> pending(int limit);
    /// Mutations whose effect the cache still shows: unanswered, or answered but not yet seen in a pull.
    Result<QList<OutboxEntry>> unsettled();
    /// Of those, the ones on these cases that change rows (not only add a timeline event), in sequence order.
    Result<QList<OutboxEntry>> unsettledChangingRows(const QSet<QString> &caseIds);
    Result<OutboxEntry> entry(qint64 seq);
    /// The cases whose rows still show unsettled work.
    Result<QSet<QString>> unsettledCaseIds();
    /// Every entry, newest first, for the outbox view.
    Result<QList<OutboxEntry>> recent(int limit);

    /// Records the server's answer. A rejection is settled at once: its effect leaves the cache now.
    Result<void> recordAnswer(qint64 seq, OutboxEntry::State state, const QJsonObject &result, qint64 now);
    Result<void> countAttempt(const QList<qint64> &seqs);
    /// After a pull reached the head: answered mutations are now shown by the server's rows. Returns their ids and
    /// cases.
    struct Settled
    {
        QStringList mutationIds;
        QSet<QString> caseIds;
    };
    Result<Settled> settleAnswered();
    Result<void> dismiss(qint64 seq);

    Result<int> pendingCount();
    /// Answers the agent should see: rejections not dismissed, and offline grants the server sent for approval.
    Result<QList<OutboxEntry>> needingAttention();

private:
    Result<QList<OutboxEntry>> select(const QString &where, const QVariantList &binds);

    LocalDatabase &m_database;
};

} // namespace redress
