#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;

namespace redress {

class CaseActions;
class CaseReader;

/// Closing a case with a root-cause tag — the tags the decision trees know, the walk's own first — so leads can
/// see which causes keep producing failures.
class ResolutionPanel final : public QWidget
{
    Q_OBJECT

public:
    ResolutionPanel(CaseActions &actions, CaseReader &reader, QWidget *parent = nullptr);

    void setCase(const QString &caseId, const QString &category, const QString &rootCause, bool resolved);
    void suggestRootCause(const QString &rootCause);
    bool resolve();

Q_SIGNALS:
    /// The case is about to be closed: the last chance to record what was done on it (a resolved case takes no more).
    void aboutToResolve();
    void resolved();

private:
    CaseActions &m_actions;
    CaseReader &m_reader;
    QString m_caseId;
    QComboBox *m_rootCause;
    QPushButton *m_resolve;
    QLabel *m_status;
};

} // namespace redress
