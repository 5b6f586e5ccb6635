#pragma once

#include "treerecovery.h"

#include <QWidget>

class QBoxLayout;
class QGroupBox;
class QLabel;
class QPushButton;

namespace redress {

class CaseActions;
class TreeWalkModel;

/// The decision-tree guide: one question at a time, answers as buttons the agent can also pick with the number
/// keys 1–9, a breadcrumb of the steps taken (each one a way back), and at the end the recommended recovery, which
/// "Use this recovery" records on the case and hands to the compensation panel and the composer.
class TreeGuide final : public QWidget
{
    Q_OBJECT

public:
    TreeGuide(TreeWalkModel &walk, CaseActions &actions, QWidget *parent = nullptr);

    /// Loads the case's tree and facts and replays the recorded answers; says so when no tree is cached.
    void setCase(const QString &caseId, const QString &treeId, const QStringList &answers);
    /// Picks the answer with this number (1-based), as the number keys do.
    bool chooseNumber(int number);
    void goBack();
    /// Records the answers given so far when they are not what the case has on record, complete or not: a training
    /// run finished mid-walk is scored on the steps the trainee took. False, with the reason shown, when it failed.
    bool recordProgress();

Q_SIGNALS:
    /// The agent took the recovery the walk ended in; the path is recorded on the case.
    void recoveryChosen(const redress::TreeRecovery &recovery);
    /// An action failed in a way the agent should read.
    void failed(const QString &message);

private:
    void rebuild();
    void useRecovery();
    bool record();
    static QString recoveryText(const TreeRecovery &recovery);

    TreeWalkModel &m_walk;
    CaseActions &m_actions;
    QString m_caseId;
    QString m_treeId;
    QStringList m_recorded; ///< the answers the case has on record
    QWidget *m_breadcrumb;
    QBoxLayout *m_breadcrumbLayout;
    QLabel *m_question;
    QWidget *m_answers;
    QBoxLayout *m_answersLayout;
    QGroupBox *m_outcome;
    QLabel *m_outcomeText;
    QPushButton *m_use;
    QPushButton *m_back;
    QLabel *m_status;
};

} // namespace redress
