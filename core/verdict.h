#pragma once

#include "money.h"
#include "role.h"

#include <QJsonObject>
#include <QStringList>

#include <optional>

namespace redress {

/// The policy's answer for one proposed compensation, with reasons a person can read.
struct Verdict
{
    enum class Decision : quint8 { Allow, Approval, Deny };

    Decision decision = Decision::Deny;
    std::optional<Role> approver;      ///< the approval level needed, for Decision::Approval
    Money limit;                       ///< the actor's discretionary limit for this request
    std::optional<Money> dailyBudgetLeft; ///< what the actor may still grant today, when the policy has a budget
    QString ruleId;                    ///< the limit rule that matched, or empty
    QString exclusionId;               ///< the exclusion that denied, or empty
    QStringList reasons;               ///< first line is the headline

    static QString decisionId(Decision decision);
    QJsonObject toJson() const;
};

} // namespace redress
