#pragma once

#include "trainingrun.h"

#include <QWidget>

#include <functional>

class QTableWidget;

namespace redress {

/// A scored training run, as a trainee reads it afterwards: passed or not and the total against the pass mark,
/// points per criterion with what to do better, each step of the walk against the expected answer with the
/// trainer's reason, and the debrief.
class ScoreReport final : public QWidget
{
    Q_OBJECT

public:
    /// Reads a question or answer id as the tree words it; returns the id's readable form when unknown.
    using Labeller = std::function<QString(const QString &questionId, const QString &choiceId)>;

    ScoreReport(const TrainingRun &run, const Labeller &labels, QWidget *parent = nullptr);

    const TrainingRun &run() const { return m_run; }
    QTableWidget *criteriaTable() const { return m_criteria; }
    QTableWidget *stepsTable() const { return m_steps; }

    /// "Decision path", "Compensation"… for a criterion id.
    static QString criterionLabel(const QString &id);

private:
    TrainingRun m_run;
    QTableWidget *m_criteria;
    QTableWidget *m_steps;
};

} // namespace redress
