#include "approvalmutations.h"

#include "caserecords.h"
#include "database.h"
#include "jsonobjectreader.h"
#include "reportsummary.h"
#include "spendtotals.h"
#include "writetransaction.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>

namespace redress {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ApprovalMutations", text);
}

struct ApprovalRecord
{
    QString id;
    QString compensationId;
    QString caseId;
    QString requesterId;
    QString team;
    QString vendor;
    QString requiredLevel;
    qint64 amountMinor = 0;
    QString currency;
    QString state;
    qint64 dueAt = 0;
    int escalations = 0;
};

Result<std::optional<ApprovalRecord>> loadApproval(Database &database, const QString &id)
{
    Result<QSqlQuery *> query = database.exec(
        QStringLiteral("SELECT id, compensation_id, case_id, requester_id, team, vendor, required_level, amount_minor, "
                       "currency, state, due_at, escalations FROM approvals WHERE id = ?")
            + database.forUpdate(),
        {id});
    if (!query)
        return query.error();
    QSqlQuery &row = *query.value();
    std::optional<ApprovalRecord> record;
    if (row.next()) {
        record = ApprovalRecord{row.value(0).toString(), row.value(1).toString(), row.value(2).toString(),
                                row.value(3).toString(), row.value(4).toString(), row.value(5).toString(),
                                row.value(6).toString(), row.value(7).toLongLong(), row.value(8).toString(),
                                row.value(9).toString(), row.value(10).toLongLong(), row.value(11).toInt()};
    }
    row.finish();
    return record;
}

/// Whether a delegation to the caller from someone whose scope holds (team, vendor) is in force now.
Result<bool> holdsDelegation(MutationContext &context, const QString &team, const QString &vendor)
{
    Result<QSqlQuery *> query = context.database.exec(
        QStringLiteral("SELECT u.role, u.team, u.vendor FROM delegations d JOIN users u ON u.id = d.from_user "
                       "WHERE d.to_user = ? AND d.starts_at <= ? AND d.ends_at > ? AND u.disabled = 0"),
        {context.caller.user.id, context.now, context.now});
    if (!query)
        return query.error();
    QSqlQuery &rows = *query.value();
    bool holds = false;
    while (rows.next() && !holds) {
        User from;
        from.role = roleFromId(rows.value(0).toString()).value_or(Role::Integration);
        from.team = rows.value(1).toString();
        from.vendor = rows.value(2).toString();
        holds = AccessScope::of(from).allows(team, vendor);
    }
    rows.finish();
    return holds;
}

std::optional<Role> nextLevel(Role level)
{
    switch (level) {
    case Role::Lead: return Role::Manager;
    case Role::Manager: return Role::Director;
    default: break;
    }
    return std::nullopt;
}

} // namespace

