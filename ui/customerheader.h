#pragma once

#include <QFrame>

class QLabel;

namespace redress {

struct CaseSummary;
struct CustomerSummary;

/// The top of a case: who the customer is (tier badge, contact), what they are worth, and what they received
/// lately — with a warning when one more payout reaches the policy's repeat-payout review.
class CustomerHeader final : public QFrame
{
    Q_OBJECT

public:
    explicit CustomerHeader(QWidget *parent = nullptr);

    void setCustomer(const CustomerSummary &customer, const CaseSummary &caseSummary);
    /// The repeat-payout warning as shown; empty when there is none.
    QString warningText() const;

private:
    QLabel *m_badge;
    QLabel *m_name;
    QLabel *m_contact;
    QLabel *m_value;
    QLabel *m_received;
    QLabel *m_case;
    QLabel *m_warning;
};

} // namespace redress
