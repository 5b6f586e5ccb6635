// Id ↔ enum tables for Tier, Role and CompensationKind: one table each, so ids and labels cannot drift apart.
#include "compensationkind.h"
#include "role.h"
#include "tier.h"

#include <QCoreApplication>

#include <array>

namespace redress {
namespace {

struct Entry
{
    const char *id;
    const char *label;
};

constexpr std::array<Entry, kTierCount> kTiers{{
    {"standard", QT_TRANSLATE_NOOP("Tier", "Standard")},
    {"silver", QT_TRANSLATE_NOOP("Tier", "Silver")},
    {"gold", QT_TRANSLATE_NOOP("Tier", "Gold")},
    {"platinum", QT_TRANSLATE_NOOP("Tier", "Platinum")},
}};

constexpr std::array<Entry, kRoleCount> kRoles{{
    {"agent", QT_TRANSLATE_NOOP("Role", "agent")},
    {"senior_agent", QT_TRANSLATE_NOOP("Role", "senior agent")},
    {"lead", QT_TRANSLATE_NOOP("Role", "lead")},
    {"manager", QT_TRANSLATE_NOOP("Role", "manager")},
    {"director", QT_TRANSLATE_NOOP("Role", "director")},
    {"trainer", QT_TRANSLATE_NOOP("Role", "trainer")},
    {"admin", QT_TRANSLATE_NOOP("Role", "admin")},
    {"ai_agent", QT_TRANSLATE_NOOP("Role", "AI agent")},
    {"integration", QT_TRANSLATE_NOOP("Role", "integration")},
}};

constexpr std::array<Entry, kCompensationKindCount> kKinds{{
    {"refund", QT_TRANSLATE_NOOP("CompensationKind", "refund")},
    {"voucher", QT_TRANSLATE_NOOP("CompensationKind", "voucher")},
    {"points", QT_TRANSLATE_NOOP("CompensationKind", "loyalty points")},
    {"upgrade", QT_TRANSLATE_NOOP("CompensationKind", "upgrade")},
    {"fee_waiver", QT_TRANSLATE_NOOP("CompensationKind", "fee waiver")},
    {"gesture", QT_TRANSLATE_NOOP("CompensationKind", "gesture")},
}};

template<typename Enum, std::size_t N>
std::optional<Enum> fromId(const std::array<Entry, N> &table, QStringView id)
{
    for (std::size_t i = 0; i < N; ++i) {
        if (id == QLatin1String(table[i].id))
            return static_cast<Enum>(i);
    }
    return std::nullopt;
}

} // namespace

std::optional<Tier> tierFromId(QStringView id) { return fromId<Tier>(kTiers, id); }
QString tierId(Tier tier) { return QLatin1String(kTiers[std::size_t(tier)].id); }
QString tierLabel(Tier tier) { return QCoreApplication::translate("Tier", kTiers[std::size_t(tier)].label); }

std::optional<Role> roleFromId(QStringView id) { return fromId<Role>(kRoles, id); }
QString roleId(Role role) { return QLatin1String(kRoles[std::size_t(role)].id); }
QString roleLabel(Role role) { return QCoreApplication::translate("Role", kRoles[std::size_t(role)].label); }

int approvalRank(Role role)
{
    return role <= Role::Director ? int(role) : -1;
}

std::optional<CompensationKind> compensationKindFromId(QStringView id) { return fromId<CompensationKind>(kKinds, id); }
QString compensationKindId(CompensationKind kind) { return QLatin1String(kKinds[std::size_t(kind)].id); }
QString compensationKindLabel(CompensationKind kind)
{
    return QCoreApplication::translate("CompensationKind", kKinds[std::size_t(kind)].label);
}

} // namespace redress
