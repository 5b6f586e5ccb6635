#pragma once

#include <QCoreApplication>

#include "compensationpolicy.h"
#include "compensationrequest.h"
#include "verdict.h"

#include <memory>

namespace redress {

/// Decides allow / approval / deny for proposed compensations under one policy. The same engine runs in the
/// client (a verdict at once, offline too) and in the server (the verdict that counts).
///
/// Order of checks: who may grant at all, exclusions, the limit matrix, then the running totals (daily budget,
/// customer cap, repeat payouts, team budget). Every check that needs a higher approver raises the level; the
/// approver is the lowest approval level that ranks above the actor and covers the amount.
class PolicyEngine
{
    Q_DECLARE_TR_FUNCTIONS(PolicyEngine)

public:
    /// Translated labels and phrases are prepared here, once: build a new engine after changing the language.
    explicit PolicyEngine(CompensationPolicy policy);

    const CompensationPolicy &policy() const { return m_policy; }

    /// An Error only for a request the policy cannot judge (unknown category or region, wrong currency,
    /// non-positive amount, a negative running total: "policy.invalid_request"; a running total the policy reads
    /// but the request leaves out: "policy.missing_total"); every judgement, including deny, is a Verdict.
    Result<Verdict> evaluate(const CompensationRequest &request) const;

private:
    const CompensationPolicy::LimitRule *matchLimitRule(const CompensationRequest &request, int categoryIndex) const;

    struct Texts;

    CompensationPolicy m_policy;
    std::shared_ptr<const Texts> m_texts;
};

} // namespace redress
