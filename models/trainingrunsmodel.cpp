#include "trainingrunsmodel.h"

#include <QLocale>

namespace redress {

TrainingRunsModel::TrainingRunsModel(QObject *parent) : QAbstractTableModel(parent)
{
}

void TrainingRunsModel::setRuns(const QList<TrainingRun> &runs)
{
    beginResetModel();
    m_runs = runs;
    endResetModel();
}

void TrainingRunsModel::upsert(const TrainingRun &run)
{
    for (qsizetype row = 0; row < m_runs.size(); ++row) {
        if (m_runs.at(row).id == run.id) {
            m_runs[row] = run;
            Q_EMIT dataChanged(index(int(row), 0), index(int(row), ColumnCount - 1));
            return;
        }
    }
    beginInsertRows({}, 0, 0);
    m_runs.prepend(run);
    endInsertRows();
}

const TrainingRun *TrainingRunsModel::run(int row) const
{
    return row >= 0 && row < m_runs.size() ? &m_runs.at(row) : nullptr;
}

const TrainingRun *TrainingRunsModel::openRunOf(const QString &userId) const
{
    for (const TrainingRun &run : m_runs)
        if (run.traineeId == userId && !run.isFinished())
            return &run;
    return nullptr;
}

int TrainingRunsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_runs.size());
}

int TrainingRunsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString TrainingRunsModel::durationText(int seconds)
{
    return QStringLiteral("%1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

QVariant TrainingRunsModel::data(const QModelIndex &index, int role) const
{
    const TrainingRun *r = run(index.row());
    if (!r)
        return {};
    if (role == RunIdRole)
        return r->id;
    const int column = index.column();
    if (role == SortRole) {
        switch (column) {
        case ScoreColumn:
            return r->score ? r->score->total : -1;
        case TimeColumn:
            return r->seconds.value_or(-1);
        case StartedColumn:
            return r->startedAt;
        default:
            return data(index, Qt::DisplayRole);
        }
    }
    if (role == Qt::TextAlignmentRole && (column == ScoreColumn || column == TimeColumn))
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (column) {
    case TraineeColumn:
        return r->traineeName;
    case ScenarioColumn:
        return r->scenarioTitle;
    case ScoreColumn:
        return r->score ? tr("%1 / %2").arg(r->score->total).arg(r->score->maxTotal) : QString();
    case ResultColumn:
        if (!r->score)
            return r->isFinished() ? tr("Not scored") : tr("In progress");
        if (r->score->policyBreach)
            return tr("Failed: policy breach");
        return r->score->passed ? tr("Passed") : tr("Failed");
    case TimeColumn:
        return r->seconds ? durationText(*r->seconds) : QString();
    case StartedColumn:
        return QLocale().toString(r->startedAt.toLocalTime(), QLocale::ShortFormat);
    default:
        return {};
    }
}

QVariant TrainingRunsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TraineeColumn:
        return tr("Trainee");
    case ScenarioColumn:
        return tr("Scenario");
    case ScoreColumn:
        return tr("Score");
    case ResultColumn:
        return tr("Result");
    case TimeColumn:
        return tr("Time");
    case StartedColumn:
        return tr("Started");
    default:
        return {};
    }
}

} // namespace redress
