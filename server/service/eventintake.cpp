#include "eventintake.h"

#include "caserecords.h"
#include "database.h"
#include "jsonobjectreader.h"
#include "writetransaction.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QUuid>

#include <cmath>

namespace redress {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("EventIntake", text);
}

/// Case facts are flat (tree guards and policy exclusions compare scalars); nested values from a sender stay in
/// the event's own record on the timeline.
void mergeScalarFacts(QJsonObject &into, const QJsonObject &from)
{
    for (auto it = from.begin(); it != from.end(); ++it) {
        if (!it.value().isObject() && !it.value().isArray())
            into.insert(it.key(), it.value());
    }
}

} // namespace

const QStringList &EventIntake::eventTypes()
{
    static const QStringList types{QStringLiteral("sla_breach"), QStringLiteral("negative_survey"),
                                   QStringLiteral("delivery_failure"), QStringLiteral("vehicle_fault"),
                                   QStringLiteral("billing_anomaly"), QStringLiteral("survey")};
    return types;
}

Result<std::optional<QJsonObject>> EventIntake::earlierAnswer(const QString &eventId)
{
    Result<QSqlQuery *> seen = m_database.exec(QStringLiteral("SELECT result FROM inbound_events WHERE id = ?"), {eventId});
    if (!seen)
        return seen.error();
    std::optional<QJsonObject> first;
    if (seen.value()->next()) {
        first = QJsonDocument::fromJson(seen.value()->value(0).toString().toUtf8()).object();
        first->insert(QStringLiteral("duplicate"), true);
    }
    seen.value()->finish();
    return first;
}

