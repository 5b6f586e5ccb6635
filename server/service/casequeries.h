#pragma once

#include "accessscope.h"
#include "principal.h"
#include "result.h"

#include <QJsonArray>
#include <QJsonObject>

namespace redress {

class Database;

/// The read side of the API: customers, cases with their timelines, and the approvals queue, always filtered by
/// the caller's scope in SQL, so a record outside it is never read into memory, let alone sent.
class CaseQueries
{
public:
    static constexpr int kMaxPage = 200;

    explicit CaseQueries(Database &database) : m_database(database) {}

    /// Customers whose name, email, phone or id contains `text` (case-insensitive); {"customers": [...]}.
    Result<QJsonObject> searchCustomers(const AccessScope &scope, const QString &text, int limit);
    /// {"customer": {...}, "cases": [...]}; "customer.not_found" when absent or out of scope.
    Result<QJsonObject> customer(const AccessScope &scope, const QString &id);
    /// Cases, newest activity first, optionally by status and customer; {"cases": [...], "more"}.
    Result<QJsonObject> cases(const AccessScope &scope, const QString &status, const QString &customerId, int limit,
                              int offset);
    /// {"case" (with customer_name and customer_tier), "timeline", "compensations"}; "case.not_found" when absent
    /// or out of scope.
    Result<QJsonObject> caseDetail(const AccessScope &scope, const QString &id);
    /// Every brand of the organisation, by id: {"id", "name", "line", "signature", "support_phone"}. Brands are
    /// not scoped: every user may sign a message with any of them.
    Result<QJsonArray> brands();
    /// What `userId` granted (applied compensations) since the start of today, UTC, in minor units of `currency`.
    Result<qint64> grantedToday(const QString &userId, const QString &currency);
    /// The approvals the caller may decide or watch, by state; pending ones oldest-due first.
    Result<QJsonObject> approvals(const Principal &caller, const QString &state, int limit);

private:
    Database &m_database;
};

} // namespace redress
