#pragma once

#include "mutationcontext.h"
#include "result.h"

#include <QJsonObject>

namespace redress {

class AuditChain;
class Database;

/// approval.decide and delegation.create, and the sweep that escalates approvals past their SLA.
///
/// Who may decide: not the requester; a role whose approval rank covers the approval's required level; and
/// someone whose scope holds the approval's team or vendor, or who holds a current delegation from a user whose
/// scope does. The decision is a conditional UPDATE (state still 'pending'), so of two leads deciding at once
/// exactly one wins; the other gets a conflict.
class ApprovalMutations
{
public:
    static Result<MutationOutcome> decide(MutationContext &context, const QJsonObject &args);
    /// A lead or above hands their approvals to another user of at least their level for a period.
    static Result<MutationOutcome> delegate(MutationContext &context, const QJsonObject &args);
    /// Moves every pending approval past its due time up one level (lead → manager → director) with a new due
    /// time; returns how many moved. Audited as the server.
    static Result<int> escalateOverdue(Database &database, AuditChain &auditCache, qint64 now, qint64 slaMs);
};

} // namespace redress
