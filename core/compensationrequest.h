#pragma once

#include "compensationkind.h"
#include "money.h"
#include "role.h"
#include "tier.h"

#include <QJsonObject>

#include <optional>

namespace redress {

/// One proposed compensation with the running totals the policy needs. The server fills the totals from its
/// own database inside the transaction that applies the compensation; the client fills them from its cache.
struct CompensationRequest
{
    Role role = Role::Agent;
    Tier tier = Tier::Standard;
    QString category;   ///< failure category id, e.g. "late_delivery"
    CompensationKind kind = CompensationKind::Voucher;
    Money amount;       ///< value of the compensation, in the policy currency
    QString region;     ///< e.g. "us-east"; empty when unknown
    QString brand;      ///< e.g. "northwind_rent"; empty when unknown
    QString team;       ///< the actor's team, for the team budget
    QJsonObject facts;  ///< case facts used by exclusions: {"force_majeure": true, "cause": "weather"}

    // Running totals. Each one the policy reads (customer cap, repeat payouts, daily budget, team budgets) must be
    // set, to zero if nothing yet: PolicyEngine refuses a request without it rather than count it as zero.
    std::optional<Money> customerReceivedInWindow; ///< what this customer received in the cap window
    std::optional<int> customerPayoutsInWindow;    ///< how many compensations in the repeat-payout window
    std::optional<Money> actorGrantedToday;        ///< what this actor granted today
    std::optional<Money> teamSpentThisPeriod;      ///< what the team spent in the budget period
};

} // namespace redress