Result<EventIntake::Outcome> EventIntake::receiveSurvey(const Principal &caller, const QJsonObject &body)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    JsonObjectReader reader(body);
    const QString eventId = reader.requiredString(QStringLiteral("event_id"));
    reader.requiredString(QStringLiteral("type"));
    reader.rejectUnknownMembers({QLatin1String("event_id"), QLatin1String("type"), QLatin1String("case_id"),
                                 QLatin1String("customer_id"), QLatin1String("kind"), QLatin1String("score"),
                                 QLatin1String("answered_at")});
    const QString caseId = reader.optionalString(QStringLiteral("case_id"));
    const QString customerId = reader.optionalString(QStringLiteral("customer_id"));
    const QString kind = reader.requiredString(QStringLiteral("kind"));
    if (!reader.failed() && kind != QLatin1String("nps") && kind != QLatin1String("csat"))
        reader.fail(u"kind", QStringLiteral("request.field"), tr("The kind is nps or csat."));
    const bool nps = kind == QLatin1String("nps");
    if (!reader.failed()) {
        // Range errors name the scale, so a sender mixing the two up sees why.
        if (!reader.has(u"score")) {
            reader.requiredInteger(u"score", 0, 10);
        } else {
            const QJsonValue score = body.value(QLatin1String("score"));
            const double value = score.toDouble(-1);
            if (!score.isDouble() || value != std::floor(value) || value < (nps ? 0 : 1) || value > (nps ? 10 : 5))
                reader.fail(u"score", QStringLiteral("request.field"),
                            nps ? tr("An NPS score is a whole number from 0 to 10.") : tr("A CSAT score is a whole number from 1 to 5."));
        }
    }
    const qint64 score = body.value(QLatin1String("score")).toInteger();
    // A survey answered up to 5 minutes "in the future" is clock skew between systems, not an error.
    const qint64 answeredAt = reader.optionalInteger(u"answered_at", 0, now + 5 * 60 * 1000).value_or(now);
    if (!reader.failed() && caseId.isEmpty() == customerId.isEmpty())
        reader.fail(u"case_id", QStringLiteral("request.field"), tr("A survey names either case_id or customer_id."));
    if (std::optional<Error> error = fieldError(reader))
        return *error;
    if (QUuid::fromString(eventId).isNull())
        return Error{QStringLiteral("request.field"), tr("An event id is a UUID."), QStringLiteral("/event_id")};

    WriteTransaction transaction(m_database, m_auditCache);
    if (Result<void> begun = transaction.begin(); !begun)
        return begun.error();
    Result<std::optional<QJsonObject>> earlier = earlierAnswer(eventId);
    if (!earlier)
        return earlier.error();
    if (*earlier)
        return Outcome{**earlier, false};

    // By customer: the survey is about their latest resolved case, else their latest case (a survey sent while the
    // case is still open scores the service before recovery).
    QString targetCase = caseId;
    if (targetCase.isEmpty()) {
        Result<QSqlQuery *> latest = m_database.exec(
            QStringLiteral("SELECT id FROM cases WHERE customer_id = ? ORDER BY CASE WHEN status = 'resolved' THEN 0 ELSE 1 END, "
                           "COALESCE(resolved_at, opened_at) DESC LIMIT 1"),
            {customerId});
        if (!latest)
            return latest.error();
        targetCase = latest.value()->next() ? latest.value()->value(0).toString() : QString();
        latest.value()->finish();
        if (targetCase.isEmpty())
            return Error{QStringLiteral("case.not_found"), tr("Customer %1 has no case.").arg(customerId.left(64)),
                         QStringLiteral("/customer_id")};
    }
    MutationContext context{transaction, m_database, caller, AccessScope::everything(), now};
    Result<CaseRecord> loaded = CaseRecords::load(context, targetCase);
    if (!loaded) {
        Error error = loaded.error();
        error.where = caseId.isEmpty() ? QStringLiteral("/customer_id") : QStringLiteral("/case_id");
        return error;
    }
    const CaseRecord &record = loaded.value();
    if (Result<QSqlQuery *> stored = m_database.exec(
            QStringLiteral("INSERT INTO surveys (id, case_id, customer_id, team, vendor, kind, score, answered_at, received_at) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            {eventId, record.id, record.customerId, record.team, record.vendor, kind, score, answeredAt, now});
        !stored) {
        return stored.error();
    }
    const QJsonObject eventJson{{QStringLiteral("event_id"), eventId}, {QStringLiteral("type"), QStringLiteral("survey")},
                                {QStringLiteral("kind"), kind},         {QStringLiteral("score"), score},
                                {QStringLiteral("answered_at"), answeredAt}};
    if (Result<void> event = CaseRecords::addEvent(context, record, QStringLiteral("event.survey"), eventJson); !event)
        return event.error();
    const QJsonObject answer{{QStringLiteral("event_id"), eventId},
                             {QStringLiteral("case_id"), record.id},
                             {QStringLiteral("result"), QStringLiteral("recorded")},
                             {QStringLiteral("duplicate"), false}};
    if (Result<QSqlQuery *> stored = m_database.exec(
            QStringLiteral("INSERT INTO inbound_events (id, user_id, type, case_id, result, received_at) VALUES (?, ?, ?, ?, ?, ?)"),
            {eventId, caller.user.id, QStringLiteral("survey"), record.id,
             QString::fromUtf8(QJsonDocument(answer).toJson(QJsonDocument::Compact)), now});
        !stored) {
        return stored.error();
    }
    if (Result<void> audited = transaction.audit(caller.user.username, caller.deviceId, QStringLiteral("event.receive"),
                                                 QStringLiteral("case"), record.id, {}, eventJson);
        !audited) {
        return audited.error();
    }
    if (Result<void> committed = transaction.commit(); !committed)
        return committed.error();
    return Outcome{answer, false};
}

Result<EventIntake::Outcome> EventIntake::receive(const Principal &caller, const QJsonObject &body)
{
    if (caller.user.role != Role::Integration)
        return Error{QStringLiteral("forbidden"), tr("Only integration accounts post events."), {}};
    if (body.value(QLatin1String("type")).toString() == QLatin1String("survey"))
        return receiveSurvey(caller, body);
    JsonObjectReader reader(body);
    const QString eventId = reader.requiredString(QStringLiteral("event_id"));
    const QString type = reader.requiredString(QStringLiteral("type"));
    const QString customerId = reader.requiredString(QStringLiteral("customer_id"));
    const QString category = reader.requiredString(QStringLiteral("category"));
    const QString title = reader.requiredString(QStringLiteral("title"));
    const QJsonObject facts = reader.object(QStringLiteral("facts")).json();
    reader.rejectUnknownMembers({QLatin1String("event_id"), QLatin1String("type"), QLatin1String("customer_id"),
                                 QLatin1String("category"), QLatin1String("title"), QLatin1String("facts")});
    if (std::optional<Error> error = fieldError(reader))
        return *error;
    if (QUuid::fromString(eventId).isNull())
        return Error{QStringLiteral("request.field"), tr("An event id is a UUID."), QStringLiteral("/event_id")};
    if (!eventTypes().contains(type) || type == QLatin1String("survey")) {
        return Error{QStringLiteral("request.field"), tr("The type is one of %1.").arg(eventTypes().join(QLatin1String(", "))),
                     QStringLiteral("/type")};
    }
    static const QRegularExpression snake(QStringLiteral("^[a-z][a-z0-9_]{0,63}$"));
    if (!snake.match(category).hasMatch())
        return Error{QStringLiteral("request.field"), tr("A category is a snake_case id."), QStringLiteral("/category")};
    if (title.trimmed().isEmpty() || title.size() > 200)
        return Error{QStringLiteral("request.field"), tr("A title has 1 to 200 characters."), QStringLiteral("/title")};
    if (QJsonDocument(facts).toJson(QJsonDocument::Compact).size() > 16 * 1024)
        return Error{QStringLiteral("request.field"), tr("Facts are limited to 16 KiB."), QStringLiteral("/facts")};

    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    WriteTransaction transaction(m_database, m_auditCache);
    if (Result<void> begun = transaction.begin(); !begun)
        return begun.error();
    Result<std::optional<QJsonObject>> earlier = earlierAnswer(eventId);
    if (!earlier)
        return earlier.error();
    if (*earlier)
        return Outcome{**earlier, false};

    MutationContext context{transaction, m_database, caller, AccessScope::everything(), now};
    Result<QSqlQuery *> customer = m_database.exec(QStringLiteral("SELECT team, vendor, region FROM customers WHERE id = ?"),
                                                   {customerId});
    if (!customer)
        return customer.error();
    if (!customer.value()->next()) {
        customer.value()->finish();
        return Error{QStringLiteral("customer.not_found"), tr("No customer %1.").arg(customerId.left(64)), QStringLiteral("/customer_id")};
    }
    const QString team = customer.value()->value(0).toString();
    const QString vendor = customer.value()->value(1).toString();
    const QString region = customer.value()->value(2).toString();
    customer.value()->finish();

    // The customer's newest unresolved case of this category gets the event; otherwise a new case opens.
    Result<QSqlQuery *> open = m_database.exec(
        QStringLiteral("SELECT id FROM cases WHERE customer_id = ? AND category = ? AND status <> 'resolved' "
                       "ORDER BY opened_at DESC LIMIT 1"),
        {customerId, category});
    if (!open)
        return open.error();
    const QString existing = open.value()->next() ? open.value()->value(0).toString() : QString();
    open.value()->finish();

    const QJsonObject eventJson{{QStringLiteral("event_id"), eventId}, {QStringLiteral("type"), type},
                                {QStringLiteral("title"), title}, {QStringLiteral("facts"), facts}};
    CaseRecord record;
    bool opened = false;
    if (!existing.isEmpty()) {
        Result<CaseRecord> loaded = CaseRecords::load(context, existing);
        if (!loaded)
            return loaded.error();
        record = loaded.value();
        mergeScalarFacts(record.facts, facts);
        if (Result<void> saved = CaseRecords::save(context, record); !saved)
            return saved.error();
    } else {
        opened = true;
        record.id = QLatin1String("EV-") + QUuid::createUuid().toString(QUuid::Id128).left(12).toUpper();
        record.customerId = customerId;
        record.team = team;
        record.vendor = vendor;
        record.category = category;
        record.region = region;
        record.channel = QStringLiteral("event");
        record.title = title;
        record.status = QStringLiteral("open");
        mergeScalarFacts(record.facts, facts);
        record.openedBy = caller.user.id;
        record.openedAt = now;
        record.updatedAt = now;
        if (Result<void> inserted = CaseRecords::insert(context, record); !inserted)
            return inserted.error();
    }
    if (Result<void> event = CaseRecords::addEvent(context, record, QLatin1String("event.") + type, eventJson); !event)
        return event.error();
    const QJsonObject answer{{QStringLiteral("event_id"), eventId},
                             {QStringLiteral("case_id"), record.id},
                             {QStringLiteral("result"), opened ? QStringLiteral("opened") : QStringLiteral("updated")},
                             {QStringLiteral("duplicate"), false}};
    if (Result<QSqlQuery *> stored = m_database.exec(
            QStringLiteral("INSERT INTO inbound_events (id, user_id, type, case_id, result, received_at) VALUES (?, ?, ?, ?, ?, ?)"),
            {eventId, caller.user.id, type, record.id, QString::fromUtf8(QJsonDocument(answer).toJson(QJsonDocument::Compact)), now});
        !stored) {
        return stored.error();
    }
    if (Result<void> audited = transaction.audit(caller.user.username, caller.deviceId, QStringLiteral("event.receive"),
                                                 QStringLiteral("case"), record.id, {}, eventJson);
        !audited) {
        return audited.error();
    }
    if (Result<void> committed = transaction.commit(); !committed)
        return committed.error();
    return Outcome{answer, opened};
}

} // namespace redress
