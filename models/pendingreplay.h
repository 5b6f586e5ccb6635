#pragma once

#include "outboxentry.h"
#include "result.h"

#include <QSet>

namespace redress {

class LocalDatabase;

/// Shows unsynced work in the cache: what the agent sees is the server's copy with every unsettled outbox
/// mutation replayed on it, in sequence order.
///
/// Every effect is idempotent and keyed by the mutation, so replaying after a pull, after a rejection (without the
/// rejected mutation) or after a full resync always gives the same picture, and nothing the agent did disappears
/// until the server's own rows show it.
class PendingReplay
{
public:
    explicit PendingReplay(LocalDatabase &database) : m_database(database) {}

    /// The optimistic effect of one mutation — its rows and its timeline event — made in the transaction that
    /// queues it.
    Result<void> applyEffect(const OutboxEntry &entry) { return apply(entry, true); }
    /// Resets these cases' rows (case, compensations, approvals) to the server's copy and replays the row effects
    /// of their unsettled mutations. Local timeline events are left alone: each belongs to one mutation and goes
    /// with it (forgetEvents), so a case with thousands of unsynced notes costs nothing here.
    Result<void> rebase(const QSet<QString> &caseIds);
    /// Removes the local timeline events of these mutations: refused, or now shown by the server's own events.
    Result<void> forgetEvents(const QStringList &mutationIds);
    /// After the server's rows were forgotten (full resync): every unsettled mutation again, rows and events.
    Result<void> replayAll();

    /// Whether a mutation of this type changes cached rows (beyond adding a timeline event).
    static bool changesRows(const QString &type);

private:
    Result<void> apply(const OutboxEntry &entry, bool withEvent);
    Result<void> resetCase(const QString &caseId);
    Result<void> addLocalEvent(const OutboxEntry &entry, const QString &type, const QJsonObject &data);
    Result<QJsonObject> caseView(const QString &caseId);
    Result<void> writeCaseView(const QString &caseId, const QJsonObject &view);
    Result<void> openCase(const OutboxEntry &entry, bool withEvent);
    Result<void> proposeCompensation(const OutboxEntry &entry, bool withEvent);
    Result<void> decideApproval(const OutboxEntry &entry, bool withEvent);
    Result<QJsonObject> user();

    LocalDatabase &m_database;
    QJsonObject m_user;
};

} // namespace redress
