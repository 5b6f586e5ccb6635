#include "outbox.h"

#include "jsontext.h"
#include "localdatabase.h"

#include <QJsonDocument>
#include <QUuid>

#include <algorithm>

namespace redress {
namespace {

const QString kColumns = QStringLiteral(
    "seq, id, type, args, case_id, created_at, state, attempts, local_outcome, result, error_code, error_message, settled, dismissed");

} // namespace

QString OutboxEntry::stateId(State state)
{
    switch (state) {
    case State::Pending:
        return QStringLiteral("pending");
    case State::Applied:
        return QStringLiteral("applied");
    case State::PendingApproval:
        return QStringLiteral("pending_approval");
    case State::Rejected:
        return QStringLiteral("rejected");
    }
    return QStringLiteral("pending");
}

bool OutboxEntry::needsAttention() const
{
    if (dismissed)
        return false;
    if (state == State::Rejected)
        return true;
    return state == State::PendingApproval
        && localOutcome.value(QLatin1String("verdict")).toObject().value(QLatin1String("decision")).toString()
        == QLatin1String("allow");
}

OutboxEntry::State OutboxEntry::stateFromId(const QString &id)
{
    if (id == QLatin1String("applied"))
        return State::Applied;
    if (id == QLatin1String("pending_approval"))
        return State::PendingApproval;
    if (id == QLatin1String("rejected"))
        return State::Rejected;
    return State::Pending;
}

Result<QString> Outbox::deviceId()
{
    Result<QString> stored = m_database.meta(QStringLiteral("device_id"));
    if (!stored || !stored->isEmpty())
        return stored;
    const QString made = QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (Result<void> saved = m_database.setMeta(QStringLiteral("device_id"), made); !saved)
        return saved.error();
    return made;
}

Result<OutboxEntry> Outbox::append(const QString &type, const QJsonObject &args, const QString &caseId, qint64 now,
                                   const QJsonObject &localOutcome)
{
    OutboxEntry entry;
    entry.type = type;
    entry.args = args;
    entry.caseId = caseId;
    entry.createdAt = now;
    entry.localOutcome = localOutcome;
    entry.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    Result<void> written = m_database.write([&]() -> Result<void> {
        // The sequence lives in meta, not in MAX(seq): it never goes back, even if old entries are pruned.
        Result<QString> last = m_database.meta(QStringLiteral("last_seq"));
        if (!last)
            return last.error();
        entry.seq = last->toLongLong() + 1;
        if (Result<void> saved = m_database.setMeta(QStringLiteral("last_seq"), QString::number(entry.seq)); !saved)
            return saved;
        Result<QSqlQuery *> inserted = m_database.exec(
            QStringLiteral("INSERT INTO outbox(seq, id, type, args, case_id, created_at, local_outcome) VALUES(?, ?, ?, ?, ?, ?, ?)"),
            {entry.seq, entry.id, type, compactJson(args), caseId, now, compactJson(localOutcome)});
        if (!inserted)
            return inserted.error();
        return {};
    });
    if (!written)
        return written.error();
    return entry;
}

Result<QList<OutboxEntry>> Outbox::select(const QString &where, const QVariantList &binds)
{
    Result<QSqlQuery *> query = m_database.exec(QLatin1String("SELECT ") + kColumns + QLatin1String(" FROM outbox ") + where, binds);
    if (!query)
        return query.error();
    QList<OutboxEntry> entries;
    QSqlQuery &rows = *query.value();
    while (rows.next()) {
        OutboxEntry entry;
        entry.seq = rows.value(0).toLongLong();
        entry.id = rows.value(1).toString();
        entry.type = rows.value(2).toString();
        entry.args = storedJson(rows.value(3));
        entry.caseId = rows.value(4).toString();
        entry.createdAt = rows.value(5).toLongLong();
        entry.state = OutboxEntry::stateFromId(rows.value(6).toString());
        entry.attempts = rows.value(7).toInt();
        entry.localOutcome = storedJson(rows.value(8));
        entry.result = storedJson(rows.value(9));
        entry.errorCode = rows.value(10).toString();
        entry.errorMessage = rows.value(11).toString();
        entry.settled = rows.value(12).toBool();
        entry.dismissed = rows.value(13).toBool();
        entries.append(std::move(entry));
    }
    rows.finish();
    return entries;
}

Result<QList<OutboxEntry>> Outbox::pending(int limit)
{
    return select(QStringLiteral("WHERE state = 'pending' ORDER BY seq LIMIT ?"), {limit});
}

Result<QList<OutboxEntry>> Outbox::unsettled()
{
    return select(QStringLiteral("WHERE settled = 0 AND state <> 'rejected' ORDER BY seq"), {});
}

Result<QList<OutboxEntry>> Outbox::unsettledChangingRows(const QSet<QString> &caseIds)
{
    // One indexed query per case (outbox_by_case), merged in sequence order: a case's thousands of unsynced notes
    // are never read, only the few mutations that change rows.
    QList<OutboxEntry> entries;
    for (const QString &caseId : caseIds) {
        Result<QList<OutboxEntry>> forCase = select(
            QStringLiteral("WHERE case_id = ? AND settled = 0 AND state <> 'rejected'"
                           " AND type NOT IN ('note.add', 'message.send', 'delegation.create') ORDER BY seq"),
            {caseId});
        if (!forCase)
            return forCase;
        entries += *forCase;
    }
    std::sort(entries.begin(), entries.end(), [](const OutboxEntry &a, const OutboxEntry &b) { return a.seq < b.seq; });
    return entries;
}

Result<QSet<QString>> Outbox::unsettledCaseIds()
{
    Result<QSqlQuery *> query = m_database.exec(
        QStringLiteral("SELECT DISTINCT case_id FROM outbox WHERE settled = 0 AND state <> 'rejected'"
                       " AND type NOT IN ('note.add', 'message.send', 'delegation.create')"));
    if (!query)
        return query.error();
    QSet<QString> caseIds;
    while (query.value()->next())
        caseIds.insert(query.value()->value(0).toString());
    query.value()->finish();
    return caseIds;
}

Result<OutboxEntry> Outbox::entry(qint64 seq)
{
    Result<QList<OutboxEntry>> found = select(QStringLiteral("WHERE seq = ?"), {seq});
    if (!found)
        return found.error();
    if (found->isEmpty())
        return Error{QStringLiteral("outbox.not_found"), QStringLiteral("No outbox entry %1.").arg(seq), {}};
    return found->first();
}

Result<QList<OutboxEntry>> Outbox::recent(int limit)
{
    return select(QStringLiteral("ORDER BY seq DESC LIMIT ?"), {limit});
}

Result<void> Outbox::recordAnswer(qint64 seq, OutboxEntry::State state, const QJsonObject &result, qint64 now)
{
    const QJsonObject error = result.value(QLatin1String("error")).toObject();
    Result<QSqlQuery *> done = m_database.exec(
        QStringLiteral("UPDATE outbox SET state = ?, result = ?, error_code = ?, error_message = ?, synced_at = ?,"
                       " settled = ? WHERE seq = ?"),
        {OutboxEntry::stateId(state), compactJson(result), error.value(QLatin1String("code")).toString(),
         error.value(QLatin1String("message")).toString(), now, state == OutboxEntry::State::Rejected ? 1 : 0, seq});
    if (!done)
        return done.error();
    return {};
}

Result<void> Outbox::countAttempt(const QList<qint64> &seqs)
{
    for (qint64 seq : seqs) {
        if (Result<QSqlQuery *> done = m_database.exec(QStringLiteral("UPDATE outbox SET attempts = attempts + 1 WHERE seq = ?"), {seq});
            !done) {
            return done.error();
        }
    }
    return {};
}

Result<Outbox::Settled> Outbox::settleAnswered()
{
    Result<QSqlQuery *> answered = m_database.exec(
        QStringLiteral("SELECT id, case_id FROM outbox WHERE settled = 0 AND state IN ('applied', 'pending_approval')"));
    if (!answered)
        return answered.error();
    Settled settled;
    while (answered.value()->next()) {
        settled.mutationIds.append(answered.value()->value(0).toString());
        settled.caseIds.insert(answered.value()->value(1).toString());
    }
    answered.value()->finish();
    if (settled.mutationIds.isEmpty())
        return settled;
    Result<QSqlQuery *> done = m_database.exec(
        QStringLiteral("UPDATE outbox SET settled = 1 WHERE settled = 0 AND state IN ('applied', 'pending_approval')"));
    if (!done)
        return done.error();
    return settled;
}

Result<void> Outbox::dismiss(qint64 seq)
{
    Result<QSqlQuery *> done = m_database.exec(QStringLiteral("UPDATE outbox SET dismissed = 1 WHERE seq = ?"), {seq});
    if (!done)
        return done.error();
    return {};
}

Result<int> Outbox::pendingCount()
{
    Result<QSqlQuery *> query = m_database.exec(QStringLiteral("SELECT COUNT(*) FROM outbox WHERE state = 'pending'"));
    if (!query)
        return query.error();
    const int count = query.value()->next() ? query.value()->value(0).toInt() : 0;
    query.value()->finish();
    return count;
}

Result<QList<OutboxEntry>> Outbox::needingAttention()
{
    return select(QStringLiteral("WHERE dismissed = 0 AND (state = 'rejected' OR (state = 'pending_approval'"
                                 " AND json_extract(local_outcome, '$.verdict.decision') = 'allow')) ORDER BY seq DESC"),
                  {});
}

} // namespace redress
