#include "casemutations.h"

#include "caserecords.h"
#include "channel.h"
#include "database.h"
#include "documentcache.h"
#include "jsonobjectreader.h"
#include "writetransaction.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace redress {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("CaseMutations", text);
}

bool isIdentifier(const QString &text, qsizetype maxLength = 64)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._:-]*$"));
    return !text.isEmpty() && text.size() <= maxLength && pattern.match(text).hasMatch();
}

std::optional<Error> checkText(const QString &where, const QString &text, qsizetype minimum, qsizetype maximum)
{
    if (text.trimmed().size() < minimum || text.size() > maximum) {
        return badField(where, tr("Expected %1 to %2 characters; got %3.").arg(minimum).arg(maximum).arg(text.size()));
    }
    return std::nullopt;
}

std::optional<Error> checkFacts(const QJsonObject &facts)
{
    if (QJsonDocument(facts).toJson(QJsonDocument::Compact).size() > 16 * 1024)
        return badField(QStringLiteral("/args/facts"), tr("Case facts are limited to 16 KiB."));
    for (auto it = facts.begin(); it != facts.end(); ++it) {
        if (it.value().isObject() || it.value().isArray())
            return badField(QLatin1String("/args/facts/") + it.key(), tr("A fact is a string, number or true/false."));
    }
    return std::nullopt;
}

const QStringList &caseChannels()
{
    static const QStringList channels{QStringLiteral("phone"), QStringLiteral("chat"), QStringLiteral("email"),
                                      QStringLiteral("counter"), QStringLiteral("sms"), QStringLiteral("event")};
    return channels;
}

Result<CaseRecord> loadOpenCase(MutationContext &context, const QString &caseId)
{
    Result<CaseRecord> record = CaseRecords::load(context, caseId);
    if (record && record->status == QLatin1String("resolved")) {
        return ruleViolation(QStringLiteral("case.resolved"),
                             tr("Case %1 is resolved; reopen it before changing it.").arg(caseId));
    }
    return record;
}

} // namespace

Result<MutationOutcome> CaseMutations::open(MutationContext &context, const QJsonObject &args)
{
    JsonObjectReader reader(args, QStringLiteral("/args"));
    CaseRecord record;
    record.id = reader.requiredString(QStringLiteral("case_id"));
    record.customerId = reader.requiredString(QStringLiteral("customer_id"));
    record.category = reader.requiredString(QStringLiteral("category"));
    record.title = reader.requiredString(QStringLiteral("title"));
    record.channel = reader.optionalString(QStringLiteral("channel"), QStringLiteral("phone"));
    record.brand = reader.optionalString(QStringLiteral("brand"));
    record.region = reader.optionalString(QStringLiteral("region"));
    record.facts = reader.object(QStringLiteral("facts")).json();
    reader.rejectUnknownMembers({QLatin1String("case_id"), QLatin1String("customer_id"), QLatin1String("category"),
                                 QLatin1String("title"), QLatin1String("channel"), QLatin1String("brand"),
                                 QLatin1String("region"), QLatin1String("facts")});
    if (std::optional<Error> error = fieldError(reader))
        return *error;
    if (!isIdentifier(record.id))
        return badField(QStringLiteral("/args/case_id"), tr("A case id is 1 to 64 letters, digits, '.', '_', ':' or '-'."));
    if (!isIdentifier(record.category))
        return badField(QStringLiteral("/args/category"), tr("A category is a snake_case id such as late_delivery."));
    if (std::optional<Error> error = checkText(QStringLiteral("/args/title"), record.title, 1, 200))
        return *error;
    if (!caseChannels().contains(record.channel))
        return badField(QStringLiteral("/args/channel"), tr("The channel is one of %1.").arg(caseChannels().join(QLatin1String(", "))));
    if (std::optional<Error> error = checkFacts(record.facts))
        return *error;

    Result<QSqlQuery *> customer = context.database.exec(
        QStringLiteral("SELECT team, vendor, region FROM customers WHERE id = ?"), {record.customerId});
    if (!customer)
        return customer.error();
    QSqlQuery &row = *customer.value();
    const bool found = row.next();
    record.team = found ? row.value(0).toString() : QString();
    record.vendor = found ? row.value(1).toString() : QString();
    if (record.region.isEmpty() && found)
        record.region = row.value(2).toString();
    row.finish();
    if (!found || !context.scope.allows(record.team, record.vendor)) {
        return notFound(QStringLiteral("customer.not_found"),
                        tr("No customer %1 that you may see.").arg(record.customerId.left(64)));
    }
    record.status = QStringLiteral("open");
    record.openedBy = context.caller.user.id;
    record.assigneeId = context.caller.user.id;
    record.openedAt = context.now;
    record.updatedAt = context.now;
    if (Result<void> inserted = CaseRecords::insert(context, record); !inserted)
        return inserted.error();
    if (Result<void> event = CaseRecords::addEvent(context, record, QStringLiteral("case.opened"),
                                                   QJsonObject{{QStringLiteral("title"), record.title},
                                                               {QStringLiteral("category"), record.category}});
        !event) {
        return event.error();
    }
    if (Result<void> audited = context.transaction.audit(context.caller.user.username, context.caller.deviceId,
                                                         QStringLiteral("case.open"), QStringLiteral("case"), record.id,
                                                         {}, record.toJson());
        !audited) {
        return audited.error();
    }
    return MutationOutcome{};
}

