#include "changeretention.h"

#include "database.h"
#include "writetransaction.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>

#include <vector>

namespace redress {
namespace {

// A row is pruned when it was committed by the cutoff, is not a timeline event, and a newer row of the same
// record exists. One text for the SELECT and the DELETE, so both name the same rows.
constexpr char kSuperseded[] = " FROM changes AS c WHERE c.seq <= ? AND c.entity <> 'case_event' AND EXISTS "
                               "(SELECT 1 FROM changes n WHERE n.entity = c.entity AND n.entity_id = c.entity_id "
                               "AND n.seq > c.seq)";

QJsonObject parsed(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

/// One record whose older rows go: their fields, folded oldest first, and the last of their sequences.
struct Superseded
{
    QString entity;
    QString id;
    qint64 lastSeq = 0;
    QJsonObject fields;
};

} // namespace

Result<ChangeRetention::Outcome> ChangeRetention::prune(qint64 cutoffMs, const QString &actor, bool dryRun)
{
    WriteTransaction transaction(m_database, m_cache);
    if (Result<void> begun = transaction.begin(); !begun)
        return begun.error();
    // SQLite's BEGIN IMMEDIATE already keeps writers out. On PostgreSQL writers queue on the audit head, but the
    // table lock makes "nobody adds a row while the fold is worked out" hold by itself; readers are not blocked.
    if (m_database.driver() == Database::Driver::Postgres) {
        if (Result<void> locked = m_database.execOnce(QStringLiteral("LOCK TABLE changes IN EXCLUSIVE MODE")); !locked)
            return locked.error();
    }

    Outcome outcome;
    // By sequence, not by each row's own time: a row stamped late by a skewed clock cannot leave a hole below the
    // horizon that a reader would then skip.
    Result<QSqlQuery *> cutoff = m_database.exec(QStringLiteral("SELECT COALESCE(MAX(seq), 0) FROM changes WHERE at < ?"),
                                                 {cutoffMs});
    if (!cutoff)
        return cutoff.error();
    outcome.cutoffSeq = cutoff.value()->next() ? cutoff.value()->value(0).toLongLong() : 0;
    cutoff.value()->finish();

    std::vector<Superseded> records;
    Result<QSqlQuery *> rows = m_database.exec(QLatin1String("SELECT c.seq, c.entity, c.entity_id, c.data")
                                                   + QLatin1String(kSuperseded)
                                                   + QLatin1String(" ORDER BY c.entity, c.entity_id, c.seq"),
                                               {outcome.cutoffSeq});
    if (!rows)
        return rows.error();
    qint64 candidates = 0;
    while (rows.value()->next()) {
        const QSqlQuery &row = *rows.value();
        const qint64 seq = row.value(0).toLongLong();
        const QString entity = row.value(1).toString();
        const QString id = row.value(2).toString();
        if (records.empty() || records.back().entity != entity || records.back().id != id)
            records.push_back(Superseded{entity, id, 0, {}});
        Superseded &record = records.back();
        record.lastSeq = seq;
        const QJsonObject fields = parsed(row.value(3).toString());
        for (auto it = fields.begin(); it != fields.end(); ++it)
            record.fields.insert(it.key(), it.value());
        outcome.horizon = std::max(outcome.horizon, seq);
        ++candidates;
    }
    rows.value()->finish();

    for (const Superseded &record : records) {
        // The next row of the record after the pruned ones; it exists, or the rows would not be superseded.
        Result<QSqlQuery *> next = m_database.exec(
            QStringLiteral("SELECT seq, data FROM changes WHERE entity = ? AND entity_id = ? AND seq > ? ORDER BY seq LIMIT 1"),
            {record.entity, record.id, record.lastSeq});
        if (!next)
            return next.error();
        if (!next.value()->next()) {
            next.value()->finish();
            return Error{QStringLiteral("db.error"), QStringLiteral("no kept row after %1 for %2 %3").arg(record.lastSeq).arg(record.entity, record.id),
                         QStringLiteral("changes")};
        }
        const qint64 keptSeq = next.value()->value(0).toLongLong();
        const QJsonObject kept = parsed(next.value()->value(1).toString());
        next.value()->finish();
        QJsonObject merged = record.fields;
        for (auto it = kept.begin(); it != kept.end(); ++it)
            merged.insert(it.key(), it.value());
        if (merged == kept)
            continue; // a full snapshot already: nothing to carry over
        Result<QSqlQuery *> updated = m_database.exec(
            QStringLiteral("UPDATE changes SET data = ? WHERE seq = ?"),
            {QString::fromUtf8(QJsonDocument(merged).toJson(QJsonDocument::Compact)), keptSeq});
        if (!updated)
            return updated.error();
        ++outcome.rewritten;
    }

    Result<QSqlQuery *> deleted = m_database.exec(QLatin1String("DELETE") + QLatin1String(kSuperseded), {outcome.cutoffSeq});
    if (!deleted)
        return deleted.error();
    outcome.deleted = deleted.value()->numRowsAffected();
    deleted.value()->finish();
    if (outcome.deleted != candidates) {
        return Error{QStringLiteral("db.error"),
                     QStringLiteral("prune selected %1 rows but deleted %2").arg(candidates).arg(outcome.deleted),
                     QStringLiteral("changes")};
    }

    if (outcome.deleted > 0) {
        Result<QSqlQuery *> moved = m_database.exec(
            QStringLiteral("UPDATE change_horizon SET seq = CASE WHEN seq < ? THEN ? ELSE seq END, pruned_at = ? WHERE id = 1"),
            {outcome.horizon, outcome.horizon, QDateTime::currentMSecsSinceEpoch()});
        if (!moved)
            return moved.error();
    }
    Result<QSqlQuery *> horizon = m_database.exec(QStringLiteral("SELECT seq FROM change_horizon WHERE id = 1"));
    if (!horizon)
        return horizon.error();
    if (!horizon.value()->next()) {
        horizon.value()->finish();
        return Error{QStringLiteral("db.error"), QStringLiteral("the change_horizon row is missing; run db migrate"),
                     QStringLiteral("change_horizon")};
    }
    outcome.horizon = horizon.value()->value(0).toLongLong();
    horizon.value()->finish();
    Result<QSqlQuery *> remaining = m_database.exec(QStringLiteral("SELECT COUNT(*) FROM changes"));
    if (!remaining)
        return remaining.error();
    outcome.remaining = remaining.value()->next() ? remaining.value()->value(0).toLongLong() : 0;
    remaining.value()->finish();

    if (dryRun || outcome.deleted == 0)
        return outcome; // the transaction rolls back: a dry run and an empty prune leave no trace, not even in the audit log
    if (Result<void> audited = transaction.audit(
            actor, QStringLiteral("redress-admin"), QStringLiteral("changes.prune"), QStringLiteral("changes"),
            QString::number(outcome.horizon), {},
            QJsonObject{{QStringLiteral("cutoff_at"), cutoffMs},
                        {QStringLiteral("deleted"), outcome.deleted},
                        {QStringLiteral("rewritten"), outcome.rewritten},
                        {QStringLiteral("horizon"), outcome.horizon}});
        !audited) {
        return audited.error();
    }
    if (Result<void> committed = transaction.commit(); !committed)
        return committed.error();
    return outcome;
}

} // namespace redress
