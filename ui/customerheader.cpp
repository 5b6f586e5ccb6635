#include "customerheader.h"

#include "caseoverview.h"
#include "displaytext.h"

#include <QGridLayout>
#include <QIcon>
#include <QLabel>

namespace redress {

CustomerHeader::CustomerHeader(QWidget *parent)
    : QFrame(parent)
    , m_badge(new QLabel(this))
    , m_name(new QLabel(this))
    , m_contact(new QLabel(this))
    , m_value(new QLabel(this))
    , m_received(new QLabel(this))
    , m_case(new QLabel(this))
    , m_warning(new QLabel(this))
{
    setObjectName(QStringLiteral("customerHeader"));
    setFrameShape(QFrame::StyledPanel);
    m_name->setObjectName(QStringLiteral("customerName"));
    m_badge->setObjectName(QStringLiteral("tierBadge"));
    m_value->setObjectName(QStringLiteral("lifetimeValue"));
    m_received->setObjectName(QStringLiteral("receivedRecently"));
    m_warning->setObjectName(QStringLiteral("repeatWarning"));
    m_case->setObjectName(QStringLiteral("caseLine"));
    QFont nameFont = m_name->font();
    nameFont.setPointSizeF(nameFont.pointSizeF() * 1.35);
    nameFont.setBold(true);
    m_name->setFont(nameFont);
    m_name->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_contact->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_case->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_warning->setWordWrap(true);
    for (QLabel *label : {m_name, m_contact, m_case})
        label->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_warning->setStyleSheet(QStringLiteral("QLabel { background: #fff3e0; color: #8a4b00; border: 1px solid #ef6c00;"
                                            " border-radius: 3px; padding: 3px 6px; }"));
    m_warning->hide();

    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->setHorizontalSpacing(12);
    layout->addWidget(m_badge, 0, 0, 2, 1, Qt::AlignTop);
    layout->addWidget(m_name, 0, 1);
    layout->addWidget(m_value, 0, 2, Qt::AlignRight);
    layout->addWidget(m_contact, 1, 1);
    layout->addWidget(m_received, 1, 2, Qt::AlignRight);
    layout->addWidget(m_case, 2, 1, 1, 2);
    layout->addWidget(m_warning, 3, 0, 1, 3);
    layout->setColumnStretch(1, 1);
}

void CustomerHeader::setCustomer(const CustomerSummary &customer, const CaseSummary &caseSummary)
{
    const QString tierText = DisplayText::tier(customer.tier);
    const QIcon badge(QStringLiteral(":/icons/tier-%1.svg").arg(customer.tier));
    m_badge->setPixmap(badge.pixmap(QSize(40, 40), devicePixelRatioF()));
    m_badge->setToolTip(tr("%1 tier").arg(tierText));
    m_badge->setAccessibleName(tr("Tier: %1").arg(tierText));
    m_name->setText(tr("%1 · %2").arg(customer.name, tierText));
    m_name->setAccessibleName(tr("Customer %1, %2 tier").arg(customer.name, tierText));
    QStringList contact;
    for (const QString &part : {customer.email, customer.phone, customer.locale})
        if (!part.isEmpty())
            contact.append(part);
    if (customer.customerSince > 0)
        contact.append(tr("customer since %1").arg(DisplayText::date(customer.customerSince)));
    m_contact->setText(contact.join(QStringLiteral(" · ")));

    m_value->setText(customer.lifetimeValue ? tr("Lifetime value %1").arg(DisplayText::money(*customer.lifetimeValue))
                                            : tr("Lifetime value unknown"));
    // Counts as numbers after a colon read right in English for any count, without plural forms.
    m_received->setText(tr("Payouts in the last %1 days: %2 (%3)")
                            .arg(customer.windowDays)
                            .arg(customer.payoutsInWindow)
                            .arg(DisplayText::money(customer.receivedInWindow)));

    m_case->setText(tr("Case %1 · %2 · %3 · %4 · %5")
                        .arg(caseSummary.id, caseSummary.title, DisplayText::caseStatus(caseSummary.status),
                             DisplayText::fromId(caseSummary.category), DisplayText::channel(caseSummary.channel)));

    if (customer.repeatWarning()) {
        const bool reached = customer.payoutsInWindow >= customer.repeatThreshold;
        m_warning->setText(reached ? tr("Repeat payouts: %1 already in %2 days. Any further compensation goes to a lead "
                                        "for review.")
                                         .arg(customer.payoutsInWindow)
                                         .arg(customer.windowDays)
                                   : tr("Repeat payouts: %1 in %2 days. One more reaches the policy's limit of %3, "
                                        "after which a lead reviews every payout.")
                                         .arg(customer.payoutsInWindow)
                                         .arg(customer.windowDays)
                                         .arg(customer.repeatThreshold));
        m_warning->show();
    } else {
        m_warning->clear();
        m_warning->hide();
    }
}

QString CustomerHeader::warningText() const
{
    return m_warning->isHidden() ? QString() : m_warning->text();
}

} // namespace redress
