// Id ↔ enum tables for Tier, Role and CompensationKind: one table each, so ids and labels cannot drift apart.
#include "compensationkind.h"
#include "role.h"
#include "tier.h"

#include "idtable.h"

namespace redress {
namespace {

constexpr IdTable<Tier, kTierCount> kTiers("Tier", {{
    {"standard", QT_TRANSLATE_NOOP("Tier", "Standard")},
    {"silver", QT_TRANSLATE_NOOP("Tier", "Silver")},
    {"gold", QT_TRANSLATE_NOOP("Tier", "Gold")},
    {"platinum", QT_TRANSLATE_NOOP("Tier", "Platinum")},
}});

constexpr IdTable<Role, kRoleCount> kRoles("Role", {{
    {"agent", QT_TRANSLATE_NOOP("Role", "agent")},
    {"senior_agent", QT_TRANSLATE_NOOP("Role", "senior agent")},
    {"lead", QT_TRANSLATE_NOOP("Role", "lead")},
    {"manager", QT_TRANSLATE_NOOP("Role", "manager")},
    {"director", QT_TRANSLATE_NOOP("Role", "director")},
    {"trainer", QT_TRANSLATE_NOOP("Role", "trainer")},
    {"admin", QT_TRANSLATE_NOOP("Role", "admin")},
    {"ai_agent", QT_TRANSLATE_NOOP("Role", "AI agent")},
    {"integration", QT_TRANSLATE_NOOP("Role", "integration")},
}});

constexpr IdTable<CompensationKind, kCompensationKindCount> kKinds("CompensationKind", {{
    {"refund", QT_TRANSLATE_NOOP("CompensationKind", "refund")},
    {"voucher", QT_TRANSLATE_NOOP("CompensationKind", "voucher")},
    {"points", QT_TRANSLATE_NOOP("CompensationKind", "loyalty points")},
    {"upgrade", QT_TRANSLATE_NOOP("CompensationKind", "upgrade")},
    {"fee_waiver", QT_TRANSLATE_NOOP("CompensationKind", "fee waiver")},
    {"gesture", QT_TRANSLATE_NOOP("CompensationKind", "gesture")},
}});

} // namespace

std::optional<Tier> tierFromId(QStringView id) { return kTiers.fromId(id); }
QString tierId(Tier tier) { return kTiers.id(tier); }
QString tierLabel(Tier tier) { return kTiers.label(tier); }

std::optional<Role> roleFromId(QStringView id) { return kRoles.fromId(id); }
QString roleId(Role role) { return kRoles.id(role); }
QString roleLabel(Role role) { return kRoles.label(role); }

int approvalRank(Role role)
{
    return role <= Role::Director ? int(role) : -1;
}

std::optional<CompensationKind> compensationKindFromId(QStringView id) { return kKinds.fromId(id); }
QString compensationKindId(CompensationKind kind) { return kKinds.id(kind); }
QString compensationKindLabel(CompensationKind kind) { return kKinds.label(kind); }

} // namespace redress
