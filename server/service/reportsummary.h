#pragma once

#include "result.h"

#include <QString>
#include <QVariantList>

namespace redress {

class Database;

/// The dashboard's figures kept as day totals (`report_days`, migration 7), so a report reads a few thousand rows
/// instead of every case of the period.
///
/// Each case contributes rows keyed by UTC day and the dashboard's filter dimensions (team, vendor, category,
/// channel) plus root cause, tier and currency: its resolution (on the day it was resolved: time bucket, whether it
/// was recovered, repeat contacts within 7 and 30 days), its surveys (on the day answered), its applied
/// compensations (on the day created) and its approval requests (on the day made). `report_case_facts` keeps each
/// case's rows, so refreshing a case subtracts exactly what it added before and adds what it adds now: any write
/// path stays exact by calling refreshCase() after it changed a case, its compensations, events, surveys or
/// approvals, in the same transaction. Repeat contacts depend on the customer's later cases, so opening a case
/// refreshes the customer's cases whose 30-day window it falls in (caseOpened()). Figures that depend on the
/// moment of the request (pending approvals, overdue ones) and the percentiles are not kept here.
class ReportSummary
{
public:
    /// Day totals are kept for aligned blocks of 1, 4, 16, 64 and 256 days (a block of span n starts on a day number
    /// divisible by n), so any period of up to a year and more is at most six blocks per span, whatever its length.
    /// Each span is one more row to write per changed figure, so the factor trades writes (5 spans) against reads.
    static constexpr int kSpanFactor = 4;
    static constexpr int kMaxSpan = 256;

    /// A WHERE fragment over `report_days` (columns prefixed by `alias`) selecting the blocks that exactly cover the
    /// UTC days fromDay..toDay (days since the epoch); appends its binds.
    static QString periodCondition(const QString &alias, qint64 fromDay, qint64 toDay, QVariantList &binds);

    /// Recomputes one case's contribution from its rows and applies the difference to the day totals.
    static Result<void> refreshCase(Database &database, const QString &caseId);
    /// A case of `customerId` opened at `openedAt` (UTC ms): refreshes it and the customer's resolved cases whose
    /// repeat-contact window holds that moment.
    static Result<void> caseOpened(Database &database, const QString &caseId, const QString &customerId, qint64 openedAt);
    /// Refreshes every case of a customer (after something every case of theirs counts changed, such as the tier).
    static Result<void> refreshCustomer(Database &database, const QString &customerId);
    /// Recomputes everything from the rows (after a bulk load such as the demo seed, or in a benchmark).
    static Result<void> rebuild(Database &database);
};

} // namespace redress
