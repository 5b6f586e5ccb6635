#pragma once

#include <QStyledItemDelegate>

namespace redress {

/// A timeline row as two lines — when, who and what kind; then what happened — with an icon per kind of event
/// and unconfirmed (not yet synced) events in italics.
class TimelineDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

} // namespace redress
