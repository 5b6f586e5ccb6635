#include "trainingrunbar.h"

#include "trainingrunsmodel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace redress {

TrainingRunBar::TrainingRunBar(QWidget *parent)
    : QFrame(parent), m_title(new QLabel(this)), m_briefing(new QLabel(this)), m_clock(new QLabel(this)),
      m_open(new QPushButton(QIcon(QStringLiteral(":/icons/case.svg")), tr("&Open the case"), this)),
      m_finish(new QPushButton(QIcon(QStringLiteral(":/icons/resolve.svg")), tr("&Finish and score"), this)),
      m_timer(new QTimer(this))
{
    setObjectName(QStringLiteral("trainingRunBar"));
    setStyleSheet(QStringLiteral("QFrame#trainingRunBar { background: #f3e5f5; border-bottom: 1px solid #ce93d8; }"));
    m_title->setObjectName(QStringLiteral("runTitle"));
    m_briefing->setObjectName(QStringLiteral("runBriefing"));
    m_briefing->setWordWrap(true);
    m_briefing->setStyleSheet(QStringLiteral("color: #4a148c; font-style: italic;"));
    m_clock->setObjectName(QStringLiteral("runClock"));
    m_finish->setObjectName(QStringLiteral("finishRun"));
    m_finish->setToolTip(tr("Ends the run: the sandbox scores the path, compensation, message, root cause and time "
                            "recorded on the case (Ctrl+Shift+E)."));
    m_open->setObjectName(QStringLiteral("openRunCase"));

    auto *text = new QVBoxLayout;
    text->addWidget(m_title);
    text->addWidget(m_briefing);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 10, 6);
    layout->addLayout(text, 1);
    layout->addWidget(m_clock);
    layout->addWidget(m_open);
    layout->addWidget(m_finish);

    m_timer->setInterval(1000);
    connect(m_timer, &QTimer::timeout, this, &TrainingRunBar::tick);
    connect(m_finish, &QPushButton::clicked, this, [this] {
        if (m_run)
            Q_EMIT finishRequested(m_run->id);
    });
    connect(m_open, &QPushButton::clicked, this, [this] {
        if (m_run)
            Q_EMIT openCaseRequested(m_run->caseId);
    });
    hide();
}

void TrainingRunBar::setRun(const TrainingRun &run, const QString &briefing, int targetSeconds)
{
    m_run = run;
    m_targetSeconds = targetSeconds;
    m_title->setText(tr("<b>Scenario:</b> %1").arg(run.scenarioTitle.toHtmlEscaped()));
    m_briefing->setText(briefing);
    m_briefing->setVisible(!briefing.isEmpty());
    setBusy(false);
    tick();
    m_timer->start();
    show();
}

void TrainingRunBar::clear()
{
    m_run.reset();
    m_timer->stop();
    hide();
}

void TrainingRunBar::setBusy(bool busy)
{
    m_finish->setEnabled(!busy && m_run);
    m_finish->setText(busy ? tr("Scoring…") : tr("&Finish and score"));
}

void TrainingRunBar::tick()
{
    if (!m_run)
        return;
    const int elapsed = int(std::max<qint64>(0, m_run->startedAt.secsTo(QDateTime::currentDateTimeUtc())));
    const QString text = m_targetSeconds > 0
                             ? tr("%1 of %2 target").arg(TrainingRunsModel::durationText(elapsed),
                                                         TrainingRunsModel::durationText(m_targetSeconds))
                             : TrainingRunsModel::durationText(elapsed);
    m_clock->setText(text);
    const bool over = m_targetSeconds > 0 && elapsed > m_targetSeconds;
    m_clock->setStyleSheet(over ? QStringLiteral("color: #c62828; font-weight: bold;") : QStringLiteral("font-weight: bold;"));
}

} // namespace redress
