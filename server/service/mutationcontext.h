#pragma once

#include "accessscope.h"
#include "principal.h"

#include <QString>

namespace redress {

class Database;
class WriteTransaction;

/// What a mutation handler works with: the open audited transaction, the caller and the moment it is applied.
struct MutationContext
{
    WriteTransaction &transaction;
    Database &database;
    const Principal &caller;
    AccessScope scope;
    qint64 now = 0; ///< UTC ms; one instant for every row the mutation writes
};

/// A successful mutation: applied, or turned into an approval request.
struct MutationOutcome
{
    enum class Status { Applied, PendingApproval };
    Status status = Status::Applied;
    QString approvalId;
};

} // namespace redress
