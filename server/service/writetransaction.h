#pragma once

#include "auditchain.h"
#include "result.h"

#include <QJsonObject>
#include <QString>

namespace redress {

class Database;

/// One write to the server's database: a transaction that also appends to the audit chain and the change feed.
///
/// begin() takes the audit head's row lock first, so on PostgreSQL every writer, in every server instance,
/// queues there: audit sequence numbers have no gaps and change-feed sequence numbers commit in order, so a reader
/// that has seen change N has seen every change below N. (SQLite's BEGIN IMMEDIATE gives the same order.)
/// Nothing is visible to anyone until commit(); destroying an uncommitted WriteTransaction rolls it back.
class WriteTransaction
{
public:
    /// `cache` is the connection's last known chain, reused when nobody else wrote since.
    WriteTransaction(Database &database, AuditChain &cache);
    ~WriteTransaction();
    WriteTransaction(const WriteTransaction &) = delete;
    WriteTransaction &operator=(const WriteTransaction &) = delete;

    Result<void> begin();
    /// Appends an audit entry stamped now (UTC) with the actor and device given.
    Result<void> audit(const QString &actor, const QString &deviceId, const QString &action,
                       const QString &entityType, const QString &entityId, const QJsonObject &before,
                       const QJsonObject &after);
    /// Adds a change-feed row visible to the given scope; returns its sequence number.
    Result<qint64> change(const QString &entity, const QString &entityId, const QString &op, const QJsonObject &data,
                          const QString &team, const QString &vendor);
    /// Saves the audit head and commits. The highest change sequence written is in lastChange() (0 if none).
    Result<void> commit();
    qint64 lastChange() const { return m_lastChange; }

    Database &database() { return m_database; }

private:
    Result<void> loadChain(qint64 size, const QString &headHex, const QString &frontier);

    Database &m_database;
    AuditChain &m_cache;
    AuditChain m_chain;
    bool m_open = false;
    bool m_audited = false;
    qint64 m_lastChange = 0;
};

} // namespace redress
