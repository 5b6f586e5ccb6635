#include "writetransaction.h"

#include "database.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>

namespace redress {
namespace {

QString frontierText(const MerkleHash &tree)
{
    QStringList hashes;
    hashes.reserve(tree.frontier().size());
    for (const QByteArray &hash : tree.frontier())
        hashes.append(QString::fromLatin1(hash.toHex()));
    return hashes.join(QLatin1Char(','));
}

} // namespace

WriteTransaction::WriteTransaction(Database &database, AuditChain &cache)
    : m_database(database)
    , m_cache(cache)
{
}

WriteTransaction::~WriteTransaction()
{
    if (m_open)
        m_database.rollback();
}

Result<void> WriteTransaction::begin()
{
    if (Result<void> begun = m_database.begin(); !begun)
        return begun;
    m_open = true;
    Result<QSqlQuery *> head = m_database.exec(
        QLatin1String("SELECT size, head_hash, frontier FROM audit_state WHERE id = 1") + m_database.forUpdate());
    if (!head)
        return head.error();
    QSqlQuery &row = *head.value();
    if (!row.next()) {
        return Error{QStringLiteral("audit.state"),
                     QCoreApplication::translate("WriteTransaction", "The audit head row is missing; run db migrate."), {}};
    }
    const qint64 size = row.value(0).toLongLong();
    const QString headHex = row.value(1).toString();
    const QString frontier = row.value(2).toString();
    row.finish();
    if (m_cache.size() == size && QString::fromLatin1(m_cache.headHash().toHex()) == headHex) {
        m_chain = m_cache;
        return {};
    }
    return loadChain(size, headHex, frontier);
}

Result<void> WriteTransaction::loadChain(qint64 size, const QString &headHex, const QString &frontier)
{
    if (size == 0) {
        m_chain = AuditChain();
        return {};
    }
    QList<QByteArray> hashes;
    for (const QString &hex : frontier.split(QLatin1Char(','), Qt::SkipEmptyParts))
        hashes.append(QByteArray::fromHex(hex.toLatin1()));
    Result<MerkleHash> tree = MerkleHash::fromFrontier(size, hashes);
    if (!tree)
        return tree.error();
    Result<QSqlQuery *> last = m_database.exec(QStringLiteral("SELECT entry FROM audit_log WHERE seq = ?"), {size});
    if (!last)
        return last.error();
    if (!last.value()->next()) {
        return Error{QStringLiteral("audit.state"),
                     QCoreApplication::translate("WriteTransaction", "Audit entry %1 is missing; run audit verify.").arg(size),
                     {}};
    }
    const QJsonObject stored = QJsonDocument::fromJson(last.value()->value(0).toString().toUtf8()).object();
    last.value()->finish();
    Result<AuditEntry> entry = AuditEntry::fromJson(stored);
    if (!entry)
        return entry.error();
    if (QString::fromLatin1(entry->chainHash().toHex()) != headHex) {
        return Error{QStringLiteral("audit.state"),
                     QCoreApplication::translate("WriteTransaction",
                                                 "The audit head does not match entry %1; run audit verify.")
                         .arg(size),
                     {}};
    }
    Result<AuditChain> chain = AuditChain::resume(*entry, *tree);
    if (!chain)
        return chain.error();
    m_chain = *chain;
    return {};
}

Result<void> WriteTransaction::audit(const QString &actor, const QString &deviceId, const QString &action,
                                     const QString &entityType, const QString &entityId, const QJsonObject &before,
                                     const QJsonObject &after)
{
    AuditEntry entry;
    entry.setOccurredAt(QDateTime::currentDateTimeUtc());
    entry.setActor(actor);
    entry.setDeviceId(deviceId);
    entry.setAction(action);
    entry.setEntityType(entityType);
    entry.setEntityId(entityId);
    entry.setBefore(before);
    entry.setAfter(after);
    Result<AuditEntry> appended = m_chain.append(std::move(entry));
    if (!appended)
        return appended.error();
    Result<QSqlQuery *> stored = m_database.exec(
        QStringLiteral("INSERT INTO audit_log (seq, entry) VALUES (?, ?)"),
        {appended->sequence(), QString::fromUtf8(QJsonDocument(appended->toJson()).toJson(QJsonDocument::Compact))});
    if (!stored)
        return stored.error();
    m_audited = true;
    return {};
}

Result<qint64> WriteTransaction::change(const QString &entity, const QString &entityId, const QString &op,
                                        const QJsonObject &data, const QString &team, const QString &vendor)
{
    Result<QSqlQuery *> inserted = m_database.exec(
        QStringLiteral("INSERT INTO changes (entity, entity_id, op, data, team, vendor, at) VALUES (?, ?, ?, ?, ?, ?, ?) "
                       "RETURNING seq"),
        {entity, entityId, op, QString::fromUtf8(QJsonDocument(data).toJson(QJsonDocument::Compact)), team, vendor,
         QDateTime::currentMSecsSinceEpoch()});
    if (!inserted)
        return inserted.error();
    QSqlQuery &row = *inserted.value();
    if (!row.next())
        return Error{QStringLiteral("db.error"), QStringLiteral("INSERT … RETURNING gave no row"), QStringLiteral("changes")};
    m_lastChange = row.value(0).toLongLong();
    row.finish();
    return m_lastChange;
}

Result<void> WriteTransaction::commit()
{
    if (m_audited) {
        Result<QSqlQuery *> saved = m_database.exec(
            QStringLiteral("UPDATE audit_state SET size = ?, head_hash = ?, frontier = ? WHERE id = 1"),
            {m_chain.size(), QString::fromLatin1(m_chain.headHash().toHex()), frontierText(m_chain.tree())});
        if (!saved)
            return saved.error();
    }
    if (m_lastChange > 0 && m_database.driver() == Database::Driver::Postgres) {
        // Delivered to every LISTENing server instance when, and only if, the transaction commits.
        Result<QSqlQuery *> notified = m_database.exec(QStringLiteral("SELECT pg_notify('redress_changes', ?)"),
                                                     {QString::number(m_lastChange)});
        if (!notified)
            return notified.error();
        notified.value()->finish();
    }
    if (Result<void> committed = m_database.commit(); !committed)
        return committed;
    m_open = false;
    m_cache = m_chain;
    return {};
}

} // namespace redress
