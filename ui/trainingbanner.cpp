#include "trainingbanner.h"

namespace redress {

TrainingBanner::TrainingBanner(const QString &server, QWidget *parent) : QLabel(parent)
{
    setObjectName(QStringLiteral("trainingBanner"));
    setWordWrap(true);
    setAlignment(Qt::AlignCenter);
    setTextFormat(Qt::RichText);
    setText(tr("<b>TRAINING</b> — sandbox on %1. Nothing done here reaches customers or the live system.")
                .arg(server.toHtmlEscaped()));
    setAccessibleName(tr("Training sandbox: nothing done here reaches customers"));
    setStyleSheet(QStringLiteral("QLabel#trainingBanner { background: #6a1b9a; color: white; padding: 5px 10px;"
                                 " font-size: 11pt; letter-spacing: 1px; border-bottom: 3px solid #f9a825; }"));
}

void TrainingBanner::setVisible(bool visible)
{
    Q_UNUSED(visible)
    QLabel::setVisible(true);
}

} // namespace redress