Result<MutationOutcome> ApprovalMutations::decide(MutationContext &context, const QJsonObject &args)
{
    JsonObjectReader reader(args, QStringLiteral("/args"));
    const QString approvalId = reader.requiredString(QStringLiteral("approval_id"));
    const QString decision = reader.requiredString(QStringLiteral("decision"));
    const QString comment = reader.optionalString(QStringLiteral("comment"));
    reader.rejectUnknownMembers({QLatin1String("approval_id"), QLatin1String("decision"), QLatin1String("comment")});
    if (std::optional<Error> error = fieldError(reader))
        return *error;
    if (decision != QLatin1String("approve") && decision != QLatin1String("reject"))
        return badField(QStringLiteral("/args/decision"), tr("The decision is approve or reject."));
    if (comment.size() > 1000)
        return badField(QStringLiteral("/args/comment"), tr("A comment has at most 1000 characters."));
    if (decision == QLatin1String("reject") && comment.trimmed().isEmpty())
        return badField(QStringLiteral("/args/comment"), tr("Say why: a rejection needs a comment the agent will read."));

    Result<std::optional<ApprovalRecord>> loaded = loadApproval(context.database, approvalId);
    if (!loaded)
        return loaded.error();
    const std::optional<ApprovalRecord> &approval = loaded.value();
    bool visible = approval && context.scope.allows(approval->team, approval->vendor);
    if (approval && !visible) {
        Result<bool> delegated = holdsDelegation(context, approval->team, approval->vendor);
        if (!delegated)
            return delegated.error();
        visible = *delegated;
    }
    if (!visible)
        return notFound(QStringLiteral("approval.not_found"), tr("No approval %1 that you may decide.").arg(approvalId.left(64)));
    if (approval->requesterId == context.caller.user.id)
        return forbidden(tr("You cannot decide your own request; another approver must."));
    const Role required = roleFromId(approval->requiredLevel).value_or(Role::Director);
    if (approvalRank(context.caller.user.role) < approvalRank(required)
        || approvalRank(context.caller.user.role) < approvalRank(Role::Lead)) {
        return forbidden(tr("This approval needs a %1 or above.").arg(roleLabel(required)));
    }
    if (approval->state != QLatin1String("pending"))
        return conflict(tr("Approval %1 was already decided (%2).").arg(approvalId, approval->state));

    const QString newState = decision == QLatin1String("approve") ? QStringLiteral("approved") : QStringLiteral("rejected");
    Result<QSqlQuery *> updated = context.database.exec(
        QStringLiteral("UPDATE approvals SET state = ?, decided_by = ?, decided_at = ?, comment = ? "
                       "WHERE id = ? AND state = 'pending'"),
        {newState, context.caller.user.id, context.now, comment, approvalId});
    if (!updated)
        return updated.error();
    if (updated.value()->numRowsAffected() != 1)
        return conflict(tr("Approval %1 was decided by someone else a moment ago.").arg(approvalId));
    const QString compensationState = newState == QLatin1String("approved") ? QStringLiteral("applied") : QStringLiteral("rejected");
    Result<QSqlQuery *> spent = context.database.exec(
        QStringLiteral("SELECT customer_id, actor_id, team, currency, amount_minor, created_at FROM compensations WHERE id = ?"),
        {approval->compensationId});
    if (!spent)
        return spent.error();
    if (spent.value()->next()) {
        QSqlQuery &row = *spent.value();
        const SpendTotals::Compensation compensation{row.value(0).toString(), row.value(1).toString(), row.value(2).toString(),
                                                     row.value(3).toString(), row.value(4).toLongLong(), row.value(5).toLongLong()};
        row.finish();
        if (Result<void> moved = SpendTotals::decide(context.database, compensation, newState == QLatin1String("approved")); !moved)
            return moved.error();
    }
    spent.value()->finish();
    if (Result<QSqlQuery *> compensation = context.database.exec(
            QStringLiteral("UPDATE compensations SET state = ?, decided_at = ? WHERE id = ?"),
            {compensationState, context.now, approval->compensationId});
        !compensation) {
        return compensation.error();
    }
    const QJsonObject decided{{QStringLiteral("id"), approvalId},
                              {QStringLiteral("compensation_id"), approval->compensationId},
                              {QStringLiteral("case_id"), approval->caseId},
                              {QStringLiteral("state"), newState},
                              {QStringLiteral("decided_by"), context.caller.user.id},
                              {QStringLiteral("decided_at"), context.now},
                              {QStringLiteral("comment"), comment}};
    if (Result<qint64> changed = context.transaction.change(QStringLiteral("approval"), approvalId, QStringLiteral("upsert"),
                                                            decided, approval->team, approval->vendor);
        !changed) {
        return changed.error();
    }
    if (Result<qint64> changed = context.transaction.change(
            QStringLiteral("compensation"), approval->compensationId, QStringLiteral("upsert"),
            QJsonObject{{QStringLiteral("id"), approval->compensationId}, {QStringLiteral("state"), compensationState},
                        {QStringLiteral("decided_at"), context.now}},
            approval->team, approval->vendor);
        !changed) {
        return changed.error();
    }
    // The decider may see the case only through the approval (a delegation): the event is written for the case's
    // own scope, so the case's team sees it on the timeline and in the change feed.
    CaseRecord caseScope;
    caseScope.id = approval->caseId;
    caseScope.team = approval->team;
    caseScope.vendor = approval->vendor;
    if (Result<void> event = CaseRecords::addEvent(context, caseScope,
                                                   newState == QLatin1String("approved") ? QStringLiteral("approval.approved")
                                                                                         : QStringLiteral("approval.rejected"),
                                                   decided);
        !event) {
        return event.error();
    }
    if (Result<void> audited = context.transaction.audit(context.caller.user.username, context.caller.deviceId,
                                                         QStringLiteral("approval.decide"), QStringLiteral("approval"),
                                                         approvalId, QJsonObject{{QStringLiteral("state"), QStringLiteral("pending")}},
                                                         decided);
        !audited) {
        return audited.error();
    }
    return MutationOutcome{};
}

