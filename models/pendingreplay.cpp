#include "pendingreplay.h"

#include "jsontext.h"
#include "localdatabase.h"
#include "outbox.h"

#include <QJsonDocument>

namespace redress {
namespace {

QString str(const QJsonObject &object, const char *key)
{
    return object.value(QLatin1String(key)).toString();
}

} // namespace

Result<QJsonObject> PendingReplay::user()
{
    if (m_user.isEmpty()) {
        Result<QString> stored = m_database.meta(QStringLiteral("user"));
        if (!stored)
            return stored.error();
        m_user = storedJson(*stored);
    }
    return m_user;
}

bool PendingReplay::changesRows(const QString &type)
{
    return type != QLatin1String("note.add") && type != QLatin1String("message.send")
        && type != QLatin1String("delegation.create");
}

Result<void> PendingReplay::rebase(const QSet<QString> &caseIds)
{
    if (caseIds.isEmpty())
        return {};
    return m_database.write([&]() -> Result<void> {
        for (const QString &caseId : caseIds) {
            if (Result<void> reset = resetCase(caseId); !reset)
                return reset;
        }
        Result<QList<OutboxEntry>> entries = Outbox(m_database).unsettledChangingRows(caseIds);
        if (!entries)
            return entries.error();
        for (const OutboxEntry &entry : *entries) {
            if (Result<void> applied = apply(entry, false); !applied)
                return applied;
        }
        return {};
    });
}

Result<void> PendingReplay::forgetEvents(const QStringList &mutationIds)
{
    for (const QString &id : mutationIds) {
        if (Result<QSqlQuery *> done = m_database.exec(QStringLiteral("DELETE FROM case_events WHERE mutation_id = ?"), {id}); !done)
            return done.error();
    }
    return {};
}

Result<void> PendingReplay::replayAll()
{
    return m_database.write([&]() -> Result<void> {
        if (Result<QSqlQuery *> done = m_database.exec(QStringLiteral("DELETE FROM case_events WHERE mutation_id IS NOT NULL")); !done)
            return done.error();
        Result<QList<OutboxEntry>> entries = Outbox(m_database).unsettled();
        if (!entries)
            return entries.error();
        for (const OutboxEntry &entry : *entries) {
            if (Result<void> applied = apply(entry, true); !applied)
                return applied;
        }
        return {};
    });
}

Result<void> PendingReplay::resetCase(const QString &caseId)
{
    static const char *const statements[] = {
        "DELETE FROM cases WHERE id = ? AND server_data IS NULL",
        "UPDATE cases SET data = server_data, status = json_extract(server_data, '$.status'),"
        " assignee_id = json_extract(server_data, '$.assignee_id'), title = json_extract(server_data, '$.title'),"
        " updated_at = json_extract(server_data, '$.updated_at') WHERE id = ? AND data <> server_data",
        "DELETE FROM compensations WHERE case_id = ? AND server_data IS NULL",
        "UPDATE compensations SET data = server_data, state = json_extract(server_data, '$.state')"
        " WHERE case_id = ? AND data <> server_data",
        "UPDATE approvals SET data = server_data, state = json_extract(server_data, '$.state')"
        " WHERE case_id = ? AND data <> server_data",
    };
    for (const char *statement : statements) {
        if (Result<QSqlQuery *> done = m_database.exec(QString::fromLatin1(statement), {caseId}); !done)
            return done.error();
    }
    return {};
}

Result<QJsonObject> PendingReplay::caseView(const QString &caseId)
{
    Result<QSqlQuery *> row = m_database.exec(QStringLiteral("SELECT data FROM cases WHERE id = ?"), {caseId});
    if (!row)
        return row.error();
    QJsonObject view = row.value()->next() ? storedJson(row.value()->value(0)) : QJsonObject();
    row.value()->finish();
    return view;
}

Result<void> PendingReplay::writeCaseView(const QString &caseId, const QJsonObject &view)
{
    Result<QSqlQuery *> done = m_database.exec(
        QStringLiteral("UPDATE cases SET data = ?, status = ?, assignee_id = ?, title = ?, updated_at = ? WHERE id = ?"),
        {compactJson(view), str(view, "status"), str(view, "assignee_id"), str(view, "title"),
         view.value(QLatin1String("updated_at")).toInteger(), caseId});
    if (!done)
        return done.error();
    return {};
}

Result<void> PendingReplay::addLocalEvent(const OutboxEntry &entry, const QString &type, const QJsonObject &data)
{
    Result<QJsonObject> me = user();
    if (!me)
        return me.error();
    Result<QSqlQuery *> done = m_database.exec(
        QStringLiteral("INSERT INTO case_events(mutation_id, case_id, at, actor, type, data) VALUES(?, ?, ?, ?, ?, ?)"),
        {entry.id, entry.caseId, entry.createdAt, str(*me, "username"), type, compactJson(data)});
    if (!done)
        return done.error();
    return {};
}

Result<void> PendingReplay::apply(const OutboxEntry &entry, bool withEvent)
{
    const QString &type = entry.type;
    if (type == QLatin1String("case.open"))
        return openCase(entry, withEvent);
    if (type == QLatin1String("compensation.propose"))
        return proposeCompensation(entry, withEvent);
    if (type == QLatin1String("approval.decide"))
        return decideApproval(entry, withEvent);
    if (type == QLatin1String("note.add")) {
        if (!withEvent)
            return {};
        return addLocalEvent(entry, QStringLiteral("note"), QJsonObject{{QStringLiteral("text"), entry.args.value(QLatin1String("text"))}});
    }
    if (type == QLatin1String("message.send")) {
        if (!withEvent)
            return {};
        QJsonObject message = entry.args;
        message.remove(QStringLiteral("case_id"));
        return addLocalEvent(entry, QStringLiteral("message.sent"), message);
    }
    if (type != QLatin1String("case.update") && type != QLatin1String("case.resolve") && type != QLatin1String("tree.record"))
        return {}; // delegation.create and the like change no cached record

    Result<QJsonObject> view = caseView(entry.caseId);
    if (!view)
        return view.error();
    QJsonObject changed = *view;
    QJsonObject eventData;
    QString eventType;
    if (type == QLatin1String("case.update")) {
        for (const char *key : {"title", "status", "assignee_id"}) {
            if (entry.args.contains(QLatin1String(key)))
                changed.insert(QLatin1String(key), entry.args.value(QLatin1String(key)));
        }
        QJsonObject facts = changed.value(QLatin1String("facts")).toObject();
        const QJsonObject newFacts = entry.args.value(QLatin1String("facts")).toObject();
        for (auto it = newFacts.begin(); it != newFacts.end(); ++it)
            facts.insert(it.key(), it.value());
        changed.insert(QStringLiteral("facts"), facts);
        eventType = QStringLiteral("case.updated");
        eventData = entry.args;
        eventData.remove(QStringLiteral("case_id"));
    } else if (type == QLatin1String("case.resolve")) {
        changed.insert(QStringLiteral("status"), QStringLiteral("resolved"));
        changed.insert(QStringLiteral("root_cause"), entry.args.value(QLatin1String("root_cause")));
        changed.insert(QStringLiteral("resolved_at"), entry.createdAt);
        eventType = QStringLiteral("case.resolved");
        eventData = QJsonObject{{QStringLiteral("root_cause"), entry.args.value(QLatin1String("root_cause"))}};
    } else {
        const QJsonObject walk = entry.localOutcome.value(QLatin1String("walk")).toObject();
        changed.insert(QStringLiteral("tree_walk"), walk);
        eventType = QStringLiteral("tree.walk");
        eventData = walk;
    }
    // Without the case (not fetched yet during a full resync, or out of this user's scope) only the event shows;
    // the row effect is replayed when the case arrives.
    if (!view->isEmpty()) {
        changed.insert(QStringLiteral("updated_at"), std::max(changed.value(QLatin1String("updated_at")).toInteger(), entry.createdAt));
        if (Result<void> written = writeCaseView(entry.caseId, changed); !written)
            return written;
    }
    return withEvent ? addLocalEvent(entry, eventType, eventData) : Result<void>();
}

Result<void> PendingReplay::openCase(const OutboxEntry &entry, bool withEvent)
{
    const QJsonObject &args = entry.args;
    Result<QSqlQuery *> customer = m_database.exec(QStringLiteral("SELECT team, vendor, region FROM customers WHERE id = ?"),
                                                   {str(args, "customer_id")});
    if (!customer)
        return customer.error();
    QString team, vendor, region;
    if (customer.value()->next()) {
        team = customer.value()->value(0).toString();
        vendor = customer.value()->value(1).toString();
        region = customer.value()->value(2).toString();
    }
    customer.value()->finish();
    Result<QJsonObject> me = user();
    if (!me)
        return me.error();
    const QString myId = str(*me, "id");
    QJsonObject view{{QStringLiteral("id"), entry.caseId},
                     {QStringLiteral("customer_id"), args.value(QLatin1String("customer_id"))},
                     {QStringLiteral("team"), team},
                     {QStringLiteral("vendor"), vendor},
                     {QStringLiteral("category"), args.value(QLatin1String("category"))},
                     {QStringLiteral("brand"), args.value(QLatin1String("brand")).toString()},
                     {QStringLiteral("region"), args.contains(QLatin1String("region")) ? str(args, "region") : region},
                     {QStringLiteral("channel"), args.contains(QLatin1String("channel")) ? str(args, "channel") : QStringLiteral("phone")},
                     {QStringLiteral("title"), args.value(QLatin1String("title"))},
                     {QStringLiteral("status"), QStringLiteral("open")},
                     {QStringLiteral("facts"), args.value(QLatin1String("facts")).toObject()},
                     {QStringLiteral("tree_walk"), QJsonObject()},
                     {QStringLiteral("root_cause"), QString()},
                     {QStringLiteral("assignee_id"), myId},
                     {QStringLiteral("opened_by"), myId},
                     {QStringLiteral("opened_at"), entry.createdAt},
                     {QStringLiteral("updated_at"), entry.createdAt}};
    // When the server's copy has arrived already the case exists: the server's row wins.
    Result<QSqlQuery *> inserted = m_database.exec(
        QStringLiteral("INSERT INTO cases(id, customer_id, category, status, assignee_id, title, opened_at, updated_at, data)"
                       " VALUES(?, ?, ?, 'open', ?, ?, ?, ?, ?) ON CONFLICT(id) DO NOTHING"),
        {entry.caseId, str(args, "customer_id"), str(args, "category"), myId, str(args, "title"), entry.createdAt,
         entry.createdAt, compactJson(view)});
    if (!inserted)
        return inserted.error();
    if (!withEvent)
        return {};
    return addLocalEvent(entry, QStringLiteral("case.opened"),
                         QJsonObject{{QStringLiteral("title"), args.value(QLatin1String("title"))},
                                     {QStringLiteral("category"), args.value(QLatin1String("category"))}});
}

Result<void> PendingReplay::proposeCompensation(const OutboxEntry &entry, bool withEvent)
{
    const QJsonObject &args = entry.args;
    Result<QSqlQuery *> caseRow = m_database.exec(QStringLiteral("SELECT customer_id FROM cases WHERE id = ?"), {entry.caseId});
    if (!caseRow)
        return caseRow.error();
    const QString customerId = caseRow.value()->next() ? caseRow.value()->value(0).toString() : QString();
    caseRow.value()->finish();
    Result<QJsonObject> me = user();
    if (!me)
        return me.error();
    const QJsonObject verdict = entry.localOutcome.value(QLatin1String("verdict")).toObject();
    // Once the server answered, its outcome is what the agent sees; before, the local verdict.
    QString state = str(verdict, "decision") == QLatin1String("allow") ? QStringLiteral("applied") : QStringLiteral("pending_approval");
    if (entry.state == OutboxEntry::State::Applied)
        state = QStringLiteral("applied");
    else if (entry.state == OutboxEntry::State::PendingApproval)
        state = QStringLiteral("pending_approval");
    const QJsonObject amount = args.value(QLatin1String("amount")).toObject();
    const QString compensationId = str(args, "compensation_id");
    const QJsonObject compensation{{QStringLiteral("id"), compensationId},
                                   {QStringLiteral("case_id"), entry.caseId},
                                   {QStringLiteral("customer_id"), customerId},
                                   {QStringLiteral("actor_id"), str(*me, "id")},
                                   {QStringLiteral("kind"), args.value(QLatin1String("kind"))},
                                   {QStringLiteral("amount"), amount},
                                   {QStringLiteral("reason"), args.value(QLatin1String("reason")).toString()},
                                   {QStringLiteral("state"), state},
                                   {QStringLiteral("approval_id"), str(entry.result, "approval_id")},
                                   {QStringLiteral("created_at"), entry.createdAt},
                                   {QStringLiteral("verdict"), verdict},
                                   {QStringLiteral("local"), true}};
    Result<QSqlQuery *> inserted = m_database.exec(
        QStringLiteral("INSERT INTO compensations(id, case_id, customer_id, actor_id, kind, amount_minor, currency, state,"
                       " created_at, data) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(id) DO NOTHING"),
        {compensationId, entry.caseId, customerId, str(*me, "id"), str(args, "kind"),
         amount.value(QLatin1String("minor")).toInteger(), str(amount, "currency"), state, entry.createdAt,
         compactJson(compensation)});
    if (!inserted)
        return inserted.error();
    if (inserted.value()->numRowsAffected() == 0 || !withEvent)
        return {}; // the server's row is here (its timeline event too), or only the rows are replayed
    return addLocalEvent(entry,
                         state == QLatin1String("applied") ? QStringLiteral("compensation.applied")
                                                           : QStringLiteral("compensation.requested"),
                         compensation);
}

Result<void> PendingReplay::decideApproval(const OutboxEntry &entry, bool withEvent)
{
    Result<QSqlQuery *> row = m_database.exec(QStringLiteral("SELECT data FROM approvals WHERE id = ?"),
                                              {str(entry.args, "approval_id")});
    if (!row)
        return row.error();
    QJsonObject approval = row.value()->next() ? storedJson(row.value()->value(0)) : QJsonObject();
    row.value()->finish();
    if (approval.isEmpty())
        return {};
    Result<QJsonObject> me = user();
    if (!me)
        return me.error();
    const bool approved = str(entry.args, "decision") == QLatin1String("approve");
    const QString state = approved ? QStringLiteral("approved") : QStringLiteral("rejected");
    approval.insert(QStringLiteral("state"), state);
    approval.insert(QStringLiteral("decided_by"), str(*me, "id"));
    approval.insert(QStringLiteral("decided_at"), entry.createdAt);
    approval.insert(QStringLiteral("comment"), entry.args.value(QLatin1String("comment")).toString());
    Result<QSqlQuery *> done = m_database.exec(QStringLiteral("UPDATE approvals SET data = ?, state = ? WHERE id = ?"),
                                               {compactJson(approval), state, str(entry.args, "approval_id")});
    if (!done)
        return done.error();
    if (!withEvent)
        return {};
    return addLocalEvent(entry, approved ? QStringLiteral("approval.approved") : QStringLiteral("approval.rejected"),
                         QJsonObject{{QStringLiteral("approval_id"), str(entry.args, "approval_id")},
                                     {QStringLiteral("comment"), entry.args.value(QLatin1String("comment")).toString()}});
}

} // namespace redress
