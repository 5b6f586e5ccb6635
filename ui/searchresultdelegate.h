#pragma once

#include <QStyledItemDelegate>

namespace redress {

/// A search result as an icon for its kind (customer, case, note), its label, and the text that matched.
class SearchResultDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

} // namespace redress