Result<MutationOutcome> ApprovalMutations::delegate(MutationContext &context, const QJsonObject &args)
{
    JsonObjectReader reader(args, QStringLiteral("/args"));
    const QString delegationId = reader.requiredString(QStringLiteral("delegation_id"));
    const QString toUsername = reader.requiredString(QStringLiteral("to_username"));
    const qint64 startsAt = reader.requiredInteger(QStringLiteral("starts_at"), 0, qint64(1) << 50);
    const qint64 endsAt = reader.requiredInteger(QStringLiteral("ends_at"), 0, qint64(1) << 50);
    reader.rejectUnknownMembers({QLatin1String("delegation_id"), QLatin1String("to_username"), QLatin1String("starts_at"),
                                 QLatin1String("ends_at")});
    if (std::optional<Error> error = fieldError(reader))
        return *error;
    if (QUuid::fromString(delegationId).isNull())
        return badField(QStringLiteral("/args/delegation_id"), tr("A delegation id is a UUID."));
    if (endsAt <= startsAt || endsAt - startsAt > qint64(90) * 24 * 3600 * 1000)
        return badField(QStringLiteral("/args/ends_at"), tr("A delegation ends after it starts, within 90 days."));
    if (approvalRank(context.caller.user.role) < approvalRank(Role::Lead))
        return forbidden(tr("Only leads and above delegate approvals."));
    Result<QSqlQuery *> target = context.database.exec(
        QStringLiteral("SELECT id, role, vendor, disabled FROM users WHERE username = ?"), {toUsername});
    if (!target)
        return target.error();
    QSqlQuery &row = *target.value();
    const bool found = row.next();
    const QString toId = found ? row.value(0).toString() : QString();
    const Role toRole = found ? roleFromId(row.value(1).toString()).value_or(Role::Integration) : Role::Integration;
    const QString toVendor = found ? row.value(2).toString() : QString();
    const bool disabled = found && row.value(3).toInt() != 0;
    row.finish();
    if (!found || disabled)
        return notFound(QStringLiteral("user.not_found"), tr("No active user \"%1\".").arg(toUsername.left(64)));
    if (toId == context.caller.user.id)
        return badField(QStringLiteral("/args/to_username"), tr("Delegate to someone else."));
    if (approvalRank(toRole) < approvalRank(context.caller.user.role) || toVendor != context.caller.user.vendor)
        return forbidden(tr("Delegate to a user of your level or above, in your own organisation."));
    if (Result<QSqlQuery *> inserted = context.database.exec(
            QStringLiteral("INSERT INTO delegations (id, from_user, to_user, starts_at, ends_at) VALUES (?, ?, ?, ?, ?)"),
            {delegationId, context.caller.user.id, toId, startsAt, endsAt});
        !inserted) {
        if (inserted.error().code == QLatin1String("db.unique"))
            return conflict(tr("Delegation %1 already exists.").arg(delegationId));
        return inserted.error();
    }
    const QJsonObject delegation{{QStringLiteral("id"), delegationId}, {QStringLiteral("from_user"), context.caller.user.id},
                                 {QStringLiteral("to_user"), toId}, {QStringLiteral("starts_at"), startsAt},
                                 {QStringLiteral("ends_at"), endsAt}};
    if (Result<void> audited = context.transaction.audit(context.caller.user.username, context.caller.deviceId,
                                                         QStringLiteral("delegation.create"), QStringLiteral("delegation"),
                                                         delegationId, {}, delegation);
        !audited) {
        return audited.error();
    }
    return MutationOutcome{};
}

Result<int> ApprovalMutations::escalateOverdue(Database &database, AuditChain &auditCache, qint64 now, qint64 slaMs)
{
    WriteTransaction transaction(database, auditCache);
    if (Result<void> begun = transaction.begin(); !begun)
        return begun.error();
    Result<QSqlQuery *> overdue = database.exec(
        QStringLiteral("SELECT id, required_level, team, vendor, escalations, case_id FROM approvals "
                       "WHERE state = 'pending' AND due_at <= ? ORDER BY due_at LIMIT 500"),
        {now});
    if (!overdue)
        return overdue.error();
    struct Row
    {
        QString id, level, team, vendor;
        int escalations;
        QString caseId;
    };
    QList<Row> rows;
    QSqlQuery &query = *overdue.value();
    while (query.next()) {
        rows.append(Row{query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
                        query.value(3).toString(), query.value(4).toInt(), query.value(5).toString()});
    }
    query.finish();
    int moved = 0;
    for (const Row &row : rows) {
        const std::optional<Role> next = nextLevel(roleFromId(row.level).value_or(Role::Director));
        // At the top there is nobody to escalate to: the approval stays overdue, visible as such in the queue.
        const QString level = next ? roleId(*next) : row.level;
        const qint64 dueAt = next ? now + slaMs : std::numeric_limits<qint64>::max() / 2;
        Result<QSqlQuery *> updated = database.exec(
            QStringLiteral("UPDATE approvals SET required_level = ?, due_at = ?, escalations = ? WHERE id = ? AND state = 'pending'"),
            {level, dueAt, row.escalations + (next ? 1 : 0), row.id});
        if (!updated)
            return updated.error();
        if (!next)
            continue;
        // An escalated request no longer counts as decided within its SLA (reports, approval SLA).
        if (Result<void> counted = ReportSummary::refreshCase(database, row.caseId); !counted)
            return counted.error();
        const QJsonObject after{{QStringLiteral("id"), row.id},
                                {QStringLiteral("required_level"), level},
                                {QStringLiteral("due_at"), dueAt},
                                {QStringLiteral("escalations"), row.escalations + 1}};
        if (Result<qint64> changed = transaction.change(QStringLiteral("approval"), row.id, QStringLiteral("upsert"), after,
                                                        row.team, row.vendor);
            !changed) {
            return changed.error();
        }
        if (Result<void> audited = transaction.audit(QStringLiteral("server"), QStringLiteral("server"),
                                                     QStringLiteral("approval.escalate"), QStringLiteral("approval"), row.id,
                                                     QJsonObject{{QStringLiteral("required_level"), row.level}}, after);
            !audited) {
            return audited.error();
        }
        ++moved;
    }
    if (Result<void> committed = transaction.commit(); !committed)
        return committed.error();
    return moved;
}

} // namespace redress
