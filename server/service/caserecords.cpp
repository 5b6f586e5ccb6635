#include "caserecords.h"

#include "database.h"
#include "jsonobjectreader.h"
#include "reportsummary.h"
#include "writetransaction.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace redress {
namespace {

QString compact(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

} // namespace

Error notFound(const QString &code, const QString &message)
{
    return Error{code, message, {}};
}

Error forbidden(const QString &message)
{
    return Error{QStringLiteral("forbidden"), message, {}};
}

Error conflict(const QString &message)
{
    return Error{QStringLiteral("conflict"), message, {}};
}

Error ruleViolation(const QString &code, const QString &message)
{
    return Error{code, message, {}};
}

Error badField(const QString &where, const QString &message)
{
    return Error{QStringLiteral("request.field"), message, where};
}

std::optional<Error> fieldError(const JsonObjectReader &reader)
{
    if (!reader.error())
        return std::nullopt;
    return badField(reader.error()->where, reader.error()->message);
}

int statusForMutationError(const Error &error)
{
    if (error.code == QLatin1String("internal"))
        return 500;
    if (error.code.endsWith(QLatin1String("not_found")))
        return 404;
    if (error.code == QLatin1String("forbidden") || error.code == QLatin1String("device.other_user"))
        return 403;
    if (error.code == QLatin1String("conflict") || error.code == QLatin1String("mutation.conflict"))
        return 409;
    if (error.code.startsWith(QLatin1String("request.")) || error.code.startsWith(QLatin1String("json.")))
        return 400;
    return 422;
}

QJsonObject CaseRecord::toJson() const
{
    QJsonObject json{{QStringLiteral("id"), id},
                     {QStringLiteral("customer_id"), customerId},
                     {QStringLiteral("team"), team},
                     {QStringLiteral("vendor"), vendor},
                     {QStringLiteral("category"), category},
                     {QStringLiteral("brand"), brand},
                     {QStringLiteral("region"), region},
                     {QStringLiteral("channel"), channel},
                     {QStringLiteral("title"), title},
                     {QStringLiteral("status"), status},
                     {QStringLiteral("facts"), facts},
                     {QStringLiteral("tree_walk"), QJsonDocument::fromJson(treePath.toUtf8()).object()},
                     {QStringLiteral("root_cause"), rootCause},
                     {QStringLiteral("assignee_id"), assigneeId},
                     {QStringLiteral("opened_by"), openedBy},
                     {QStringLiteral("opened_at"), openedAt},
                     {QStringLiteral("updated_at"), updatedAt}};
    if (resolvedAt > 0)
        json.insert(QStringLiteral("resolved_at"), resolvedAt);
    return json;
}

Result<CaseRecord> CaseRecords::load(MutationContext &context, const QString &caseId)
{
    Result<QSqlQuery *> query = context.database.exec(
        QStringLiteral("SELECT id, customer_id, team, vendor, category, brand, region, channel, title, status, facts, "
                       "tree_path, root_cause, assignee_id, opened_by, opened_at, updated_at, resolved_at "
                       "FROM cases WHERE id = ?")
            + context.database.forUpdate(),
        {caseId});
    if (!query)
        return query.error();
    QSqlQuery &row = *query.value();
    if (!row.next() || !context.scope.allows(row.value(2).toString(), row.value(3).toString())) {
        row.finish();
        return notFound(QStringLiteral("case.not_found"),
                        QCoreApplication::translate("CaseRecords", "No case %1 that you may see.").arg(caseId.left(64)));
    }
    CaseRecord record;
    record.id = row.value(0).toString();
    record.customerId = row.value(1).toString();
    record.team = row.value(2).toString();
    record.vendor = row.value(3).toString();
    record.category = row.value(4).toString();
    record.brand = row.value(5).toString();
    record.region = row.value(6).toString();
    record.channel = row.value(7).toString();
    record.title = row.value(8).toString();
    record.status = row.value(9).toString();
    record.facts = QJsonDocument::fromJson(row.value(10).toString().toUtf8()).object();
    record.treePath = row.value(11).toString();
    record.rootCause = row.value(12).toString();
    record.assigneeId = row.value(13).toString();
    record.openedBy = row.value(14).toString();
    record.openedAt = row.value(15).toLongLong();
    record.updatedAt = row.value(16).toLongLong();
    record.resolvedAt = row.value(17).isNull() ? 0 : row.value(17).toLongLong();
    row.finish();
    return record;
}

Result<void> CaseRecords::insert(MutationContext &context, const CaseRecord &record)
{
    Result<QSqlQuery *> inserted = context.database.exec(
        QStringLiteral("INSERT INTO cases (id, customer_id, team, vendor, category, brand, region, channel, title, status, "
                       "facts, assignee_id, opened_by, opened_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {record.id, record.customerId, record.team, record.vendor, record.category, record.brand, record.region,
         record.channel, record.title, record.status, compact(record.facts), record.assigneeId, record.openedBy,
         record.openedAt, record.updatedAt});
    if (!inserted) {
        if (inserted.error().code == QLatin1String("db.unique"))
            return conflict(QCoreApplication::translate("CaseRecords", "Case %1 already exists.").arg(record.id));
        return inserted.error();
    }
    Result<qint64> changed = context.transaction.change(QStringLiteral("case"), record.id, QStringLiteral("upsert"),
                                                        record.toJson(), record.team, record.vendor);
    if (!changed)
        return changed.error();
    // A new case may be the repeat contact of the customer's recent recoveries.
    return ReportSummary::caseOpened(context.database, record.id, record.customerId, record.openedAt);
}

Result<void> CaseRecords::save(MutationContext &context, CaseRecord &record)
{
    record.updatedAt = context.now;
    Result<QSqlQuery *> updated = context.database.exec(
        QStringLiteral("UPDATE cases SET title = ?, status = ?, facts = ?, tree_path = ?, root_cause = ?, "
                       "assignee_id = ?, updated_at = ?, resolved_at = ? WHERE id = ?"),
        {record.title, record.status, compact(record.facts), record.treePath, record.rootCause, record.assigneeId,
         record.updatedAt, record.resolvedAt > 0 ? QVariant(record.resolvedAt) : QVariant(QMetaType::fromType<qint64>()),
         record.id});
    if (!updated)
        return updated.error();
    Result<qint64> changed = context.transaction.change(QStringLiteral("case"), record.id, QStringLiteral("upsert"),
                                                        record.toJson(), record.team, record.vendor);
    if (!changed)
        return changed.error();
    return ReportSummary::refreshCase(context.database, record.id);
}

Result<void> CaseRecords::addEvent(MutationContext &context, const CaseRecord &record, const QString &type,
                                   const QJsonObject &data)
{
    Result<QSqlQuery *> inserted = context.database.exec(
        QStringLiteral("INSERT INTO case_events (case_id, at, actor_id, type, data) VALUES (?, ?, ?, ?, ?) RETURNING id"),
        {record.id, context.now, context.caller.user.id, type, compact(data)});
    if (!inserted)
        return inserted.error();
    QSqlQuery &row = *inserted.value();
    const qint64 eventId = row.next() ? row.value(0).toLongLong() : 0;
    row.finish();
    const QJsonObject event{{QStringLiteral("id"), eventId},
                            {QStringLiteral("case_id"), record.id},
                            {QStringLiteral("at"), context.now},
                            {QStringLiteral("actor_id"), context.caller.user.id},
                            {QStringLiteral("actor"), context.caller.user.username},
                            {QStringLiteral("type"), type},
                            {QStringLiteral("data"), data}};
    Result<qint64> changed = context.transaction.change(QStringLiteral("case_event"), QString::number(eventId),
                                                        QStringLiteral("insert"), event, record.team, record.vendor);
    if (!changed)
        return changed.error();
    // Every change to a case's compensations, approvals and surveys, and every message sent, writes an event after
    // the change: refreshing the case's report figures here keeps them exact in the same transaction. The events
    // that follow insert() or save() (which refresh already) or change nothing counted are left out; any other type,
    // including one added later, refreshes.
    static const QStringList uncounted{QStringLiteral("case.opened"), QStringLiteral("case.updated"),
                                       QStringLiteral("case.resolved"), QStringLiteral("note"), QStringLiteral("tree.walk")};
    if (uncounted.contains(type))
        return {};
    return ReportSummary::refreshCase(context.database, record.id);
}

} // namespace redress
