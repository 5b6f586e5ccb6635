#include "policyengine.h"

#include <QCoreApplication>

#include <limits>

namespace redress {
namespace {


Error invalidRequest(const QString &where, const QString &message)
{
    return Error{QStringLiteral("policy.invalid_request"), message, where};
}

// A check that needs someone above the actor: the lowest rank that may approve, and why.
struct Escalation
{
    int minimumRank = 0;
    QString reason; // empty for the limit matrix itself, which the headline explains
};

} // namespace

PolicyEngine::PolicyEngine(CompensationPolicy policy)
    : m_policy(std::move(policy))
{
}

const CompensationPolicy::LimitRule *PolicyEngine::matchLimitRule(const CompensationRequest &request,
                                                                  int categoryIndex) const
{
    const CompensationPolicy::LimitRule *best = nullptr;
    for (const CompensationPolicy::LimitRule &rule : m_policy.limitRules()) {
        if (!rule.when.matches(request, categoryIndex))
            continue;
        if (m_policy.hitPolicy() == CompensationPolicy::HitPolicy::First)
            return &rule;
        if (!best || rule.priority > best->priority)
            best = &rule;
    }
    return best;
}

Result<Verdict> PolicyEngine::evaluate(const CompensationRequest &request) const
{
    const Currency currency = m_policy.currency();
    const int categoryIndex = m_policy.categoryIndex(request.category);
    if (categoryIndex < 0)
        return invalidRequest(QStringLiteral("category"), PolicyEngine::tr("Unknown failure category \"%1\".").arg(request.category.left(64)));
    if (!(request.amount.currency() == currency)) {
        return invalidRequest(QStringLiteral("amount"), PolicyEngine::tr("The policy is in %1; the request is in %2.")
                                                            .arg(currency.code(), request.amount.currency().code()));
    }
    if (request.amount.minor() <= 0)
        return invalidRequest(QStringLiteral("amount"), PolicyEngine::tr("The amount must be greater than zero."));
    if (!request.region.isEmpty() && !m_policy.regions().isEmpty() && !m_policy.regions().contains(request.region)) {
        return invalidRequest(QStringLiteral("region"), PolicyEngine::tr("Unknown region \"%1\"; the policy covers %2.")
                                                            .arg(request.region.left(64), m_policy.regions().join(QLatin1String(", "))));
    }
    const Money zero(0, currency);
    const auto total = [&](const std::optional<Money> &value, const char *name) -> Result<Money> {
        if (!value)
            return zero;
        if (!(value->currency() == currency) || value->isNegative()) {
            return invalidRequest(QLatin1String(name), PolicyEngine::tr("Running totals must be zero or more, in %1.").arg(currency.code()));
        }
        return *value;
    };
    const Result<Money> receivedInWindow = total(request.customerReceivedInWindow, "customer_received");
    const Result<Money> grantedToday = total(request.actorGrantedToday, "actor_granted_today");
    const Result<Money> teamSpent = total(request.teamSpentThisPeriod, "team_spent");
    for (const Result<Money> *checked : {&receivedInWindow, &grantedToday, &teamSpent}) {
        if (!checked->ok())
            return checked->error();
    }
    if (request.customerPayoutsInWindow < 0)
        return invalidRequest(QStringLiteral("customer_payouts"), PolicyEngine::tr("The payout count must be zero or more."));

    const CompensationPolicy::Category &category = m_policy.categories().at(categoryIndex);
    const QString context = tierLabel(request.tier) + QStringLiteral(" · ") + category.label;
    const QString requested = request.amount.toString();

    Verdict verdict;
    verdict.limit = zero;
    verdict.decision = Verdict::Decision::Deny;

    if (!m_policy.canGrant(request.role)) {
        verdict.reasons.append(PolicyEngine::tr("A %1 cannot grant compensation under this policy.").arg(roleLabel(request.role)));
        return verdict;
    }
    for (const CompensationPolicy::Exclusion &exclusion : m_policy.exclusions()) {
        if (exclusion.when.matches(request, categoryIndex)) {
            verdict.exclusionId = exclusion.id;
            verdict.reasons.append(context + QLatin1String(": ") + PolicyEngine::tr("denied — %1").arg(exclusion.reason));
            return verdict;
        }
    }

    const CompensationPolicy::LimitRule *rule = matchLimitRule(request, categoryIndex);
    if (rule) {
        verdict.ruleId = rule->id;
        if (!rule->limit) {
            verdict.reasons.append(context + QLatin1String(": ") + PolicyEngine::tr("denied — %1").arg(rule->denyReason));
            return verdict;
        }
        verdict.limit = *rule->limit;
    }

    QList<Escalation> escalations;
    if (request.amount > verdict.limit)
        escalations.append(Escalation{0, {}});

    // Running totals. Sums are overflow-checked: an absurd total must never wrap into "within budget".
    const auto exceeds = [](const Money &sofar, const Money &amount, const Money &cap, Money *after) {
        const Result<Money> sum = sofar.plus(amount);
        if (!sum) {
            *after = Money(std::numeric_limits<qint64>::max(), amount.currency());
            return true;
        }
        *after = sum.value();
        return sum.value() > cap;
    };
    Money after;
    if (const auto &daily = m_policy.dailyBudget()) {
        if (const std::optional<Money> &budget = daily->byRole[std::size_t(request.role)]) {
            const Result<Money> left = budget->minus(grantedToday.value());
            verdict.dailyBudgetLeft = left.ok() && !left->isNegative() ? left.value() : zero;
            if (exceeds(grantedToday.value(), request.amount, *budget, &after)) {
                escalations.append(Escalation{approvalRank(daily->approver),
                                              PolicyEngine::tr("Daily budget: %1 of %2 already granted today; this would make %3 → needs %4 approval.")
                                                  .arg(grantedToday->toString(), budget->toString(), after.toString(),
                                                       roleLabel(daily->approver))});
            }
        }
    }
    if (const auto &cap = m_policy.customerCap()) {
        if (const std::optional<Money> &limit = cap->byTier[std::size_t(request.tier)]) {
            if (exceeds(receivedInWindow.value(), request.amount, *limit, &after)) {
                escalations.append(Escalation{approvalRank(cap->approver),
                                              PolicyEngine::tr("Customer cap: %1 customers may receive %2 in %3 days; received %4, this would make %5 → needs %6 approval.")
                                                  .arg(tierLabel(request.tier), limit->toString(), QString::number(cap->windowDays),
                                                       receivedInWindow->toString(), after.toString(), roleLabel(cap->approver))});
            }
        }
    }
    if (const auto &repeat = m_policy.repeatPayouts()) {
        if (request.customerPayoutsInWindow >= repeat->maxPayouts) {
            escalations.append(Escalation{approvalRank(repeat->approver),
                                          PolicyEngine::tr("Repeat payout: this would be compensation number %1 in %2 days; review starts at number %3 → needs %4 approval.")
                                              .arg(QString::number(request.customerPayoutsInWindow + 1), QString::number(repeat->windowDays),
                                                   QString::number(repeat->maxPayouts + 1), roleLabel(repeat->approver))});
        }
    }
    if (const std::optional<Money> budget = m_policy.teamBudget(request.team)) {
        const auto &teams = *m_policy.teamBudgets();
        if (exceeds(teamSpent.value(), request.amount, *budget, &after)) {
            escalations.append(Escalation{approvalRank(teams.approver),
                                          PolicyEngine::tr("Team budget: %1 spent of %2 this %3; this would make %4 → needs %5 approval.")
                                              .arg(teamSpent->toString(), budget->toString(), teams.period, after.toString(),
                                                   roleLabel(teams.approver))});
        }
    }

    const QString limitText = rule ? PolicyEngine::tr("%1 limit %2").arg(roleLabel(request.role), verdict.limit.toString())
                                   : PolicyEngine::tr("no discretionary limit for a %1 giving a %2")
                                         .arg(roleLabel(request.role), compensationKindLabel(request.kind));
    const QString headline = context + QLatin1String(": ") + limitText + QLatin1String("; ") + PolicyEngine::tr("requested %1").arg(requested);
    if (escalations.isEmpty()) {
        verdict.decision = Verdict::Decision::Allow;
        verdict.reasons.append(headline + QStringLiteral(" → ") + PolicyEngine::tr("within limit"));
        return verdict;
    }

    int minimumRank = 0;
    for (const Escalation &escalation : escalations)
        minimumRank = std::max(minimumRank, escalation.minimumRank);
    const int actorRank = approvalRank(request.role);
    for (const CompensationPolicy::ApprovalLevel &level : m_policy.approvalLevels()) {
        const int rank = approvalRank(level.role);
        if (rank >= minimumRank && rank > actorRank && (!level.upTo || request.amount <= *level.upTo)) {
            verdict.approver = level.role;
            break;
        }
    }
    if (!verdict.approver) {
        const CompensationPolicy::ApprovalLevel &top = m_policy.approvalLevels().constLast();
        verdict.reasons.append(headline + QStringLiteral(" → ")
                               + (top.upTo ? PolicyEngine::tr("denied: above what any approver may grant (%1 up to %2)")
                                                 .arg(roleLabel(top.role), top.upTo->toString())
                                           : PolicyEngine::tr("denied: no approval level above a %1").arg(roleLabel(request.role))));
    } else {
        verdict.decision = Verdict::Decision::Approval;
        verdict.reasons.append(headline + QStringLiteral(" → ") + PolicyEngine::tr("needs %1 approval").arg(roleLabel(*verdict.approver)));
    }
    for (const Escalation &escalation : std::as_const(escalations)) {
        if (!escalation.reason.isEmpty())
            verdict.reasons.append(escalation.reason);
    }
    return verdict;
}

} // namespace redress
