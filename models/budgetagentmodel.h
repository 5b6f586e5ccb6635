#pragma once

#include "budgetreport.h"

#include <QAbstractTableModel>

namespace redress {

/// The members of a team in the budget view: what each applied this period and today, against their daily
/// budget. Display text in the view's columns; SortRole gives numbers, so a QSortFilterProxyModel sorts by amount,
/// not by text ("USD 9.00" after "USD 10.00").
class BudgetAgentModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BudgetAgentModel)

public:
    enum Column { AgentColumn, SpentColumn, TodayColumn, DailyBudgetColumn, DailyUsedColumn, ColumnCount };
    enum Role {
        SortRole = Qt::UserRole + 1, ///< minor units for amounts, the used fraction for DailyUsedColumn, the name
        UserIdRole,
        UsernameRole,
        /// today / daily budget as a double (1.0 = all of it); invalid when the member has no daily budget
        DailyUsedRole,
    };

    explicit BudgetAgentModel(QObject *parent = nullptr);

    void setAgents(const QList<BudgetReport::Agent> &agents);
    const QList<BudgetReport::Agent> &agents() const { return m_agents; }
    /// The row of the member with this username; -1 when not in the team.
    int rowOf(const QString &username) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<BudgetReport::Agent> m_agents;
};

} // namespace redress
