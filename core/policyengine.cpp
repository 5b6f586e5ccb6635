#include "policyengine.h"

#include <QCoreApplication>

#include <array>
#include <limits>

namespace redress {
namespace {


Error invalidRequest(const QString &where, const QString &message)
{
    return Error{QStringLiteral("policy.invalid_request"), message, where};
}

Error missingTotal(const QString &where, const QString &message)
{
    return Error{QStringLiteral("policy.missing_total"), message, where};
}

// A check that needs someone above the actor: the lowest rank that may approve, and why.
struct Escalation
{
    int minimumRank = 0;
    QString reason; // empty for the limit matrix itself, which the headline explains
};

} // namespace

// Evaluations run a million times a second; translating the same labels and phrases each time would cost more
// than the decision itself.
struct PolicyEngine::Texts
{
    std::array<QString, kRoleCount> roles;
    std::array<QString, kCompensationKindCount> kinds;
    QList<QString> contexts; ///< "Gold · Late delivery: " for tier × category
    QString limit;           ///< "%1 limit %2"
    QString noLimit;
    QString requested;
    QString withinLimit;
    QString needsApproval;
    QString denied;
    QString arrow = QStringLiteral(" → ");
};

PolicyEngine::PolicyEngine(CompensationPolicy policy)
    : m_policy(std::move(policy))
{
    auto texts = std::make_shared<Texts>();
    for (int i = 0; i < kRoleCount; ++i)
        texts->roles[std::size_t(i)] = roleLabel(Role(i));
    for (int i = 0; i < kCompensationKindCount; ++i)
        texts->kinds[std::size_t(i)] = compensationKindLabel(CompensationKind(i));
    for (const CompensationPolicy::Category &category : m_policy.categories()) {
        for (int tier = 0; tier < kTierCount; ++tier)
            texts->contexts.append(tierLabel(Tier(tier)) + QStringLiteral(" · ") + category.label + QLatin1String(": "));
    }
    texts->limit = tr("%1 limit %2");
    // No articles around labels: "a %1" reads "a AI agent", "a upgrade".
    texts->noLimit = tr("no discretionary limit for role %1, kind %2");
    texts->requested = tr("requested %1");
    texts->withinLimit = tr("within limit");
    texts->needsApproval = tr("needs %1 approval");
    texts->denied = tr("denied — %1");
    m_texts = std::move(texts);
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
        return invalidRequest(QStringLiteral("category"), tr("Unknown failure category \"%1\".").arg(request.category.left(64)));
    if (!(request.amount.currency() == currency)) {
        return invalidRequest(QStringLiteral("amount"), tr("The policy is in %1; the request is in %2.")
                                                            .arg(currency.code(), request.amount.currency().code()));
    }
    if (request.amount.minor() <= 0)
        return invalidRequest(QStringLiteral("amount"), tr("The amount must be greater than zero."));
    if (!request.region.isEmpty() && !m_policy.regions().isEmpty() && !m_policy.regions().contains(request.region)) {
        return invalidRequest(QStringLiteral("region"), tr("Unknown region \"%1\"; the policy covers %2.")
                                                            .arg(request.region.left(64), m_policy.regions().join(QLatin1String(", "))));
    }
    const Money zero(0, currency);
    // A total the policy reads must be supplied: counting a forgotten total as zero would let every capped or
    // budgeted request through (fail open). Zero has to be said explicitly.
    const auto &cap = m_policy.customerCap();
    const auto &repeat = m_policy.repeatPayouts();
    const auto &daily = m_policy.dailyBudget();
    if (cap && !request.customerReceivedInWindow) {
        return missingTotal(QStringLiteral("customer_received_in_window"),
                            tr("The policy caps what a customer receives in %1 days; say what this customer received "
                               "in them (zero if nothing).").arg(cap->windowDays));
    }
    if (repeat && !request.customerPayoutsInWindow) {
        return missingTotal(QStringLiteral("customer_payouts_in_window"),
                            tr("The policy reviews repeat payouts in %1 days; say how many compensations this customer "
                               "received in them (zero if none).").arg(repeat->windowDays));
    }
    if (daily && !request.actorGrantedToday) {
        return missingTotal(QStringLiteral("actor_granted_today"),
                            tr("The policy has a daily budget per actor; say what this actor granted today (zero if nothing)."));
    }
    if (m_policy.teamBudgets() && !request.teamSpentThisPeriod) {
        return missingTotal(QStringLiteral("team_spent_this_period"),
                            tr("The policy has team budgets; say what the team spent this period (zero if nothing)."));
    }
    const auto total = [&](const std::optional<Money> &value, const char *field) -> Result<Money> {
        if (!value)
            return zero; // the policy does not read it
        if (!(value->currency() == currency) || value->isNegative())
            return invalidRequest(QLatin1String(field), tr("Running totals must be zero or more, in %1.").arg(currency.code()));
        return *value;
    };
    const Result<Money> receivedInWindow = total(request.customerReceivedInWindow, "customer_received_in_window");
    const Result<Money> grantedToday = total(request.actorGrantedToday, "actor_granted_today");
    const Result<Money> teamSpent = total(request.teamSpentThisPeriod, "team_spent_this_period");
    for (const Result<Money> *checked : {&receivedInWindow, &grantedToday, &teamSpent}) {
        if (!checked->ok())
            return checked->error();
    }
    const int payoutsInWindow = request.customerPayoutsInWindow.value_or(0);
    if (payoutsInWindow < 0)
        return invalidRequest(QStringLiteral("customer_payouts_in_window"), tr("The payout count must be zero or more."));

    const Texts &texts = *m_texts;
    const QString &context = texts.contexts.at(categoryIndex * kTierCount + int(request.tier));

    Verdict verdict;
    verdict.limit = zero;
    verdict.decision = Verdict::Decision::Deny;

    if (!m_policy.canGrant(request.role)) {
        verdict.reasons.append(tr("Role %1 cannot grant compensation under this policy.").arg(texts.roles[std::size_t(request.role)]));
        return verdict;
    }
    for (const CompensationPolicy::Exclusion &exclusion : m_policy.exclusions()) {
        if (exclusion.when.matches(request, categoryIndex)) {
            verdict.exclusionId = exclusion.id;
            verdict.reasons.append(context + texts.denied.arg(exclusion.reason));
            return verdict;
        }
    }

    const CompensationPolicy::LimitRule *rule = matchLimitRule(request, categoryIndex);
    if (rule) {
        verdict.ruleId = rule->id;
        if (!rule->limit) {
            verdict.reasons.append(context + texts.denied.arg(rule->denyReason));
            return verdict;
        }
        verdict.limit = *rule->limit;
    }

    // At most one escalation per check: the limit, daily budget, customer cap, repeat payouts, team budget.
    std::array<Escalation, 5> escalations;
    std::size_t escalationCount = 0;
    const auto escalate = [&](int rank, QString reason) { escalations[escalationCount++] = Escalation{rank, std::move(reason)}; };
    if (request.amount > verdict.limit)
        escalate(0, {});

    // Running totals. Sums are overflow-checked: an absurd total must never wrap into "within budget".
    const auto exceeds = [](const Money &sofar, const Money &amount, const Money &ceiling, Money *after) {
        const Result<Money> sum = sofar.plus(amount);
        if (!sum) {
            *after = Money(std::numeric_limits<qint64>::max(), amount.currency());
            return true;
        }
        *after = sum.value();
        return sum.value() > ceiling;
    };
    Money after;
    if (daily) {
        if (const std::optional<Money> &budget = daily->byRole[std::size_t(request.role)]) {
            const Result<Money> left = budget->minus(grantedToday.value());
            verdict.dailyBudgetLeft = left.ok() && !left->isNegative() ? left.value() : zero;
            if (exceeds(grantedToday.value(), request.amount, *budget, &after)) {
                escalate(approvalRank(daily->approver),
                                              tr("Daily budget: %1 of %2 already granted today; this would make %3 → needs %4 approval.")
                                                  .arg(grantedToday->toString(), budget->toString(), after.toString(),
                                                       roleLabel(daily->approver)));
            }
        }
    }
    if (cap) {
        if (const std::optional<Money> &limit = cap->byTier[std::size_t(request.tier)]) {
            if (exceeds(receivedInWindow.value(), request.amount, *limit, &after)) {
                escalate(approvalRank(cap->approver),
                                              tr("Customer cap: %1 customers may receive %2 in %3 days; received %4, this would make %5 → needs %6 approval.")
                                                  .arg(tierLabel(request.tier), limit->toString(), QString::number(cap->windowDays),
                                                       receivedInWindow->toString(), after.toString(), roleLabel(cap->approver)));
            }
        }
    }
    if (repeat) {
        if (payoutsInWindow >= repeat->maxPayouts) {
            escalate(approvalRank(repeat->approver),
                                          tr("Repeat payout: this would be compensation number %1 in %2 days; review starts at number %3 → needs %4 approval.")
                                              .arg(QString::number(payoutsInWindow + 1), QString::number(repeat->windowDays),
                                                   QString::number(repeat->maxPayouts + 1), roleLabel(repeat->approver)));
        }
    }
    if (const std::optional<Money> budget = m_policy.teamBudget(request.team)) {
        const auto &teams = *m_policy.teamBudgets();
        if (exceeds(teamSpent.value(), request.amount, *budget, &after)) {
            escalate(approvalRank(teams.approver),
                                          tr("Team budget: %1 spent of %2 this %3; this would make %4 → needs %5 approval.")
                                              .arg(teamSpent->toString(), budget->toString(), teams.period, after.toString(),
                                                   roleLabel(teams.approver)));
        }
    }

    const QString &roleText = texts.roles[std::size_t(request.role)];
    const QString limitText = rule ? texts.limit.arg(roleText, verdict.limit.toString())
                                   : texts.noLimit.arg(roleText, texts.kinds[std::size_t(request.kind)]);
    const QString headline = context + limitText + QLatin1String("; ") + texts.requested.arg(request.amount.toString()) + texts.arrow;
    if (escalationCount == 0) {
        verdict.decision = Verdict::Decision::Allow;
        verdict.reasons.append(headline + texts.withinLimit);
        return verdict;
    }

    int minimumRank = 0;
    for (std::size_t i = 0; i < escalationCount; ++i)
        minimumRank = std::max(minimumRank, escalations[i].minimumRank);
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
        verdict.reasons.append(headline
                               + (top.upTo ? tr("denied: above what any approver may grant (%1 up to %2)")
                                                 .arg(roleLabel(top.role), top.upTo->toString())
                                           : tr("denied: no approval level ranks above %1").arg(roleLabel(request.role))));
    } else {
        verdict.decision = Verdict::Decision::Approval;
        verdict.reasons.append(headline + texts.needsApproval.arg(texts.roles[std::size_t(*verdict.approver)]));
    }
    for (std::size_t i = 0; i < escalationCount; ++i) {
        if (!escalations[i].reason.isEmpty())
            verdict.reasons.append(escalations[i].reason);
    }
    return verdict;
}

} // namespace redress
