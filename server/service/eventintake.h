#pragma once

#include "principal.h"
#include "result.h"

#include <QJsonObject>

#include <optional>

namespace redress {

class AuditChain;
class Database;

/// External triggers from integration accounts — an SLA breach, a negative survey, a failed delivery — that open
/// a recovery case, or add to the customer's open case of the same category, before the customer calls.
///
/// Body: {"event_id": UUID, "type", "customer_id", "category", "title", "facts"?: {}}. An event id already
/// received is answered with the first answer and changes nothing: integrations retry on timeouts.
///
/// A survey is {"event_id", "type": "survey", "case_id" or "customer_id", "kind": "nps" (0–10) | "csat" (1–5),
/// "score", "answered_at"?}: it goes into `surveys` and onto the case's timeline ("event.survey"), never opens a
/// case, and is answered {"result": "recorded"}. By customer, it is about their latest resolved case.
class EventIntake
{
public:
    struct Outcome
    {
        QJsonObject body; ///< {"event_id", "case_id", "result": "opened" | "updated", "duplicate"}
        bool opened = false;
    };

    EventIntake(Database &database, AuditChain &auditCache) : m_database(database), m_auditCache(auditCache) {}

    /// Errors: "forbidden" (not an integration account), "request.field", "customer.not_found", db.*.
    Result<Outcome> receive(const Principal &caller, const QJsonObject &body);

    static const QStringList &eventTypes();

private:
    Result<Outcome> receiveSurvey(const Principal &caller, const QJsonObject &body);
    /// The answer already given to this event id (marked "duplicate"): a resend is answered, never applied twice.
    Result<std::optional<QJsonObject>> earlierAnswer(const QString &eventId);

    Database &m_database;
    AuditChain &m_auditCache;
};

} // namespace redress
