#pragma once

#include "accessscope.h"
#include "result.h"

#include <QJsonArray>

namespace redress {

class Database;

/// The server's change feed: every write adds rows with a monotonic sequence and the team and vendor that may
/// see them (empty for rows everyone sees, such as published documents). A page holds only what the reader may see.
class ChangeFeed
{
public:
    static constexpr int kMaxPage = 1000;

    struct Page
    {
        QJsonArray changes; ///< [{"seq", "entity", "id", "op", "data"}]
        qint64 next = 0;    ///< the cursor for the next page: the last sequence examined
        bool more = false;
    };

    explicit ChangeFeed(Database &database) : m_database(database) {}

    /// The changes after `since` that `scope` may see.
    ///
    /// After a prune (ChangeRetention), `since` 0 is a fresh start and always works: the rows left hold every
    /// record's latest state. A cursor below the horizon whose row was pruned (or never existed) points into
    /// history that is gone and is answered `changes.expired`, so that client starts again from 0. A cursor below
    /// the horizon that names a row still kept reads on: it is what a fresh pull hands out page by page, and it
    /// misses nothing, because pruned rows' fields were folded into later rows of the same record.
    Result<Page> read(const AccessScope &scope, qint64 since, int limit);
    /// The newest sequence number, visible or not (0 when empty).
    Result<qint64> head();
    /// The highest sequence pruned from the feed (0 when nothing was).
    Result<qint64> horizon();

private:
    /// True when no change row has sequence `seq`.
    Result<bool> isGone(qint64 seq);

    Database &m_database;
};

} // namespace redress
