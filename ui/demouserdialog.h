#pragma once

#include <QDialog>

class QButtonGroup;

namespace redress {

/// `redress --demo`: whose desk to sit at — a frontline agent, a team lead or a trainer of the demo organisation;
/// `redress --training`: a trainee's or the trainer's.
class DemoUserDialog final : public QDialog
{
    Q_OBJECT

public:
    enum class Mode { Demo, Training };

    explicit DemoUserDialog(Mode mode = Mode::Demo, QWidget *parent = nullptr);

    QString username() const;

private:
    QButtonGroup *m_choices;
    QStringList m_usernames;
};

} // namespace redress
