#include "verdict.h"

#include <QJsonArray>

namespace redress {

QString Verdict::decisionId(Decision decision)
{
    switch (decision) {
    case Decision::Allow:
        return QStringLiteral("allow");
    case Decision::Approval:
        return QStringLiteral("approval");
    case Decision::Deny:
        break;
    }
    return QStringLiteral("deny");
}

QJsonObject Verdict::toJson() const
{
    QJsonObject json{
        {QLatin1String("decision"), decisionId(decision)},
        {QLatin1String("approver"), approver ? QJsonValue(roleId(*approver)) : QJsonValue()},
        {QLatin1String("limit"), limit.toJson()},
        {QLatin1String("reasons"), QJsonArray::fromStringList(reasons)},
    };
    if (dailyBudgetLeft)
        json.insert(QLatin1String("daily_budget_left"), dailyBudgetLeft->toJson());
    if (!ruleId.isEmpty())
        json.insert(QLatin1String("rule"), ruleId);
    if (!exclusionId.isEmpty())
        json.insert(QLatin1String("exclusion"), exclusionId);
    return json;
}

} // namespace redress
