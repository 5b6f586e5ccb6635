#include "spendtotals.h"

#include "database.h"

namespace redress {
namespace {

QString stateId(SpendTotals::State state)
{
    return state == SpendTotals::State::Applied ? QStringLiteral("applied") : QStringLiteral("pending");
}

Result<qint64> sumOf(Database &database, const QString &sql, const QVariantList &binds)
{
    Result<QSqlQuery *> query = database.exec(sql, binds);
    if (!query)
        return query.error();
    const qint64 sum = query.value()->next() ? query.value()->value(0).toLongLong() : 0;
    query.value()->finish();
    return sum;
}

} // namespace

Result<void> SpendTotals::add(Database &database, const Compensation &compensation, State state, int sign)
{
    const QString upsert = QStringLiteral(
        "INSERT INTO spend_buckets (kind, owner, day, currency, state, amount_minor, payouts) VALUES (?, ?, ?, ?, ?, ?, ?) "
        "ON CONFLICT (kind, owner, day, currency, state) DO UPDATE SET "
        "amount_minor = spend_buckets.amount_minor + excluded.amount_minor, payouts = spend_buckets.payouts + excluded.payouts");
    const std::pair<QString, QString> owners[] = {{QStringLiteral("customer"), compensation.customerId},
                                                  {QStringLiteral("actor"), compensation.actorId},
                                                  {QStringLiteral("team"), compensation.team}};
    for (const auto &[kind, owner] : owners) {
        Result<QSqlQuery *> done = database.exec(upsert, {kind, owner, dayOf(compensation.createdAt), compensation.currency,
                                                          stateId(state), sign * compensation.amountMinor, qint64(sign)});
        if (!done)
            return done.error();
    }
    return {};
}

Result<void> SpendTotals::decide(Database &database, const Compensation &compensation, bool approved)
{
    if (Result<void> removed = add(database, compensation, State::Pending, -1); !removed)
        return removed;
    if (!approved)
        return {};
    return add(database, compensation, State::Applied, +1);
}

Result<void> SpendTotals::rebuild(Database &database)
{
    if (Result<void> cleared = database.execOnce(QStringLiteral("DELETE FROM spend_buckets")); !cleared)
        return cleared;
    for (const char *column : {"customer_id", "actor_id", "team"}) {
        const QString kind = QString::fromLatin1(column).remove(QLatin1String("_id"));
        Result<void> filled = database.execOnce(
            QStringLiteral("INSERT INTO spend_buckets (kind, owner, day, currency, state, amount_minor, payouts) "
                           "SELECT '%1', %2, created_at / 86400000, currency, "
                           "CASE state WHEN 'applied' THEN 'applied' ELSE 'pending' END, SUM(amount_minor), COUNT(*) "
                           "FROM compensations WHERE state IN ('applied', 'pending_approval') GROUP BY 2, 3, 4, 5")
                .arg(kind, QString::fromLatin1(column)));
        if (!filled)
            return filled;
    }
    return {};
}

Result<qint64> SpendTotals::customerAmount(Database &database, const QString &customerId, const QString &currency, qint64 fromDay)
{
    return sumOf(database,
                 QStringLiteral("SELECT COALESCE(SUM(amount_minor), 0) FROM spend_buckets WHERE kind = 'customer' AND "
                                "owner = ? AND currency = ? AND day >= ?"),
                 {customerId, currency, fromDay});
}

Result<qint64> SpendTotals::customerPayouts(Database &database, const QString &customerId, qint64 fromDay)
{
    return sumOf(database,
                 QStringLiteral("SELECT COALESCE(SUM(payouts), 0) FROM spend_buckets WHERE kind = 'customer' AND "
                                "owner = ? AND day >= ?"),
                 {customerId, fromDay});
}

Result<qint64> SpendTotals::actorApplied(Database &database, const QString &actorId, const QString &currency, qint64 fromDay)
{
    return sumOf(database,
                 QStringLiteral("SELECT COALESCE(SUM(amount_minor), 0) FROM spend_buckets WHERE kind = 'actor' AND "
                                "owner = ? AND currency = ? AND day >= ? AND state = 'applied'"),
                 {actorId, currency, fromDay});
}

Result<qint64> SpendTotals::teamApplied(Database &database, const QString &team, const QString &currency, qint64 fromDay)
{
    return sumOf(database,
                 QStringLiteral("SELECT COALESCE(SUM(amount_minor), 0) FROM spend_buckets WHERE kind = 'team' AND "
                                "owner = ? AND currency = ? AND day >= ? AND state = 'applied'"),
                 {team, currency, fromDay});
}

} // namespace redress
