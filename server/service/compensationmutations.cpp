#include "compensationmutations.h"

#include "caserecords.h"
#include "compensationrequest.h"
#include "database.h"
#include "documentcache.h"
#include "spendtotals.h"
#include "jsonobjectreader.h"
#include "writetransaction.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>

namespace redress {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("CompensationMutations", text);
}

qint64 startOfPeriod(qint64 now, const QString &period)
{
    const QDate today = QDateTime::fromMSecsSinceEpoch(now, Qt::UTC).date();
    const int firstMonth = period == QLatin1String("quarter") ? ((today.month() - 1) / 3) * 3 + 1 : today.month();
    return QDateTime(QDate(today.year(), firstMonth, 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
}

/// Fills the running totals the policy uses, from this database, inside the caller's transaction.
Result<void> fillTotals(MutationContext &context, const CompensationPolicy &policy, const QString &customerId,
                        CompensationRequest &request)
{
    const QString currency = policy.currency().code();
    const qint64 today = SpendTotals::dayOf(context.now);
    const int capDays = policy.customerCap() ? policy.customerCap()->windowDays : 90;
    Result<qint64> received = SpendTotals::customerAmount(context.database, customerId, currency, today - capDays + 1);
    if (!received)
        return received.error();
    request.customerReceivedInWindow = Money(*received, policy.currency());

    const int repeatDays = policy.repeatPayouts() ? policy.repeatPayouts()->windowDays : 90;
    Result<qint64> payouts = SpendTotals::customerPayouts(context.database, customerId, today - repeatDays + 1);
    if (!payouts)
        return payouts.error();
    request.customerPayoutsInWindow = int(std::clamp<qint64>(*payouts, 0, 1'000'000));

    Result<qint64> granted = SpendTotals::actorApplied(context.database, context.caller.user.id, currency, today);
    if (!granted)
        return granted.error();
    request.actorGrantedToday = Money(*granted, policy.currency());

    const QString period = policy.teamBudgets() ? policy.teamBudgets()->period : QStringLiteral("month");
    Result<qint64> spent = SpendTotals::teamApplied(context.database, request.team, currency,
                                                    SpendTotals::dayOf(startOfPeriod(context.now, period)));
    if (!spent)
        return spent.error();
    request.teamSpentThisPeriod = Money(*spent, policy.currency());
    return {};
}

} // namespace

Result<MutationOutcome> CompensationMutations::propose(MutationContext &context, DocumentCache &documents,
                                                       qint64 approvalSlaMs, const QJsonObject &args)
{
    JsonObjectReader reader(args, QStringLiteral("/args"));
    const QString compensationId = reader.requiredString(QStringLiteral("compensation_id"));
    const QString caseId = reader.requiredString(QStringLiteral("case_id"));
    const QString kindText = reader.requiredString(QStringLiteral("kind"));
    const QJsonObject amountJson = reader.object(QStringLiteral("amount"), true).json();
    const QString reason = reader.optionalString(QStringLiteral("reason"));
    reader.rejectUnknownMembers({QLatin1String("compensation_id"), QLatin1String("case_id"), QLatin1String("kind"),
                                 QLatin1String("amount"), QLatin1String("reason")});
    if (std::optional<Error> error = fieldError(reader))
        return *error;
    if (QUuid::fromString(compensationId).isNull())
        return badField(QStringLiteral("/args/compensation_id"), tr("A compensation id is a UUID."));
    const std::optional<CompensationKind> kind = compensationKindFromId(kindText);
    if (!kind)
        return badField(QStringLiteral("/args/kind"), tr("Unknown compensation kind \"%1\".").arg(kindText.left(32)));
    Result<Money> amount = Money::fromJson(amountJson);
    if (!amount)
        return badField(QStringLiteral("/args/amount"), amount.error().message);
    if (amount->minor() <= 0)
        return badField(QStringLiteral("/args/amount"), tr("A compensation is worth more than zero."));
    if (reason.size() > 1000)
        return badField(QStringLiteral("/args/reason"), tr("A reason has at most 1000 characters."));

    Result<CaseRecord> record = CaseRecords::load(context, caseId);
    if (!record)
        return record.error();
    if (record->status == QLatin1String("resolved"))
        return ruleViolation(QStringLiteral("case.resolved"), tr("Case %1 is resolved; reopen it first.").arg(caseId));
    Result<std::shared_ptr<const PolicyEngine>> engine = documents.policyEngine();
    if (!engine)
        return engine.error();
    const CompensationPolicy &policy = engine.value()->policy();

    Result<QSqlQuery *> customer = context.database.exec(QStringLiteral("SELECT tier FROM customers WHERE id = ?"),
                                                         {record->customerId});
    if (!customer)
        return customer.error();
    const QString tierText = customer.value()->next() ? customer.value()->value(0).toString() : QString();
    customer.value()->finish();

    CompensationRequest request;
    request.role = context.caller.user.role;
    request.tier = tierFromId(tierText).value_or(Tier::Standard);
    request.category = record->category;
    request.kind = *kind;
    request.amount = *amount;
    request.region = record->region;
    request.brand = record->brand;
    request.team = context.caller.user.team;
    request.facts = record->facts;
    if (Result<void> totals = fillTotals(context, policy, record->customerId, request); !totals)
        return totals.error();
    Result<Verdict> verdict = engine.value()->evaluate(request);
    if (!verdict)
        return ruleViolation(QStringLiteral("compensation.invalid"), verdict.error().toString());
    if (verdict->decision == Verdict::Decision::Deny) {
        return ruleViolation(QStringLiteral("compensation.denied"), verdict->reasons.join(QLatin1String(" · ")));
    }

    const bool needsApproval = verdict->decision == Verdict::Decision::Approval;
    const QString state = needsApproval ? QStringLiteral("pending_approval") : QStringLiteral("applied");
    const QString approvalId = needsApproval ? QUuid::createUuid().toString(QUuid::WithoutBraces) : QString();
    QJsonObject verdictJson = verdict->toJson();
    verdictJson.insert(QStringLiteral("policy"), QJsonObject{{QStringLiteral("id"), policy.id()},
                                                             {QStringLiteral("version"), policy.version()}});
    const QString verdictText = QString::fromUtf8(QJsonDocument(verdictJson).toJson(QJsonDocument::Compact));
    Result<QSqlQuery *> inserted = context.database.exec(
        QStringLiteral("INSERT INTO compensations (id, case_id, customer_id, actor_id, team, vendor, kind, amount_minor, "
                       "currency, state, reason, verdict, approval_id, created_at, decided_at) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {compensationId, record->id, record->customerId, context.caller.user.id, request.team, record->vendor, kindText,
         amount->minor(), amount->currency().code(), state, reason, verdictText, approvalId, context.now,
         needsApproval ? QVariant(QMetaType::fromType<qint64>()) : QVariant(context.now)});
    if (!inserted) {
        if (inserted.error().code == QLatin1String("db.unique"))
            return conflict(tr("Compensation %1 already exists.").arg(compensationId));
        return inserted.error();
    }
    const SpendTotals::Compensation spend{record->customerId, context.caller.user.id, request.team,
                                          amount->currency().code(), amount->minor(), context.now};
    if (Result<void> counted = SpendTotals::add(context.database, spend,
                                                needsApproval ? SpendTotals::State::Pending : SpendTotals::State::Applied, +1);
        !counted) {
        return counted.error();
    }
    QJsonObject compensation{{QStringLiteral("id"), compensationId},
                             {QStringLiteral("case_id"), record->id},
                             {QStringLiteral("customer_id"), record->customerId},
                             {QStringLiteral("actor_id"), context.caller.user.id},
                             {QStringLiteral("kind"), kindText},
                             {QStringLiteral("amount"), amount->toJson()},
                             {QStringLiteral("state"), state},
                             {QStringLiteral("reason"), reason},
                             {QStringLiteral("verdict"), verdictJson},
                             {QStringLiteral("approval_id"), approvalId},
                             {QStringLiteral("created_at"), context.now}};
    if (Result<qint64> changed = context.transaction.change(QStringLiteral("compensation"), compensationId,
                                                            QStringLiteral("upsert"), compensation, record->team,
                                                            record->vendor);
        !changed) {
        return changed.error();
    }
    if (needsApproval) {
        const QString level = roleId(verdict->approver.value_or(Role::Lead));
        Result<QSqlQuery *> approval = context.database.exec(
            QStringLiteral("INSERT INTO approvals (id, compensation_id, case_id, requester_id, team, vendor, required_level, "
                           "amount_minor, currency, state, reasons, created_at, due_at) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'pending', ?, ?, ?)"),
            {approvalId, compensationId, record->id, context.caller.user.id, record->team, record->vendor, level,
             amount->minor(), amount->currency().code(),
             QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(verdict->reasons)).toJson(QJsonDocument::Compact)),
             context.now, context.now + approvalSlaMs});
        if (!approval)
            return approval.error();
        const QJsonObject approvalJson{{QStringLiteral("id"), approvalId},
                                       {QStringLiteral("compensation_id"), compensationId},
                                       {QStringLiteral("case_id"), record->id},
                                       {QStringLiteral("requester_id"), context.caller.user.id},
                                       {QStringLiteral("required_level"), level},
                                       {QStringLiteral("amount"), amount->toJson()},
                                       {QStringLiteral("state"), QStringLiteral("pending")},
                                       {QStringLiteral("reasons"), QJsonArray::fromStringList(verdict->reasons)},
                                       {QStringLiteral("created_at"), context.now},
                                       {QStringLiteral("due_at"), context.now + approvalSlaMs}};
        if (Result<qint64> changed = context.transaction.change(QStringLiteral("approval"), approvalId,
                                                                QStringLiteral("upsert"), approvalJson, record->team,
                                                                record->vendor);
            !changed) {
            return changed.error();
        }
    }
    if (Result<void> event = CaseRecords::addEvent(
            context, *record, needsApproval ? QStringLiteral("compensation.requested") : QStringLiteral("compensation.applied"),
            compensation);
        !event) {
        return event.error();
    }
    if (Result<void> audited = context.transaction.audit(context.caller.user.username, context.caller.deviceId,
                                                         QStringLiteral("compensation.propose"),
                                                         QStringLiteral("compensation"), compensationId, {}, compensation);
        !audited) {
        return audited.error();
    }
    MutationOutcome outcome;
    outcome.status = needsApproval ? MutationOutcome::Status::PendingApproval : MutationOutcome::Status::Applied;
    outcome.approvalId = approvalId;
    return outcome;
}

} // namespace redress
