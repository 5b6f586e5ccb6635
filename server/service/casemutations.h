#pragma once

#include "mutationcontext.h"
#include "result.h"

#include <QJsonObject>

namespace redress {

class DocumentCache;

/// case.open, case.update, note.add, tree.record, message.send and case.resolve.
class CaseMutations
{
public:
    static Result<MutationOutcome> open(MutationContext &context, const QJsonObject &args);
    static Result<MutationOutcome> update(MutationContext &context, const QJsonObject &args);
    static Result<MutationOutcome> addNote(MutationContext &context, const QJsonObject &args);
    /// Re-walks the tree on the server with the case's facts: a path the tree does not allow is refused.
    static Result<MutationOutcome> recordTreeWalk(MutationContext &context, DocumentCache &documents,
                                                  const QJsonObject &args);
    /// Records a message sent; refuses unknown templates, text over the channel's limit and unresolved placeholders.
    static Result<MutationOutcome> sendMessage(MutationContext &context, DocumentCache &documents,
                                               const QJsonObject &args);
    static Result<MutationOutcome> resolve(MutationContext &context, const QJsonObject &args);
};

} // namespace redress
