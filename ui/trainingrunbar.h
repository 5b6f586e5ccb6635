#pragma once

#include "trainingrun.h"

#include <QFrame>

class QLabel;
class QPushButton;
class QTimer;

namespace redress {

/// Under the TRAINING banner while a scenario runs: which scenario, the customer's words, the time taken against
/// the target (it counts towards the score), and Finish — the server then scores what the case recorded.
class TrainingRunBar final : public QFrame
{
    Q_OBJECT

public:
    explicit TrainingRunBar(QWidget *parent = nullptr);

    void setRun(const TrainingRun &run, const QString &briefing, int targetSeconds);
    void clear();
    void setBusy(bool busy);
    const TrainingRun *run() const { return m_run ? &*m_run : nullptr; }

Q_SIGNALS:
    void finishRequested(const QString &runId);
    void openCaseRequested(const QString &caseId);

private:
    void tick();

    std::optional<TrainingRun> m_run;
    int m_targetSeconds = 0;
    QLabel *m_title;
    QLabel *m_briefing;
    QLabel *m_clock;
    QPushButton *m_open;
    QPushButton *m_finish;
    QTimer *m_timer;
};

} // namespace redress
