#pragma once

#include <QStyledItemDelegate>

namespace redress {

/// The approvals queue's SLA and escalation cells in colour: amber when less than a quarter of the SLA is left,
/// red once it has passed (the approval is escalated) — the text says the same for those who do not see colour.
class SlaDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

} // namespace redress
