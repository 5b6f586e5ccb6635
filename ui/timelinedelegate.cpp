#include "timelinedelegate.h"

#include "displaytext.h"
#include "timelinemodel.h"

namespace redress {
namespace {

QString iconFor(const QString &type)
{
    if (type == QLatin1String("note"))
        return QStringLiteral(":/icons/note.svg");
    if (type.startsWith(QLatin1String("compensation")))
        return QStringLiteral(":/icons/compensation.svg");
    if (type.startsWith(QLatin1String("approval")))
        return QStringLiteral(":/icons/approvals.svg");
    if (type.startsWith(QLatin1String("message")))
        return QStringLiteral(":/icons/message.svg");
    if (type.startsWith(QLatin1String("tree")))
        return QStringLiteral(":/icons/guide.svg");
    if (type.contains(QLatin1String("resolve")))
        return QStringLiteral(":/icons/resolve.svg");
    return QStringLiteral(":/icons/case.svg");
}

} // namespace

void TimelineDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const QString type = index.data(TimelineModel::TypeRole).toString();
    const bool pending = index.data(TimelineModel::PendingRole).toBool();
    QString heading = tr("%1 · %2").arg(DisplayText::dateTime(index.data(TimelineModel::AtRole).toLongLong()),
                                        index.data(TimelineModel::ActorRole).toString());
    if (pending)
        heading += tr(" · not yet synced");
    // A line separator, not '\n': item views draw the text as one paragraph and drop plain newlines.
    option->text = heading + QChar(QChar::LineSeparator) + index.data(TimelineModel::SummaryRole).toString();
    option->icon = QIcon(iconFor(type));
    option->decorationSize = QSize(20, 20);
    option->features |= QStyleOptionViewItem::HasDecoration | QStyleOptionViewItem::WrapText;
    option->font.setItalic(pending);
}

} // namespace redress
