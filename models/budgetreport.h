#pragma once

#include "money.h"
#include "result.h"

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QMetaType>

#include <optional>

namespace redress {

/// A team's budget period as GET /api/v1/reports/budget answers it: the budget, what was applied and what waits
/// for approval, each member's spend this period and today against their daily budget, and the applied spend by
/// customer tier and failure category. Read strictly: every amount in the report's currency, every member typed.
class BudgetReport
{
public:
    struct Agent
    {
        QString userId;
        QString username;
        QString displayName;
        QString role; ///< empty when the server does not say
        Money spent;  ///< applied this period
        Money today;  ///< applied today (UTC day)
        std::optional<Money> dailyBudget; ///< none when the policy sets no daily budget for the role
    };

    struct Share
    {
        QString id; ///< a tier ("gold") or category ("late_delivery") id
        Money amount;
    };

    /// How the team stands against its budget: Warning once spent and pending approvals together reach 80 % of it
    /// (approving what waits would bring the team there), Over once the applied spend alone is beyond it.
    enum class Level { Normal, Warning, Over };

    /// Reads the server's answer; the first missing or mistyped member is an error whose `where` is its JSON
    /// pointer ("/by_agent/2/spent_minor"). Members the client does not know are ignored: the server may grow.
    static Result<BudgetReport> fromJson(const QJsonObject &json);

    QString team() const { return m_team; }
    QDate from() const { return m_from; }
    QDate to() const { return m_to; }
    QString unit() const { return m_unit; } ///< "month" or "quarter"
    Currency currency() const { return m_currency; }
    const std::optional<Money> &budget() const { return m_budget; }
    Money spent() const { return m_spent; }
    Money pending() const { return m_pending; }
    /// Budget minus spent minus pending; negative when the team is (or would be) beyond it. None without a budget.
    std::optional<Money> left() const;
    Level level() const;
    /// Most spent first, as the server ranks them.
    const QList<Agent> &agents() const { return m_agents; }
    const QList<Share> &byTier() const { return m_byTier; }
    const QList<Share> &byCategory() const { return m_byCategory; }

private:
    QString m_team;
    QDate m_from;
    QDate m_to;
    QString m_unit;
    Currency m_currency;
    std::optional<Money> m_budget;
    Money m_spent;
    Money m_pending;
    QList<Agent> m_agents;
    QList<Share> m_byTier;
    QList<Share> m_byCategory;
};

} // namespace redress

Q_DECLARE_METATYPE(redress::BudgetReport)
