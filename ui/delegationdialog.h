#pragma once

#include <QDateTime>
#include <QDialog>

class QDateTimeEdit;
class QLineEdit;

namespace redress {

/// Who takes over the lead's approvals, and for which period (holidays, a training day).
class DelegationDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit DelegationDialog(QWidget *parent = nullptr);

    QString username() const;
    QDateTime startsAt() const;
    QDateTime endsAt() const;

private:
    QLineEdit *m_username;
    QDateTimeEdit *m_starts;
    QDateTimeEdit *m_ends;
};

} // namespace redress
