#pragma once

#include <QLabel>

namespace redress {

/// The stripe across every sandbox window: TRAINING, and that nothing done here reaches a customer. It cannot be
/// hidden — not by a menu (none lists it), and not by code: setVisible(false) keeps it shown — because a trainee
/// who mistakes the sandbox for live work, or the other way round, is the one mistake the sandbox must prevent.
class TrainingBanner final : public QLabel
{
    Q_OBJECT

public:
    explicit TrainingBanner(const QString &server, QWidget *parent = nullptr);

    void setVisible(bool visible) override;
};

} // namespace redress
