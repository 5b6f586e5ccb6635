#pragma once

#include <QList>
#include <QSet>

#include <algorithm>
#include <functional>

namespace redress {

/// How a list model announces the steps of applyRowDiff: the begin/end calls are the model's own (protected)
/// beginRemoveRows/endRemoveRows..., so the model passes them in.
struct RowDiffSteps
{
    std::function<void(int first, int last)> beginRemove;
    std::function<void()> endRemove;
    std::function<void(int first, int last)> beginInsert;
    std::function<void()> endInsert;
    std::function<void(int row)> changed;
};

/// Brings a list model's `rows` to `fresh` with removals, insertions and dataChanged instead of a reset, so a
/// view keeps its selection and scroll position while the cache changes under it.
///
/// `staying` holds the keys of the rows shown now that keep their place relative to one another in `fresh` (same
/// sort key); every other row is removed, then inserted where it belongs now — a case that moved to the top is one
/// removal and one insertion.
template<typename Row, typename Key, typename KeyOf>
void applyRowDiff(QList<Row> &rows, const QList<Row> &fresh, const QSet<Key> &staying, KeyOf keyOf,
                  const RowDiffSteps &steps)
{
    for (int end = int(rows.size()); end > 0;) {
        if (staying.contains(keyOf(rows.at(end - 1)))) {
            --end;
            continue;
        }
        int first = end - 1;
        while (first > 0 && !staying.contains(keyOf(rows.at(first - 1))))
            --first;
        steps.beginRemove(first, end - 1);
        rows.remove(first, end - first);
        steps.endRemove();
        end = first;
    }
    for (int i = 0; i < fresh.size();) {
        if (staying.contains(keyOf(fresh.at(i)))) {
            if (!(rows.at(i) == fresh.at(i))) {
                rows[i] = fresh.at(i);
                steps.changed(i);
            }
            ++i;
            continue;
        }
        int end = i;
        while (end < fresh.size() && !staying.contains(keyOf(fresh.at(end))))
            ++end;
        steps.beginInsert(i, end - 1);
        rows.insert(i, end - i, Row{});
        std::copy(fresh.cbegin() + i, fresh.cbegin() + end, rows.begin() + i);
        steps.endInsert();
        i = end;
    }
}

} // namespace redress
