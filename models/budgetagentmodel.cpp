#include "budgetagentmodel.h"

namespace redress {
namespace {

QVariant usedFraction(const BudgetReport::Agent &agent)
{
    if (!agent.dailyBudget)
        return {};
    if (agent.dailyBudget->isZero())
        return agent.today.isZero() ? 0.0 : 1.0; // nothing may be granted: anything granted is all of it and more
    return double(agent.today.minor()) / double(agent.dailyBudget->minor());
}

} // namespace

BudgetAgentModel::BudgetAgentModel(QObject *parent) : QAbstractTableModel(parent)
{
}

void BudgetAgentModel::setAgents(const QList<BudgetReport::Agent> &agents)
{
    beginResetModel();
    m_agents = agents;
    endResetModel();
}

int BudgetAgentModel::rowOf(const QString &username) const
{
    for (qsizetype row = 0; row < m_agents.size(); ++row)
        if (m_agents.at(row).username == username)
            return int(row);
    return -1;
}

int BudgetAgentModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_agents.size());
}

int BudgetAgentModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BudgetAgentModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const BudgetReport::Agent &agent = m_agents.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case AgentColumn:
            return agent.displayName.isEmpty() ? agent.username : agent.displayName;
        case SpentColumn:
            return agent.spent.toString();
        case TodayColumn:
            return agent.today.toString();
        case DailyBudgetColumn:
            return agent.dailyBudget ? agent.dailyBudget->toString() : tr("none");
        case DailyUsedColumn: {
            const QVariant used = usedFraction(agent);
            return used.isValid() ? tr("%1 %").arg(qRound(used.toDouble() * 100.0)) : QStringLiteral("—");
        }
        }
        break;
    case SortRole:
        switch (index.column()) {
        case AgentColumn:
            return (agent.displayName.isEmpty() ? agent.username : agent.displayName).toLower();
        case SpentColumn:
            return agent.spent.minor();
        case TodayColumn:
            return agent.today.minor();
        case DailyBudgetColumn:
            return agent.dailyBudget ? agent.dailyBudget->minor() : qint64(-1);
        case DailyUsedColumn:
            return usedFraction(agent).isValid() ? usedFraction(agent).toDouble() : -1.0;
        }
        break;
    case Qt::TextAlignmentRole:
        if (index.column() != AgentColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case Qt::ToolTipRole:
        if (index.column() == AgentColumn)
            return agent.role.isEmpty() ? agent.username : tr("%1 · %2").arg(agent.username, agent.role);
        if (index.column() == DailyBudgetColumn && !agent.dailyBudget)
            return tr("The policy sets no daily budget for this role.");
        break;
    case UserIdRole:
        return agent.userId;
    case UsernameRole:
        return agent.username;
    case DailyUsedRole:
        return usedFraction(agent);
    }
    return {};
}

QVariant BudgetAgentModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case AgentColumn:
        return tr("Agent");
    case SpentColumn:
        return tr("Spent this period");
    case TodayColumn:
        return tr("Today");
    case DailyBudgetColumn:
        return tr("Daily budget");
    case DailyUsedColumn:
        return tr("Daily budget used");
    }
    return {};
}

} // namespace redress
