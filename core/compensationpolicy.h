#pragma once

#include <QCoreApplication>

#include "money.h"
#include "result.h"
#include "role.h"
#include "rulecondition.h"
#include "tier.h"

#include <QByteArrayView>
#include <QHash>
#include <QJsonObject>
#include <QList>

#include <array>
#include <optional>

namespace redress {

/// A validated, versioned compensation policy (docs/formats/policy.md): the limit matrix with its hit policy,
/// approval levels, per-customer cap, repeat-payout rule, per-actor daily and team period budgets, exclusions.
/// Immutable once read; PolicyEngine evaluates requests against it.
class CompensationPolicy
{
    Q_DECLARE_TR_FUNCTIONS(CompensationPolicy)

public:
    /// How the limit matrix picks among matching rules, as in DMN decision tables.
    enum class HitPolicy : quint8 {
        First,    ///< the first matching rule in document order
        Priority, ///< the matching rule with the highest priority; ties go to the earlier rule
    };

    struct Category
    {
        QString id;
        QString label;
        QString line; ///< line of business, e.g. "car_rental" or "parcel"
    };

    struct LimitRule
    {
        QString id;
        RuleCondition when;
        int priority = 0;
        std::optional<Money> limit; ///< the actor's discretionary limit
        QString denyReason;         ///< set instead of a limit: the combination is never granted
    };

    struct ApprovalLevel
    {
        Role role;
        std::optional<Money> upTo; ///< absent: no upper bound
    };

    struct Exclusion
    {
        QString id;
        RuleCondition when;
        QString reason;
    };

    struct CustomerCap
    {
        int windowDays = 90;
        std::array<std::optional<Money>, kTierCount> byTier;
        Role approver = Role::Manager;
    };

    struct RepeatPayouts
    {
        int windowDays = 90;
        int maxPayouts = 0; ///< payouts already received at which review is needed
        Role approver = Role::Lead;
    };

    struct DailyBudget
    {
        std::array<std::optional<Money>, kRoleCount> byRole;
        Role approver = Role::Lead;
    };

    struct TeamBudgets
    {
        QString period; ///< "month" or "quarter"
        std::optional<Money> defaultBudget;
        QHash<QString, Money> byTeam;
        Role approver = Role::Director;
    };

    /// Size limits, far above any real policy: rule conditions hold per-category data and evaluation walks every
    /// rule, so a huge but well-formed document is refused ("policy.too_many") rather than read.
    static constexpr qsizetype kMaxCategories = 1000;
    static constexpr qsizetype kMaxRegions = 1000;
    static constexpr qsizetype kMaxRules = 10'000; ///< limit rules, and separately exclusions

    /// Parses and validates; the first problem is returned with its JSON pointer.
    static Result<CompensationPolicy> parse(QByteArrayView json);
    static Result<CompensationPolicy> fromJson(const QJsonObject &json);

    const QString &id() const { return m_id; }
    int version() const { return m_version; }
    const QString &title() const { return m_title; }
    Currency currency() const { return m_currency; }
    HitPolicy hitPolicy() const { return m_hitPolicy; }

    const QList<Category> &categories() const { return m_categories; }
    /// Index of a category id in categories(), or -1.
    int categoryIndex(const QString &id) const { return m_categoryIndex.value(id, -1); }
    const QStringList &regions() const { return m_regions; }
    bool canGrant(Role role) const { return m_grantRoles & (1u << quint32(role)); }

    const QList<LimitRule> &limitRules() const { return m_limitRules; }
    const QList<ApprovalLevel> &approvalLevels() const { return m_approvalLevels; }
    const QList<Exclusion> &exclusions() const { return m_exclusions; }
    const std::optional<CustomerCap> &customerCap() const { return m_customerCap; }
    const std::optional<RepeatPayouts> &repeatPayouts() const { return m_repeatPayouts; }
    const std::optional<DailyBudget> &dailyBudget() const { return m_dailyBudget; }
    const std::optional<TeamBudgets> &teamBudgets() const { return m_teamBudgets; }
    /// The budget of `team` this period: its own, else the default, else none.
    std::optional<Money> teamBudget(const QString &team) const;

private:
    CompensationPolicy() = default;

    QString m_id;
    int m_version = 0;
    QString m_title;
    Currency m_currency;
    HitPolicy m_hitPolicy = HitPolicy::First;
    QList<Category> m_categories;
    QHash<QString, int> m_categoryIndex;
    QStringList m_regions;
    quint32 m_grantRoles = 0;
    QList<LimitRule> m_limitRules;
    QList<ApprovalLevel> m_approvalLevels;
    QList<Exclusion> m_exclusions;
    std::optional<CustomerCap> m_customerCap;
    std::optional<RepeatPayouts> m_repeatPayouts;
    std::optional<DailyBudget> m_dailyBudget;
    std::optional<TeamBudgets> m_teamBudgets;
};

} // namespace redress
