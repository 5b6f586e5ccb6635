#pragma once

#include "result.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QString>

namespace redress {

class LocalDatabase;

/// Writes what the server sent into the local cache: change-feed pages and the bootstrap's documents.
///
/// Every row keeps the server's copy; an `upsert` that carries only changed members is merged into it. What the
/// agent sees is rebuilt from that copy by PendingReplay for cases with unsynced work. The caller owns the
/// transaction: a page and the cursor after it commit together.
class CacheStore
{
public:
    /// What a page touched, so views refresh only what changed.
    struct Touched
    {
        QSet<QString> caseIds;
        bool customers = false;
        bool approvals = false;
        bool documents = false; ///< a newer policy, tree or template was published: fetch the bootstrap again
        void merge(const Touched &other);
    };

    explicit CacheStore(LocalDatabase &database) : m_database(database) {}

    /// Applies one page of `GET /api/v1/changes`, in order. An unknown entity is skipped (a newer server may send
    /// more kinds); a change without its id or data is an error naming its position.
    Result<void> applyChanges(const QJsonArray &changes, Touched &touched);
    /// Replaces the document `kind`:`id` (a policy, tree or template from the bootstrap).
    Result<void> storeDocument(const QString &kind, const QString &id, int version, const QString &sha256,
                               const QJsonObject &body);
    /// Keeps one of the bootstrap's brands ({"id", "name", "line", "signature", "support_phone"}) as the document
    /// `brand`:`id`: brands come and go with the bootstrap like the active documents, so they are cleared with them.
    /// A brand without an id is an error.
    Result<void> storeBrand(const QJsonObject &brand);
    /// The cached brand `id`; empty when it is not cached.
    Result<QJsonObject> brand(const QString &id);
    /// Forgets everything the server sent — customers, cases, timelines, compensations, approvals — before a full
    /// resync. The outbox and the documents stay: unsynced work is replayed on the fresh copy.
    Result<void> forgetServerData();

private:
    Result<void> upsertCustomer(const QString &id, const QJsonObject &data);
    Result<void> upsertCase(const QString &id, const QJsonObject &data);
    Result<void> insertEvent(const QJsonObject &data);
    Result<void> upsertCompensation(const QString &id, const QJsonObject &data);
    Result<void> upsertApproval(const QString &id, const QJsonObject &data, QString &caseId);
    /// The stored server copy of a row (in `column`) merged with `changed`.
    Result<QJsonObject> mergedServerCopy(const QString &table, const QString &id, const QJsonObject &changed,
                                         QLatin1String column = QLatin1String("server_data"));

    LocalDatabase &m_database;
};

} // namespace redress
