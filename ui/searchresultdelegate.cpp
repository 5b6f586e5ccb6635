#include "searchresultdelegate.h"

#include "searchmodel.h"

namespace redress {

void SearchResultDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const QString kind = index.data(SearchModel::KindRole).toString();
    const QString icon = kind == QLatin1String("customer") ? QStringLiteral(":/icons/customer.svg")
                         : kind == QLatin1String("note")   ? QStringLiteral(":/icons/note.svg")
                                                           : QStringLiteral(":/icons/case.svg");
    option->icon = QIcon(icon);
    option->decorationSize = QSize(20, 20);
    option->features |= QStyleOptionViewItem::HasDecoration;
    const QString snippet = index.data(SearchModel::SnippetRole).toString().simplified();
    const QString label = index.data(SearchModel::LabelRole).toString();
    // Two lines for every row (uniform heights keep a long result list fast): what it is, then what matched.
    option->text = label + QChar(QChar::LineSeparator) + (snippet.isEmpty() || snippet == label ? QStringLiteral(" ") : snippet);
}

} // namespace redress