Result<MutationOutcome> CaseMutations::update(MutationContext &context, const QJsonObject &args)
{
    JsonObjectReader reader(args, QStringLiteral("/args"));
    const QString caseId = reader.requiredString(QStringLiteral("case_id"));
    const bool hasTitle = reader.has(QStringLiteral("title"));
    const QString title = reader.optionalString(QStringLiteral("title"));
    const bool hasStatus = reader.has(QStringLiteral("status"));
    const QString status = reader.optionalString(QStringLiteral("status"));
    const bool hasAssignee = reader.has(QStringLiteral("assignee_id"));
    const QString assignee = reader.optionalString(QStringLiteral("assignee_id"));
    const QJsonObject facts = reader.object(QStringLiteral("facts")).json();
    reader.rejectUnknownMembers({QLatin1String("case_id"), QLatin1String("title"), QLatin1String("status"),
                                 QLatin1String("assignee_id"), QLatin1String("facts")});
    if (std::optional<Error> error = fieldError(reader))
        return *error;
    if (hasTitle) {
        if (std::optional<Error> error = checkText(QStringLiteral("/args/title"), title, 1, 200))
            return *error;
    }
    static const QStringList statuses{QStringLiteral("open"), QStringLiteral("in_progress"), QStringLiteral("waiting")};
    if (hasStatus && !statuses.contains(status)) {
        return badField(QStringLiteral("/args/status"),
                        tr("The status is one of %1; resolve a case with case.resolve.").arg(statuses.join(QLatin1String(", "))));
    }
    if (std::optional<Error> error = checkFacts(facts))
        return *error;
    Result<CaseRecord> record = CaseRecords::load(context, caseId);
    if (!record)
        return record.error();
    CaseRecord &current = record.value();
    // Reopening is an update of the status: a resolved case may go back to open, nothing else changes it.
    if (current.status == QLatin1String("resolved") && !(hasStatus && status == QLatin1String("open"))) {
        return ruleViolation(QStringLiteral("case.resolved"),
                             tr("Case %1 is resolved; reopen it (status open) before changing it.").arg(caseId));
    }
    const QJsonObject before = current.toJson();
    if (hasTitle)
        current.title = title;
    if (hasStatus) {
        current.status = status;
        current.resolvedAt = 0;
    }
    if (hasAssignee)
        current.assigneeId = assignee.left(64);
    for (auto it = facts.begin(); it != facts.end(); ++it)
        current.facts.insert(it.key(), it.value());
    if (Result<void> saved = CaseRecords::save(context, current); !saved)
        return saved.error();
    if (Result<void> event = CaseRecords::addEvent(context, current, QStringLiteral("case.updated"), args); !event)
        return event.error();
    if (Result<void> audited = context.transaction.audit(context.caller.user.username, context.caller.deviceId,
                                                         QStringLiteral("case.update"), QStringLiteral("case"), caseId,
                                                         before, current.toJson());
        !audited) {
        return audited.error();
    }
    return MutationOutcome{};
}

