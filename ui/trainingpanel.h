#pragma once

#include "scenariobrief.h"
#include "trainingrun.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QStandardItemModel;
class QTableView;

namespace redress {

class TrainingRunsModel;
class TrainingService;

/// The sandbox's home tab: the scenarios (what happened, to whom, the target time — never the answer key), a
/// button that starts one, and the results: a trainee's own runs, or every trainee's for a trainer, who can also
/// reset the sandbox for the next class.
class TrainingPanel final : public QWidget
{
    Q_OBJECT

public:
    TrainingPanel(TrainingService &service, const QString &userId, bool trainer, QWidget *parent = nullptr);

    /// Asks the sandbox for the scenarios and the results again.
    void refresh();
    /// The selected scenario, started (ignored while a request is under way).
    void startSelected();
    const ScenarioBrief *brief(const QString &scenarioId) const;
    QTableView *scenarioView() const { return m_scenarioView; }
    QTableView *resultsView() const { return m_resultsView; }
    TrainingRunsModel *results() const { return m_results; }

Q_SIGNALS:
    void scoreRequested(const redress::TrainingRun &run);
    /// This user's run that is still open (after a restart): the window takes it up again.
    void openRunFound(const redress::TrainingRun &run);
    void message(const QString &text);

private:
    void showScenarios(const QList<ScenarioBrief> &scenarios);
    void showBrief();
    void confirmReset();

    TrainingService &m_service;
    QString m_userId;
    QList<ScenarioBrief> m_briefs;
    QStandardItemModel *m_scenarios;
    QTableView *m_scenarioView;
    QLabel *m_brief;
    QPushButton *m_start;
    TrainingRunsModel *m_results;
    QSortFilterProxyModel *m_sorted;
    QTableView *m_resultsView;
    QPushButton *m_reset = nullptr;
};

} // namespace redress
