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

    /// The optimistic effect of one mutation, made in the transaction that queues it.
    Result<void> applyEffect(const OutboxEntry &entry);
    /// Resets these cases to the server's copy and replays their unsettled mutations.
    Result<void> rebase(const QSet<QString> &caseIds);

private:
    Result<void> resetCase(const QString &caseId);
    Result<void> addLocalEvent(const OutboxEntry &entry, const QString &type, const QJsonObject &data);
    Result<QJsonObject> caseView(const QString &caseId);
    Result<void> writeCaseView(const QString &caseId, const QJsonObject &view);
    Result<void> openCase(const OutboxEntry &entry);
    Result<void> proposeCompensation(const OutboxEntry &entry);
    Result<void> decideApproval(const OutboxEntry &entry);
    Result<QJsonObject> user();

    LocalDatabase &m_database;
    QJsonObject m_user;
};

} // namespace redress
