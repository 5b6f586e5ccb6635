#pragma once

#include "result.h"

#include <QString>

namespace redress {

class AuditChain;
class Database;

/// Keeps the change feed from growing without end, without breaking a client that pulls it from the start.
///
/// A prune deletes the rows committed before a cutoff that a newer row of the same record (entity, id)
/// supersedes. A change row may carry only the fields that changed (an approval's decision, a compensation's new
/// state), so the deleted rows' fields are folded into the record's next kept row, oldest first and newer fields
/// winning — exactly what a client does when it applies them one by one. A pull from since=0 therefore still
/// rebuilds every record as it was. Timeline events (`case_event`) are each their own record and are all kept.
///
/// The highest sequence deleted becomes the feed's horizon (table change_horizon): a cursor below it that names a
/// deleted row is answered `changes.expired` (HTTP 410) by ChangeFeed, so that client starts again from 0.
class ChangeRetention
{
public:
    struct Outcome
    {
        qint64 cutoffSeq = 0; ///< the newest row committed before the cutoff (0: none was)
        qint64 deleted = 0;   ///< rows deleted
        qint64 rewritten = 0; ///< kept rows that received the fields of the rows they superseded
        qint64 horizon = 0;   ///< the horizon after this prune (unchanged when nothing was deleted)
        qint64 remaining = 0; ///< rows left in the feed
    };

    /// `cache` is the connection's audit chain, as for WriteTransaction.
    ChangeRetention(Database &database, AuditChain &cache) : m_database(database), m_cache(cache) {}

    /// Prunes what was committed before `cutoffMs` (UTC milliseconds) in one transaction, audited as `actor`.
    /// With `dryRun` everything is worked out and then rolled back: the outcome says what a real run would do.
    Result<Outcome> prune(qint64 cutoffMs, const QString &actor, bool dryRun);

private:
    Database &m_database;
    AuditChain &m_cache;
};

} // namespace redress
