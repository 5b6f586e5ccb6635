#include "demouserdialog.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QIcon>
#include <QLabel>
#include <QRadioButton>
#include <QVBoxLayout>

#include <span>

namespace redress {

DemoUserDialog::DemoUserDialog(Mode mode, QWidget *parent) : QDialog(parent), m_choices(new QButtonGroup(this))
{
    setObjectName(QStringLiteral("demoUserDialog"));
    setWindowTitle(mode == Mode::Training ? tr("Redress training sandbox") : tr("Redress demo"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/app.svg")));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(mode == Mode::Training
                                 ? tr("<b>Training sandbox</b> — realistic scenarios on a scratch server of its own; "
                                      "nothing reaches customers.<br>Who is training?")
                                 : tr("<b>Northwind Mobility</b> — car rental and parcel delivery, with six months of cases.<br>"
                                      "Whose desk do you want to sit at?"),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    struct Person
    {
        const char *username;
        const char *label;
    };
    static const Person demoPeople[] = {
        {"agent", QT_TR_NOOP("&Daniel Reyes, frontline agent — find cases, walk the guide, grant and send")},
        {"lead", QT_TR_NOOP("&Marcus Feld, team lead — approvals, budgets and the team's cases")},
        {"trainer", QT_TR_NOOP("&Janet Okafor, trainer — practice scenarios in the sandbox")},
    };
    static const Person trainingPeople[] = {
        {"trainee", QT_TR_NOOP("&Priya Natarajan, trainee — run scenarios and get scored")},
        {"trainee2", QT_TR_NOOP("&Tom Becker, trainee — run scenarios and get scored")},
        {"trainer", QT_TR_NOOP("&Janet Okafor, trainer — every trainee's results, and a reset for the next class")},
    };
    const std::span<const Person> people =
        mode == Mode::Training ? std::span<const Person>(trainingPeople) : std::span<const Person>(demoPeople);
    for (const Person &person : people) {
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