Result<MutationOutcome> CaseMutations::addNote(MutationContext &context, const QJsonObject &args)
{
    JsonObjectReader reader(args, QStringLiteral("/args"));
    const QString caseId = reader.requiredString(QStringLiteral("case_id"));
    const QString text = reader.requiredString(QStringLiteral("text"));
    reader.rejectUnknownMembers({QLatin1String("case_id"), QLatin1String("text")});
    if (std::optional<Error> error = fieldError(reader))
        return *error;
    if (std::optional<Error> error = checkText(QStringLiteral("/args/text"), text, 1, 10000))
        return *error;
    Result<CaseRecord> record = CaseRecords::load(context, caseId);
    if (!record)
        return record.error();
    const QJsonObject note{{QStringLiteral("text"), text}};
    if (Result<void> event = CaseRecords::addEvent(context, *record, QStringLiteral("note"), note); !event)
        return event.error();
    if (Result<void> audited = context.transaction.audit(context.caller.user.username, context.caller.deviceId,
                                                         QStringLiteral("note.add"), QStringLiteral("case"), caseId, {}, note);
        !audited) {
        return audited.error();
    }
    return MutationOutcome{};
}

Result<MutationOutcome> CaseMutations::recordTreeWalk(MutationContext &context, DocumentCache &documents,
                                                      const QJsonObject &args)
{
    JsonObjectReader reader(args, QStringLiteral("/args"));
    const QString caseId = reader.requiredString(QStringLiteral("case_id"));
    const QString treeId = reader.requiredString(QStringLiteral("tree_id"));
    const QStringList answers = reader.optionalStringList(QStringLiteral("answers"));
    reader.rejectUnknownMembers({QLatin1String("case_id"), QLatin1String("tree_id"), QLatin1String("answers")});
    if (std::optional<Error> error = fieldError(reader))
        return *error;
    if (answers.size() > 1000)
        return badField(QStringLiteral("/args/answers"), tr("At most 1000 answers."));
    Result<CaseRecord> record = loadOpenCase(context, caseId);
    if (!record)
        return record.error();
    Result<std::shared_ptr<const DecisionTree>> tree = documents.tree(treeId);
    if (!tree)
        return tree.error();
    // Guards see the case's facts and the customer's tier, as the client did.
    QJsonObject facts = record->facts;
    Result<QSqlQuery *> customer = context.database.exec(QStringLiteral("SELECT tier FROM customers WHERE id = ?"),
                                                         {record->customerId});
    if (!customer)
        return customer.error();
    if (customer.value()->next())
        facts.insert(QStringLiteral("tier"), customer.value()->value(0).toString());
    customer.value()->finish();
    Result<TreeWalk> walk = tree.value()->walk(answers, facts);
    if (!walk)
        return ruleViolation(walk.error().code, walk.error().toString());
    CaseRecord updated = *record;
    updated.treePath = QString::fromUtf8(QJsonDocument(walk->toJson()).toJson(QJsonDocument::Compact));
    if (Result<void> saved = CaseRecords::save(context, updated); !saved)
        return saved.error();
    if (Result<void> event = CaseRecords::addEvent(context, updated, QStringLiteral("tree.walk"), walk->toJson()); !event)
        return event.error();
    if (Result<void> audited = context.transaction.audit(context.caller.user.username, context.caller.deviceId,
                                                         QStringLiteral("tree.record"), QStringLiteral("case"), caseId,
                                                         {}, walk->toJson());
        !audited) {
        return audited.error();
    }
    return MutationOutcome{};
}

