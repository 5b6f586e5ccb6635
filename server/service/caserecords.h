#pragma once

#include "mutationcontext.h"
#include "result.h"

#include <QJsonObject>

#include <optional>

namespace redress {

class JsonObjectReader;

/// A case row as mutations need it.
struct CaseRecord
{
    QString id;
    QString customerId;
    QString team;
    QString vendor;
    QString category;
    QString brand;
    QString region;
    QString channel;
    QString title;
    QString status;
    QJsonObject facts;
    QString treePath;
    QString rootCause;
    QString assigneeId;
    QString openedBy;
    qint64 openedAt = 0;
    qint64 updatedAt = 0;
    qint64 resolvedAt = 0;

    QJsonObject toJson() const;
};

/// Reading and writing cases inside a mutation, with record-level access: a case outside the caller's scope is
/// "not found", never "forbidden", so ids cannot be probed.
class CaseRecords
{
public:
    /// The case, when it exists and the caller may see it; "case.not_found" otherwise.
    static Result<CaseRecord> load(MutationContext &context, const QString &caseId);
    /// Inserts a new case (and its change-feed row); "conflict" when the id is taken.
    static Result<void> insert(MutationContext &context, const CaseRecord &record);
    /// Writes every column back, bumps updated_at, and adds the change-feed row.
    static Result<void> save(MutationContext &context, CaseRecord &record);
    /// Appends a timeline event (and its change-feed row).
    static Result<void> addEvent(MutationContext &context, const CaseRecord &record, const QString &type,
                                 const QJsonObject &data);
};

/// Errors of mutations, with the HTTP-like class the API reports for them.
Error notFound(const QString &code, const QString &message);
Error forbidden(const QString &message);
Error conflict(const QString &message);
Error ruleViolation(const QString &code, const QString &message);
Error badField(const QString &where, const QString &message);
/// The reader's first error as a "request.field" Error (message and JSON pointer kept); nullopt when it read clean.
std::optional<Error> fieldError(const JsonObjectReader &reader);
/// 400, 403, 404, 409 or 422 for a mutation error code.
int statusForMutationError(const Error &error);

} // namespace redress
