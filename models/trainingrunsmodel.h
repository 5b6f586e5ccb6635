#pragma once

#include "trainingrun.h"

#include <QAbstractTableModel>

namespace redress {

/// Training runs as a table: a trainer's view of everyone's results, or a trainee's own. Newest first, as the
/// server lists them; a sort proxy may reorder (the Score and Time columns sort as numbers).
class TrainingRunsModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { TraineeColumn, ScenarioColumn, ScoreColumn, ResultColumn, TimeColumn, StartedColumn, ColumnCount };
    enum Role { RunIdRole = Qt::UserRole + 1, SortRole };

    explicit TrainingRunsModel(QObject *parent = nullptr);

    void setRuns(const QList<TrainingRun> &runs);
    /// Replaces the run with the same id (a finished one) or puts it first.
    void upsert(const TrainingRun &run);
    const TrainingRun *run(int row) const;
    const QList<TrainingRun> &runs() const { return m_runs; }
    /// The newest run of `userId` that is still open, if any (to resume it after a restart).
    const TrainingRun *openRunOf(const QString &userId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// "4:05": minutes and seconds.
    static QString durationText(int seconds);

private:
    QList<TrainingRun> m_runs;
};

} // namespace redress
