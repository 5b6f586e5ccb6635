#include "scorereport.h"

#include "displaytext.h"
#include "trainingrunsmodel.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace redress {
namespace {

QTableWidget *makeTable(const QString &objectName, const QStringList &headers, QWidget *parent)
{
    auto *table = new QTableWidget(0, int(headers.size()), parent);
    table->setObjectName(objectName);
    table->setHorizontalHeaderLabels(headers);
    table->verticalHeader()->hide();
    // Rows follow the width the layout gives the table, so wrapped feedback is never cut off (a few rows only).
    table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setWordWrap(true);
    table->horizontalHeader()->setStretchLastSection(true);
    return table;
}

QTableWidgetItem *item(const QString &text, const QString &icon = {})
{
    auto *cell = new QTableWidgetItem(icon.isEmpty() ? QIcon() : QIcon(icon), text);
    cell->setToolTip(text);
    return cell;
}

} // namespace

QString ScoreReport::criterionLabel(const QString &id)
{
    if (id == QLatin1String("path"))
        return tr("Decision path");
    if (id == QLatin1String("compensation"))
        return tr("Compensation");
    if (id == QLatin1String("template"))
        return tr("Message template");
    if (id == QLatin1String("root_cause"))
        return tr("Root cause");
    if (id == QLatin1String("time"))
        return tr("Time");
    return DisplayText::fromId(id);
}

ScoreReport::ScoreReport(const TrainingRun &run, const Labeller &labels, QWidget *parent)
    : QWidget(parent), m_run(run),
      m_criteria(makeTable(QStringLiteral("scoreCriteria"), {tr("Criterion"), tr("Points"), tr("Feedback")}, this)),
      m_steps(makeTable(QStringLiteral("scoreSteps"), {tr("Question"), tr("Expected"), tr("Your answer"), tr("Why")}, this))
{
    setObjectName(QStringLiteral("scoreReport"));
    auto *layout = new QVBoxLayout(this);
    auto *headline = new QLabel(this);
    headline->setObjectName(QStringLiteral("scoreHeadline"));
    headline->setWordWrap(true);
    layout->addWidget(headline);
    if (!run.score) {
        headline->setText(tr("<h2>%1</h2><p>This run has not been scored yet.</p>").arg(run.scenarioTitle.toHtmlEscaped()));
        layout->addStretch(1);
        return;
    }
    const TrainingRun::Score &score = *run.score;
    const QString verdict = score.policyBreach ? tr("Failed — a grant the policy does not allow")
                            : score.passed     ? tr("Passed")
                                               : tr("Not passed yet");
    const QString colour = score.passed ? QStringLiteral("#2e7d32") : QStringLiteral("#c62828");
    headline->setText(tr("<h2>%1</h2><p><span style='font-size:16pt; color:%2'><b>%3</b> — %4 of %5 points</span> "
                         "(pass mark %6)%7</p><p>%8</p>")
                          .arg(run.scenarioTitle.toHtmlEscaped(), colour, verdict)
                          .arg(score.total)
                          .arg(score.maxTotal)
                          .arg(score.passMark)
                          .arg(run.seconds ? tr(" · time %1").arg(TrainingRunsModel::durationText(*run.seconds)) : QString())
                          .arg(tr("%1, case %2").arg(run.traineeName.toHtmlEscaped(), run.caseId.toHtmlEscaped())));

    m_criteria->setRowCount(int(score.criteria.size()));
    for (int row = 0; row < score.criteria.size(); ++row) {
        const TrainingRun::Criterion &c = score.criteria.at(row);
        m_criteria->setItem(row, 0, item(criterionLabel(c.id), c.passed ? QStringLiteral(":/icons/approve.svg")
                                                                        : QStringLiteral(":/icons/warning.svg")));
        m_criteria->setItem(row, 1, item(tr("%1 / %2").arg(c.points).arg(c.maxPoints)));
        m_criteria->setItem(row, 2, item(c.feedback.join(QLatin1Char(' '))));
    }
    m_criteria->resizeColumnsToContents();
    m_criteria->horizontalHeader()->setStretchLastSection(true);
    m_criteria->resizeRowsToContents();

    m_steps->setRowCount(int(score.steps.size()));
    for (int row = 0; row < score.steps.size(); ++row) {
        const TrainingRun::Step &s = score.steps.at(row);
        m_steps->setItem(row, 0, item(labels(s.question, {}), s.correct ? QStringLiteral(":/icons/approve.svg")
                                                                          : QStringLiteral(":/icons/reject.svg")));
        m_steps->setItem(row, 1, item(labels(s.question, s.expected)));
        m_steps->setItem(row, 2, item(s.answered.isEmpty() ? tr("(not reached)") : labels(s.question, s.answered)));
        m_steps->setItem(row, 3, item(s.feedback));
    }
    m_steps->resizeColumnsToContents();
    for (int column = 0; column < 3; ++column)
        m_steps->setColumnWidth(column, std::min(m_steps->columnWidth(column), 220));
    m_steps->horizontalHeader()->setStretchLastSection(true);
    m_steps->resizeRowsToContents();

    auto *criteriaTitle = new QLabel(tr("<b>Points</b>"), this);
    auto *stepsTitle = new QLabel(tr("<b>Your walk through the guide</b>"), this);
    layout->addWidget(criteriaTitle);
    layout->addWidget(m_criteria, 2);
    layout->addWidget(stepsTitle);
    layout->addWidget(m_steps, 3);
    if (!score.debrief.isEmpty()) {
        auto *debrief = new QLabel(tr("<b>Debrief.</b> %1").arg(score.debrief.toHtmlEscaped()), this);
        debrief->setObjectName(QStringLiteral("scoreDebrief"));
        debrief->setWordWrap(true);
        debrief->setStyleSheet(QStringLiteral("background: #f3e5f5; padding: 8px;"));
        layout->addWidget(debrief);
    }
}

} // namespace redress
