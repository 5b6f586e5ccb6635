#pragma once

#include "budgetreport.h"
#include "charttable.h"

#include <QWidget>

#include <optional>

class QComboBox;
class QHBoxLayout;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class QTableWidget;
class QTimer;

namespace redress {

class BudgetAgentModel;
class ClientContext;
class ReportService;

/// The leads' budget view: the team's spend this budget period against its budget (applied, waiting for approval,
/// left — amber from 80 %, red beyond it), each member's spend this period and today against their daily budget,
/// and the spend by customer tier and failure category. The figures are the server's (GET /api/v1/reports/budget);
/// the view asks again when the cache says cases or approvals changed, so a grant shows without a refresh.
/// Managers and directors, who see several teams, choose the team.
class BudgetView final : public QWidget
{
    Q_OBJECT

public:
    explicit BudgetView(ClientContext &context, QWidget *parent = nullptr);
    ~BudgetView() override;

    /// Asks the server for the chosen team's figures now.
    void refresh();
    /// The team asked for; empty for the signed-in user's own.
    QString team() const;
    void setTeam(const QString &team);
    /// The report on screen (none before the first answer).
    const BudgetReport *report() const { return m_report ? &*m_report : nullptr; }
    BudgetAgentModel *agentModel() const { return m_agentModel; }
    /// What "Export CSV" writes: "by_agent", "by_tier" or "by_category" (null before the first answer).
    const ChartTable *table(const QString &id) const;
    /// Writes the table as CSV; false with the reason shown when it cannot.
    bool exportCsv(const QString &tableId, const QString &path);

Q_SIGNALS:
    /// A report was put on screen.
    void reportShown();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void showReport(const BudgetReport &report);
    void showBar(const BudgetReport &report);
    void fillShares(QTableWidget *widget, const ChartTable &table, const QList<BudgetReport::Share> &shares,
                    const Money &total);
    void scheduleRefresh();
    void offerTeams();
    QWidget *exportButton(const QString &tableId);

    ClientContext &m_context;
    ReportService *m_reports;
    BudgetAgentModel *m_agentModel;
    QSortFilterProxyModel *m_sorted;
    QComboBox *m_team;
    QLabel *m_title;
    QLabel *m_summary;
    QLabel *m_status;
    QWidget *m_bar;
    QHBoxLayout *m_barLayout;
    QLabel *m_barSpent;
    QLabel *m_barPending;
    QLabel *m_barLeft;
    QTableView *m_agents;
    QTableWidget *m_tiers;
    QTableWidget *m_categories;
    QTimer *m_changed;
    bool m_stale = true; ///< the cache changed (or nothing was loaded) while the view was hidden
    std::optional<BudgetReport> m_report;
    QList<ChartTable> m_tables;
};

} // namespace redress
