#include "delegationdialog.h"

#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace redress {

DelegationDialog::DelegationDialog(QWidget *parent)
    : QDialog(parent), m_username(new QLineEdit(this)), m_starts(new QDateTimeEdit(this)), m_ends(new QDateTimeEdit(this))
{
    setObjectName(QStringLiteral("delegationDialog"));
    setWindowTitle(tr("Delegate my approvals"));
    m_username->setObjectName(QStringLiteral("delegateUsername"));
    m_username->setAccessibleName(tr("Username of the lead who takes over"));
    const QDateTime now = QDateTime::currentDateTime();
    m_starts->setObjectName(QStringLiteral("delegateFrom"));
    m_starts->setDateTime(now);
    m_starts->setCalendarPopup(true);
    m_ends->setObjectName(QStringLiteral("delegateUntil"));
    m_ends->setDateTime(now.addDays(7));
    m_ends->setCalendarPopup(true);
    auto *form = new QFormLayout;
    form->addRow(tr("&Lead (username)"), m_username);
    form->addRow(tr("&From"), m_starts);
    form->addRow(tr("&Until"), m_ends);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("The lead you name sees and decides your team's requests in this period (at most 90 "
                                "days). You keep yours too."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

QString DelegationDialog::username() const
{
    return m_username->text().trimmed();
}

QDateTime DelegationDialog::startsAt() const
{
    return m_starts->dateTime();
}

QDateTime DelegationDialog::endsAt() const
{
    return m_ends->dateTime();
}

} // namespace redress
