#pragma once

#include "result.h"

#include <QString>

namespace redress {

class Database;

/// Running compensation totals per customer, actor and team, in UTC-day buckets split by state (applied or
/// pending approval), kept in the same transaction as every compensation change.
///
/// The policy needs "what this customer received in 90 days", "what this actor granted today" and "what the
/// team spent this month" for every proposal. Summing the compensations table each time grows with history
/// (a busy team's month is tens of thousands of rows); summing at most 92 day buckets does not.
/// Windows are therefore whole UTC days: "90 days" is today and the 89 days before.
class SpendTotals
{
public:
    enum class State { Applied, Pending };
    static constexpr qint64 kDayMs = 24 * 60 * 60 * 1000;

    struct Compensation
    {
        QString customerId;
        QString actorId;
        QString team;
        QString currency;
        qint64 amountMinor = 0;
        qint64 createdAt = 0; ///< UTC ms: the bucket is the day it was proposed, whenever it is decided
    };

    /// Adds (sign +1) or removes (sign -1) one compensation in the given state, in all three owners' buckets.
    static Result<void> add(Database &database, const Compensation &compensation, State state, int sign);
    /// Moves a compensation from pending to applied (approved) or out of pending (rejected).
    static Result<void> decide(Database &database, const Compensation &compensation, bool approved);
    /// Recomputes every bucket from the compensations table (after a bulk load such as the demo seed).
    static Result<void> rebuild(Database &database);

    /// Customer total in `currency` from `fromDay` on, applied and pending; and the number of payouts.
    static Result<qint64> customerAmount(Database &database, const QString &customerId, const QString &currency, qint64 fromDay);
    static Result<qint64> customerPayouts(Database &database, const QString &customerId, qint64 fromDay);
    /// Applied totals of an actor or a team from `fromDay` on.
    static Result<qint64> actorApplied(Database &database, const QString &actorId, const QString &currency, qint64 fromDay);
    static Result<qint64> teamApplied(Database &database, const QString &team, const QString &currency, qint64 fromDay);

    static qint64 dayOf(qint64 msSinceEpoch) { return msSinceEpoch / kDayMs; }
};

} // namespace redress
