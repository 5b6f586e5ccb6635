#include "mutationservice.h"

#include "approvalmutations.h"
#include "casemutations.h"
#include "caserecords.h"
#include "compensationmutations.h"
#include "database.h"
#include "documentcache.h"
#include "jsonobjectreader.h"
#include "writetransaction.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QUuid>

Q_LOGGING_CATEGORY(lcMutations, "redress.mutations")

namespace redress {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("MutationService", text);
}

QJsonObject resultJson(const QString &id, const QString &status)
{
    return QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("status"), status}};
}

bool isInternal(const Error &error);

QJsonObject rejectedJson(const QString &id, const Error &given)
{
    // A server failure is logged in full and answered without detail: its text could show schema or data. The
    // mutation was not recorded, so the client sends it again unchanged.
    Error error = given;
    if (isInternal(given)) {
        qCWarning(lcMutations).noquote() << "mutation" << id << given.code << given.toString();
        error = Error{QStringLiteral("internal"), tr("The server failed; the mutation was not applied. Send it again."), {}};
    }
    QJsonObject result = resultJson(id, QStringLiteral("rejected"));
    QJsonObject detail{{QStringLiteral("code"), error.code}, {QStringLiteral("message"), error.message}};
    if (!error.where.isEmpty())
        detail.insert(QStringLiteral("where"), error.where);
    detail.insert(QStringLiteral("status"), statusForMutationError(error));
    result.insert(QStringLiteral("error"), detail);
    return result;
}

bool isInternal(const Error &error)
{
    return error.code != QLatin1String("internal") && ( error.code.startsWith(QLatin1String("db.")) || error.code.startsWith(QLatin1String("audit.")));
}

} // namespace

Result<MutationService::Outcome> MutationService::apply(const Principal &caller, const QJsonObject &body)
{
    JsonObjectReader reader(body);
    const QString deviceId = reader.requiredString(QStringLiteral("device_id"));
    const QJsonArray mutations = reader.requiredArray(QStringLiteral("mutations"));
    reader.rejectUnknownMembers({QLatin1String("device_id"), QLatin1String("mutations")});
    if (std::optional<Error> error = fieldError(reader))
        return *error;
    if (deviceId != caller.deviceId) {
        return Error{QStringLiteral("forbidden"),
                     tr("Mutations come from the device that signed in (%1), not %2.").arg(caller.deviceId, deviceId.left(64)),
                     QStringLiteral("/device_id")};
    }
    if (caller.user.role == Role::Integration)
        return Error{QStringLiteral("forbidden"), tr("Integration accounts post events, not mutations."), {}};
    if (mutations.size() > m_settings.maxBatch) {
        return Error{QStringLiteral("request.field"), tr("At most %1 mutations per request.").arg(m_settings.maxBatch),
                     QStringLiteral("/mutations")};
    }
    Outcome outcome;
    for (qsizetype i = 0; i < mutations.size(); ++i) {
        if (!mutations.at(i).isObject()) {
            return Error{QStringLiteral("request.field"), tr("Each mutation is an object."),
                         QStringLiteral("/mutations/%1").arg(i)};
        }
    }
    for (qsizetype i = 0; i < mutations.size(); ++i) {
        const QJsonObject result = applyOne(caller, deviceId, mutations.at(i).toObject(), int(i), &outcome.anyConflict);
        outcome.results.append(result);
        // A server failure leaves its mutation unrecorded, to be sent again. Applying the ones after it would move
        // the device's sequence past it (its resend would then be a conflict) and could apply work that depends on
        // it: the rest of the batch is not attempted and is sent again too.
        if (result.value(QLatin1String("error")).toObject().value(QLatin1String("code")).toString() == QLatin1String("internal")) {
            for (qsizetype j = i + 1; j < mutations.size(); ++j) {
                outcome.results.append(rejectedJson(mutations.at(j).toObject().value(QLatin1String("id")).toString(),
                                                    Error{QStringLiteral("internal"),
                                                          tr("Not attempted: an earlier mutation of this batch failed on the "
                                                             "server. Send it again."),
                                                          QStringLiteral("/mutations/%1").arg(j)}));
            }
            break;
        }
    }
    return outcome;
}

