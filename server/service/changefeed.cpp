#include "changefeed.h"

#include "database.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace redress {

Result<ChangeFeed::Page> ChangeFeed::read(const AccessScope &scope, qint64 since, int limit)
{
    limit = std::clamp(limit, 1, kMaxPage);
    // The head is read first and the page stops there: a change committed while this page is read belongs to
    // the next page, never skipped by a cursor moved past it.
    Result<qint64> newest = head();
    if (!newest)
        return newest.error();
    QVariantList binds{since, *newest};
    binds += scope.binds();
    binds.append(limit + 1);
    Result<QSqlQuery *> query = m_database.exec(
        QLatin1String("SELECT seq, entity, entity_id, op, data FROM changes WHERE seq > ? AND seq <= ? AND ((team = '' AND vendor = '') OR ")
            + scope.condition() + QLatin1String(") ORDER BY seq LIMIT ?"),
        binds);
    if (!query)
        return query.error();
    Page page;
    page.next = since;
    QSqlQuery &rows = *query.value();
    while (rows.next()) {
        if (page.changes.size() == limit) {
            page.more = true;
            break;
        }
        const qint64 seq = rows.value(0).toLongLong();
        page.changes.append(QJsonObject{{QStringLiteral("seq"), seq},
                                        {QStringLiteral("entity"), rows.value(1).toString()},
                                        {QStringLiteral("id"), rows.value(2).toString()},
                                        {QStringLiteral("op"), rows.value(3).toString()},
                                        {QStringLiteral("data"),
                                         QJsonDocument::fromJson(rows.value(4).toString().toUtf8()).object()}});
        page.next = seq;
    }
    rows.finish();
    // Checked after the rows were read, not before: a prune that commits between the two moves the horizon past
    // this cursor or deletes its row, so a page read from already-pruned rows is never handed out.
    if (since > 0) {
        Result<qint64> pruned = horizon();
        if (!pruned)
            return pruned.error();
        Result<bool> stale = since < *pruned ? isGone(since) : Result<bool>(false);
        if (!stale)
            return stale.error();
        if (*stale) {
            return Error{QStringLiteral("changes.expired"),
                         QCoreApplication::translate("ChangeFeed",
                                                     "Changes up to %1 were pruned, so a cursor at %2 has missed some. "
                                                     "Bootstrap again and fetch the changes from since=0.")
                             .arg(*pruned)
                             .arg(since),
                         QStringLiteral("since")};
        }
    }
    if (!page.more) // nothing more is visible up to the head: skip the invisible rows for good
        page.next = std::max(page.next, *newest);
    return page;
}

Result<qint64> ChangeFeed::head()
{
    Result<QSqlQuery *> query = m_database.exec(QStringLiteral("SELECT COALESCE(MAX(seq), 0) FROM changes"));
    if (!query)
        return query.error();
    const qint64 seq = query.value()->next() ? query.value()->value(0).toLongLong() : 0;
    query.value()->finish();
    return seq;
}

Result<bool> ChangeFeed::isGone(qint64 seq)
{
    Result<QSqlQuery *> query = m_database.exec(QStringLiteral("SELECT 1 FROM changes WHERE seq = ?"), {seq});
    if (!query)
        return query.error();
    const bool found = query.value()->next();
    query.value()->finish();
    return !found;
}

Result<qint64> ChangeFeed::horizon()
{
    Result<QSqlQuery *> query = m_database.exec(QStringLiteral("SELECT seq FROM change_horizon WHERE id = 1"));
    if (!query)
        return query.error();
    const qint64 seq = query.value()->next() ? query.value()->value(0).toLongLong() : 0;
    query.value()->finish();
    return seq;
}

} // namespace redress
