#pragma once

#include "mutationcontext.h"
#include "result.h"

#include <QJsonObject>

namespace redress {

class DocumentCache;

/// compensation.propose: the policy decides with running totals read inside the same transaction, so two
/// proposals for one customer can never both pass a cap that only one fits under.
class CompensationMutations
{
public:
    /// allow → the compensation is applied; approval → it waits as an approval request at the level the verdict
    /// names, due after `approvalSlaMs`; deny → rejected (422) with the verdict's reasons.
    static Result<MutationOutcome> propose(MutationContext &context, DocumentCache &documents, qint64 approvalSlaMs,
                                           const QJsonObject &args);
};

} // namespace redress