QJsonObject MutationService::applyOne(const Principal &caller, const QString &deviceId, const QJsonObject &mutation,
                                      int index, bool *conflicted)
{
    const QString pointer = QStringLiteral("/mutations/%1").arg(index);
    JsonObjectReader reader(mutation, pointer);
    const QString id = reader.requiredString(QStringLiteral("id"));
    const qint64 seq = reader.requiredInteger(QStringLiteral("seq"), 1, qint64(1) << 52);
    const QString type = reader.requiredString(QStringLiteral("type"));
    const QJsonObject args = reader.object(QStringLiteral("args"), true).json();
    reader.rejectUnknownMembers({QLatin1String("id"), QLatin1String("seq"), QLatin1String("type"), QLatin1String("args")});
    if (std::optional<Error> error = fieldError(reader))
        return rejectedJson(id, *error);
    if (QUuid::fromString(id).isNull())
        return rejectedJson(id, Error{QStringLiteral("request.field"), tr("A mutation id is a UUID."), pointer + QLatin1String("/id")});
    const QString contentHash = QString::fromLatin1(
        QCryptographicHash::hash(QJsonDocument(mutation).toJson(QJsonDocument::Compact), QCryptographicHash::Sha256).toHex());

    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    std::optional<WriteTransaction> transaction;
    transaction.emplace(m_database, m_auditCache);
    if (Result<void> begun = transaction->begin(); !begun)
        return rejectedJson(id, begun.error());

    // The device is its owner's alone: nobody else applies mutations, or reads stored results, through it.
    Result<QSqlQuery *> device = m_database.exec(
        QStringLiteral("SELECT user_id, last_seq FROM devices WHERE device_id = ?") + m_database.forUpdate(), {deviceId});
    if (!device)
        return rejectedJson(id, device.error());
    const bool known = device.value()->next();
    const QString owner = known ? device.value()->value(0).toString() : caller.user.id;
    const qint64 lastSeq = known ? device.value()->value(1).toLongLong() : 0;
    device.value()->finish();
    if (owner != caller.user.id) {
        // Its own code: unlike a refusal by the rules (`forbidden`, recorded), this one is not recorded, and the
        // client must stop pushing rather than mark its work refused.
        return rejectedJson(id, Error{QStringLiteral("device.other_user"),
                                      tr("Device %1 belongs to another user; sign in on your own device.").arg(deviceId),
                                      {}});
    }
    // Replays: the same (device, seq) or the same id.
    Result<QSqlQuery *> seen = m_database.exec(
        QStringLiteral("SELECT device_id, seq, content_hash, result FROM mutations WHERE (device_id = ? AND seq = ?) OR id = ?"),
        {deviceId, seq, id});
    if (!seen)
        return rejectedJson(id, seen.error());
    std::optional<QJsonObject> replay;
    bool clash = false;
    while (seen.value()->next()) {
        const bool sameSlot = seen.value()->value(0).toString() == deviceId && seen.value()->value(1).toLongLong() == seq;
        if (sameSlot && seen.value()->value(2).toString() == contentHash)
            replay = QJsonDocument::fromJson(seen.value()->value(3).toString().toUtf8()).object();
        else
            clash = true;
    }
    seen.value()->finish();
    if (replay && !clash)
        return *replay;
    if (clash) {
        *conflicted = true;
        return rejectedJson(id, Error{QStringLiteral("mutation.conflict"),
                                      tr("This id or sequence number was already used by a different mutation."),
                                      pointer});
    }

    if (seq <= lastSeq) {
        *conflicted = true;
        return rejectedJson(id, Error{QStringLiteral("mutation.conflict"),
                                      tr("Sequence %1 is not after %2, the last one this device sent.").arg(seq).arg(lastSeq),
                                      pointer + QLatin1String("/seq")});
    }

    MutationContext context{*transaction, m_database, caller, AccessScope::of(caller.user), now};
    Result<MutationOutcome> applied = Error{QStringLiteral("mutation.unknown_type"),
                                            tr("Unknown mutation type \"%1\".").arg(type.left(64)), pointer + QLatin1String("/type")};
    if (type == QLatin1String("case.open"))
        applied = CaseMutations::open(context, args);
    else if (type == QLatin1String("case.update"))
        applied = CaseMutations::update(context, args);
    else if (type == QLatin1String("note.add"))
        applied = CaseMutations::addNote(context, args);
    else if (type == QLatin1String("tree.record"))
        applied = CaseMutations::recordTreeWalk(context, m_documents, args);
    else if (type == QLatin1String("message.send"))
        applied = CaseMutations::sendMessage(context, m_documents, args);
    else if (type == QLatin1String("case.resolve"))
        applied = CaseMutations::resolve(context, args);
    else if (type == QLatin1String("compensation.propose"))
        applied = CompensationMutations::propose(context, m_documents, m_settings.approvalSlaMs, args);
    else if (type == QLatin1String("approval.decide"))
        applied = ApprovalMutations::decide(context, args);
    else if (type == QLatin1String("delegation.create"))
        applied = ApprovalMutations::delegate(context, args);

    QJsonObject result;
    if (applied) {
        result = resultJson(id, applied->status == MutationOutcome::Status::Applied ? QStringLiteral("applied")
                                                                                     : QStringLiteral("pending_approval"));
        if (!applied->approvalId.isEmpty())
            result.insert(QStringLiteral("approval_id"), applied->approvalId);
    } else {
        if (isInternal(applied.error()))
            return rejectedJson(id, applied.error()); // nothing recorded: the client retries the same mutation
        // Undo whatever the handler wrote, then record the refusal in a fresh transaction.
        transaction.reset();
        transaction.emplace(m_database, m_auditCache);
        if (Result<void> begun = transaction->begin(); !begun)
            return rejectedJson(id, begun.error());
        result = rejectedJson(id, applied.error());
        if (Result<void> audited = transaction->audit(caller.user.username, deviceId, QStringLiteral("mutation.rejected"),
                                                     QStringLiteral("mutation"), id, {},
                                                     QJsonObject{{QStringLiteral("type"), type.left(64)},
                                                                 {QStringLiteral("error"), result.value(QStringLiteral("error"))}});
            !audited) {
            return rejectedJson(id, audited.error());
        }
    }
    const QString resultText = QString::fromUtf8(QJsonDocument(result).toJson(QJsonDocument::Compact));
    Result<QSqlQuery *> recorded = m_database.exec(
        QStringLiteral("INSERT INTO mutations (device_id, seq, id, type, content_hash, result, applied_at) VALUES (?, ?, ?, ?, ?, ?, ?)"),
        {deviceId, seq, id, type.left(64), contentHash, resultText, now});
    if (!recorded)
        return rejectedJson(id, recorded.error());
    Result<QSqlQuery *> advanced = m_database.exec(
        known ? QStringLiteral("UPDATE devices SET last_seq = ? WHERE device_id = ? AND user_id = ?")
              : QStringLiteral("INSERT INTO devices (last_seq, device_id, user_id) VALUES (?, ?, ?)"),
        {seq, deviceId, caller.user.id});
    if (!advanced)
        return rejectedJson(id, advanced.error());
    if (Result<void> committed = transaction->commit(); !committed)
        return rejectedJson(id, committed.error());
    return result;
}

} // namespace redress