Result<MutationOutcome> CaseMutations::sendMessage(MutationContext &context, DocumentCache &documents,
                                                   const QJsonObject &args)
{
    JsonObjectReader reader(args, QStringLiteral("/args"));
    const QString caseId = reader.requiredString(QStringLiteral("case_id"));
    const QString templateId = reader.requiredString(QStringLiteral("template_id"));
    const QString channelText = reader.requiredString(QStringLiteral("channel"));
    const QString locale = reader.optionalString(QStringLiteral("locale"), QStringLiteral("en"));
    const QString subject = reader.optionalString(QStringLiteral("subject"));
    const QString text = reader.requiredString(QStringLiteral("text"));
    reader.rejectUnknownMembers({QLatin1String("case_id"), QLatin1String("template_id"), QLatin1String("channel"),
                                 QLatin1String("locale"), QLatin1String("subject"), QLatin1String("text")});
    if (std::optional<Error> error = fieldError(reader))
        return *error;
    const std::optional<Channel> channel = channelFromId(channelText);
    if (!channel)
        return badField(QStringLiteral("/args/channel"), tr("The channel is email, chat or sms."));
    if (std::optional<Error> error = checkText(QStringLiteral("/args/text"), text, 1, channelLengthLimit(*channel))) {
        return ruleViolation(QStringLiteral("message.too_long"),
                             tr("A %1 message has at most %2 characters; this one has %3.")
                                 .arg(channelText)
                                 .arg(channelLengthLimit(*channel))
                                 .arg(text.size()));
    }
    // A message with an unresolved placeholder is never sent, whatever the client says.
    if (text.contains(QLatin1String("{{")) || subject.contains(QLatin1String("{{"))) {
        return ruleViolation(QStringLiteral("message.unresolved"),
                             tr("The message still has an unresolved {{placeholder}}; it was not sent."));
    }
    Result<CaseRecord> record = loadOpenCase(context, caseId);
    if (!record)
        return record.error();
    Result<std::shared_ptr<const RecoveryTemplate>> recoveryTemplate = documents.recoveryTemplate(templateId);
    if (!recoveryTemplate)
        return recoveryTemplate.error();
    const QJsonObject message{{QStringLiteral("template_id"), templateId},
                              {QStringLiteral("template_version"), recoveryTemplate.value()->version()},
                              {QStringLiteral("channel"), channelText},
                              {QStringLiteral("locale"), locale.left(16)},
                              {QStringLiteral("subject"), subject.left(300)},
                              {QStringLiteral("text"), text}};
    if (Result<void> event = CaseRecords::addEvent(context, *record, QStringLiteral("message.sent"), message); !event)
        return event.error();
    if (Result<void> audited = context.transaction.audit(context.caller.user.username, context.caller.deviceId,
                                                         QStringLiteral("message.send"), QStringLiteral("case"), caseId,
                                                         {}, message);
        !audited) {
        return audited.error();
    }
    return MutationOutcome{};
}

Result<MutationOutcome> CaseMutations::resolve(MutationContext &context, const QJsonObject &args)
{
    JsonObjectReader reader(args, QStringLiteral("/args"));
    const QString caseId = reader.requiredString(QStringLiteral("case_id"));
    const QString rootCause = reader.requiredString(QStringLiteral("root_cause"));
    reader.rejectUnknownMembers({QLatin1String("case_id"), QLatin1String("root_cause")});
    if (std::optional<Error> error = fieldError(reader))
        return *error;
    if (!isIdentifier(rootCause))
        return badField(QStringLiteral("/args/root_cause"), tr("A root cause is a snake_case tag such as carrier_delay."));
    Result<CaseRecord> record = loadOpenCase(context, caseId);
    if (!record)
        return record.error();
    const QJsonObject before = record->toJson();
    CaseRecord updated = *record;
    updated.status = QStringLiteral("resolved");
    updated.rootCause = rootCause;
    updated.resolvedAt = context.now;
    if (Result<void> saved = CaseRecords::save(context, updated); !saved)
        return saved.error();
    if (Result<void> event = CaseRecords::addEvent(context, updated, QStringLiteral("case.resolved"),
                                                   QJsonObject{{QStringLiteral("root_cause"), rootCause}});
        !event) {
        return event.error();
    }
    if (Result<void> audited = context.transaction.audit(context.caller.user.username, context.caller.deviceId,
                                                         QStringLiteral("case.resolve"), QStringLiteral("case"), caseId,
                                                         before, updated.toJson());
        !audited) {
        return audited.error();
    }
    return MutationOutcome{};
}

} // namespace redress
