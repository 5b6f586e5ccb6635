#include "demouserdialog.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QIcon>
#include <QLabel>
#include <QRadioButton>
#include <QVBoxLayout>

namespace redress {

DemoUserDialog::DemoUserDialog(QWidget *parent) : QDialog(parent), m_choices(new QButtonGroup(this))
{
    setObjectName(QStringLiteral("demoUserDialog"));
    setWindowTitle(tr("Redress demo"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/app.svg")));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("<b>Northwind Mobility</b> — car rental and parcel delivery, with six months of cases.<br>"
                                "Whose desk do you want to sit at?"),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    const struct
    {
        const char *username;
        const char *label;
    } people[] = {
        {"agent", QT_TR_NOOP("&Daniel Reyes, frontline agent — find cases, walk the guide, grant and send")},
        {"lead", QT_TR_NOOP("&Marcus Feld, team lead — approvals, budgets and the team's cases")},
        {"trainer", QT_TR_NOOP("&Janet Okafor, trainer — practice scenarios in the sandbox")},
    };
    for (const auto &person : people) {
        auto *button = new QRadioButton(tr(person.label), this);
        button->setObjectName(QStringLiteral("demoUser_") + QLatin1String(person.username));
        m_choices->addButton(button, int(m_usernames.size()));
        m_usernames.append(QLatin1String(person.username));
        layout->addWidget(button);
    }
    m_choices->button(0)->setChecked(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

QString DemoUserDialog::username() const
{
    return m_usernames.value(m_choices->checkedId());
}

} // namespace redress
