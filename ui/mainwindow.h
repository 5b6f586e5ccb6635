#pragma once

#include "shortcutsdialog.h"

#include <QMainWindow>

class QLabel;
class QLineEdit;
class QListView;
class QMenu;
class QJsonObject;
class QStandardItem;
class QStandardItemModel;
class QTableView;
class QTabWidget;

namespace redress {

class ApprovalsQueue;
class BudgetView;
class DashboardView;
class ScoreReport;
class TrainingBanner;
class TrainingPanel;
class TrainingRunBar;
class TrainingService;
struct TrainingRun;
class ReportService;
class CaseListModel;
class CaseWorkspace;
class ClientContext;
class OutboxModel;
class SearchModel;
class SyncStatusBar;

/// The agent's window: search-as-you-type over customers, cases and notes, my queue and recent cases on the left;
/// open cases as tabs on the right; the sync status at the bottom and a banner when offline. Every frequent action
/// has a key (Help ▸ Shortcuts lists them).
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(ClientContext &context, QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Opens the case in a tab (or shows its tab), and remembers it among the recent cases.
    CaseWorkspace *openCase(const QString &caseId);
    CaseWorkspace *currentWorkspace() const;
    /// The open tab of this case; null when it is not open.
    CaseWorkspace *workspaceOf(const QString &caseId) const;
    /// The lead's approvals queue; null for agents.
    ApprovalsQueue *approvalsQueue() const { return m_approvals; }
    DashboardView *dashboards() const { return m_dashboards; }
    BudgetView *budget() const { return m_budget; }
    /// The sandbox's pieces; null outside a training sandbox.
    TrainingPanel *trainingPanel() const { return m_trainingPanel; }
    TrainingRunBar *trainingRunBar() const { return m_runBar; }
    TrainingBanner *trainingBanner() const { return m_trainingBanner; }
    TrainingService *training() const { return m_training; }
    /// Shows a scored run in its own tab.
    ScoreReport *showScore(const TrainingRun &run);
    /// Closes every case tab (at sign-out: the next user must not see the previous user's cases).
    void closeAllCases();
    QList<ShortcutsDialog::Entry> shortcutEntries() const;

Q_SIGNALS:
    /// The user chose File ▸ Sign out; the app decides what comes next.
    void signOutRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void buildMenus();
    void addApprovalsQueue();
    /// The banner, run bar, Training tab and menu of a sandbox (or of any server that says it is one).
    void addTraining();
    void startTrainingRun(const TrainingRun &run);
    void buildLists();
    QTableView *makeCaseTable(CaseListModel *model, const QString &objectName, const QString &accessibleName);
    void searchChanged(const QString &text);
    void activateSearchResult(const QModelIndex &index);
    void showCustomerCases(const QString &customerId, const QString &name);
    void closeCase(int tab);
    /// "My queue": this user's open cases (nobody's when no user is known).
    void showQueueOf(const QJsonObject &user);
    QStandardItem *recentItem(const QString &caseId, const QString &title) const;
    void rememberRecent(const QString &caseId, const QString &title);
    void loadRecent();
    void refreshBanners();
    void showShortcuts();
    void showAbout();
    QString settingsKey() const;

    ClientContext &m_context;
    SearchModel *m_search;
    CaseListModel *m_queue;
    CaseListModel *m_customerCases;
    QStandardItemModel *m_recent;
    OutboxModel *m_outbox;
    QLineEdit *m_searchEdit;
    QTabWidget *m_lists;
    QListView *m_results;
    QTableView *m_queueView;
    QTableView *m_customerView;
    QListView *m_recentView;
    QTabWidget *m_cases;
    QLabel *m_offlineBanner;
    QLabel *m_attentionBanner;
    QLabel *m_message;
    SyncStatusBar *m_status;
    QList<QAction *> m_actions;
    QMenu *m_viewMenu = nullptr;
    ApprovalsQueue *m_approvals = nullptr;
    DashboardView *m_dashboards = nullptr;
    BudgetView *m_budget = nullptr;
    ReportService *m_reports = nullptr;
    TrainingService *m_training = nullptr;
    TrainingPanel *m_trainingPanel = nullptr;
    TrainingRunBar *m_runBar = nullptr;
    TrainingBanner *m_trainingBanner = nullptr;
};

} // namespace redress
