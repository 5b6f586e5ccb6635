#pragma once

#include "money.h"
#include "result.h"
#include "treerecovery.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace redress {

class CacheNotifier;
class CaseActions;
class CaseReader;

/// Compensation for one case: kind and amount with the policy's verdict live as the agent types ("Within your
/// limit: USD 40.00 of 50.00", "Needs lead approval", "Denied: force majeure"), what the agent may still grant
/// today, and every compensation of the case with its outcome after sync (applied, waiting for approval, or
/// rejected with the approver's reason).
class CompensationPanel final : public QWidget
{
    Q_OBJECT

public:
    CompensationPanel(CaseActions &actions, CaseReader &reader, CacheNotifier *notifier, QWidget *parent = nullptr);

    void setCase(const QString &caseId);
    /// Fills kind and amount from the recovery a tree walk recommended.
    void prefill(const TreeRecovery &recovery);
    void focusAmount();
    QString verdictText() const;
    bool canPropose() const;
    /// Records the compensation (as the Propose button does); false with the reason shown when refused.
    bool propose();

Q_SIGNALS:
    /// A compensation was recorded: the composer can speak of it.
    void proposed(const QString &compensationId, bool needsApproval);

private:
    void evaluate();
    /// The amount field as money in the policy's currency.
    Result<Money> typedAmount() const;
    void refreshOutcomes();
    void setVerdict(const QString &text, const QString &colour);

    CaseActions &m_actions;
    CaseReader &m_reader;
    QString m_caseId;
    QString m_currency;
    QComboBox *m_kind;
    QLineEdit *m_amount;
    QLabel *m_currencyLabel;
    QLineEdit *m_reason;
    QLabel *m_verdict;
    QLabel *m_budget;
    QLabel *m_suggestion;
    QPushButton *m_propose;
    QListWidget *m_outcomes;
    bool m_proposable = false;
};

} // namespace redress
