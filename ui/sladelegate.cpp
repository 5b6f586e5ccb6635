#include "sladelegate.h"

#include "approvalqueuemodel.h"

namespace redress {

void SlaDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const QString state = index.data(ApprovalQueueModel::SlaStateRole).toString();
    if (state == QLatin1String("red")) {
        option->backgroundBrush = QColor(0xff, 0xcd, 0xd2);
        option->palette.setColor(QPalette::Text, QColor(0xb7, 0x1c, 0x1c));
        option->font.setBold(true);
    } else if (state == QLatin1String("amber")) {
        option->backgroundBrush = QColor(0xff, 0xe0, 0xb2);
        option->palette.setColor(QPalette::Text, QColor(0x8a, 0x4b, 0x00));
    }
}

} // namespace redress
