#pragma once

#include <QCoreApplication>

#include "compensationkind.h"
#include "currency.h"
#include "money.h"
#include "result.h"
#include "role.h"
#include "tier.h"

#include <QByteArrayView>
#include <QJsonObject>
#include <QList>
#include <QStringList>

#include <optional>

namespace redress {

class CompensationPolicy;
class DecisionTree;

/// A training-sandbox scenario (docs/formats/scenario.md): a customer, a case with the facts a decision tree reads,
/// and the answer key — the tree path with feedback per step, the acceptable compensation, templates and root cause,
/// and a target time. parse() checks the document alone; checkAgainst() checks that the answer key agrees with the
/// tree, policy and templates it names, so a scenario can never teach a path the tree does not allow.
class TrainingScenario
{
    Q_DECLARE_TR_FUNCTIONS(TrainingScenario)

public:
    struct Customer
    {
        QString name;
        Tier tier = Tier::Standard;
        QString locale;
        QString region;
        std::optional<Money> lifetimeValue;
        std::optional<int> customerSinceDays;
        QString notes;
    };

    struct Case
    {
        QString category;
        QString channel; ///< phone, chat, email or counter
        QString brand;
        QString title;
        QJsonObject facts; ///< flat: the facts the tree's guards and the policy's exclusions read
    };

    /// One question of the expected walk, with what a trainer would say about it.
    struct Step
    {
        QString question; ///< node id
        QString answer;   ///< choice id
        QString why;      ///< why this answer is right here
        QString ifWrong;  ///< what a wrong answer here costs the customer or the company
    };

    /// The acceptable compensation; absent (`"none"`) means the right answer is an apology without money.
    struct Compensation
    {
        QList<CompensationKind> kinds;
        Money minimum;
        Money maximum;
        Money model; ///< the amount of the model answer, within [minimum, maximum]
        std::optional<Role> approval; ///< the approver the model answer needs under the policy, for the scenario role
    };

    /// Running totals the policy reads; zero unless the scenario says otherwise (a repeat customer, a busy day).
    struct Totals
    {
        Money customerReceivedInWindow;
        int customerPayoutsInWindow = 0;
        Money actorGrantedToday;
        QString team;
        Money teamSpentThisPeriod;
    };

    static constexpr qsizetype kMaxSteps = 64;
    static constexpr qsizetype kMaxTemplates = 16;
    static constexpr qsizetype kMaxFacts = 64;

    /// Parses and validates the document; errors carry the JSON pointer (/expected/steps/2/answer).
    static Result<TrainingScenario> parse(QByteArrayView bytes);
    static Result<TrainingScenario> fromJson(const QJsonObject &object);

    /// Checks the answer key against the documents it names: the tree id, a complete walk whose questions are the
    /// steps' questions and whose outcome is `outcome`; the compensation within the outcome's kinds and amount
    /// range; the templates known and including the outcome's; the root cause the outcome's; the category, region
    /// and currency the policy's; the model compensation judged by the policy as the scenario says (allowed, or
    /// needing `approval`). The error's `where` is the scenario's JSON pointer.
    Result<void> checkAgainst(const DecisionTree &tree, const CompensationPolicy &policy,
                              const QStringList &templateIds) const;

    /// The facts a walk of the expected tree gets: the case facts, plus tier, brand, channel, line and region
    /// unless the case facts set them.
    QJsonObject walkFacts() const;
    /// The answers of the expected path, in order.
    QStringList expectedAnswers() const;

    QString id() const { return m_id; }
    int version() const { return m_version; }
    QString title() const { return m_title; }
    QString line() const { return m_line; }
    QString difficulty() const { return m_difficulty; }
    Role role() const { return m_role; }
    Currency currency() const { return m_currency; }
    QString briefing() const { return m_briefing; }
    const Customer &customer() const { return m_customer; }
    const Case &caseData() const { return m_case; }
    const Totals &totals() const { return m_totals; }
    QString treeId() const { return m_treeId; }
    const QList<Step> &steps() const { return m_steps; }
    QString outcome() const { return m_outcome; }
    const std::optional<Compensation> &compensation() const { return m_compensation; }
    const QStringList &templates() const { return m_templates; }
    QString rootCause() const { return m_rootCause; }
    int targetSeconds() const { return m_targetSeconds; }
    QString debrief() const { return m_debrief; }

private:
    TrainingScenario() = default;

    QString m_id;
    int m_version = 0;
    QString m_title;
    QString m_line;
    QString m_difficulty;
    Role m_role = Role::Agent;
    Currency m_currency;
    QString m_briefing;
    Customer m_customer;
    Case m_case;
    Totals m_totals;
    QString m_treeId;
    QList<Step> m_steps;
    QString m_outcome;
    std::optional<Compensation> m_compensation;
    QStringList m_templates;
    QString m_rootCause;
    int m_targetSeconds = 0;
    QString m_debrief;
};

} // namespace redress
