#pragma once

#include "result.h"
#include "role.h"

#include <QHash>
#include <QList>
#include <QString>

namespace redress {

class CompensationPolicy;
class Database;
class DocumentCache;
class WriteTransaction;

/// Six months of resolved demo cases, so the leads' dashboards tell a story: generated (not read from a file)
/// from a fixed seed, anchored to midnight UTC today, so two seeds on the same day write the same rows and
/// seeds on different days the same history shifted in time.
///
/// The story: parcel and rental failures in realistic proportions per line; resolution times log-normal around a
/// few hours per category, the BPO vendor a bit slower; a Pareto of root causes taken from the trees' outcomes,
/// where carrier_delay and depot_capacity grow (more cases, slower, more repeat contacts) in the last 60 days;
/// compensations within the agents' limits, a few over them through approvals decided within or past the SLA;
/// repeat contacts for about one recovered case in ten; NPS and CSAT surveys, better after recovery.
///
/// The history belongs to its own customers ("cust-h0001"…) in the demo's teams: the hand-written customers and
/// their 80 cases stay exactly as written, and a customer's cases are spaced so that a repeat contact is one the
/// story meant. Every id has an "h" (case-h00001, comp-h00001, appr-h00001) so nothing collides with the file's.
/// Every generated case is resolved; nothing lands in an agent's queue.
class DemoHistory
{
public:
    static constexpr quint64 kSeed = 20261101;
    static constexpr int kDays = 180;
    static constexpr int kCustomers = 1200;

    /// A demo user the history may name (in-house or vendor staff).
    struct Staff
    {
        QString id;
        QString username;
        Role role = Role::Agent;
        QString team;
        QString vendor;
    };
    /// A brand and its line of business ("car_rental" or "parcel").
    struct Brand
    {
        QString id;
        QString line;
    };

    struct Stats
    {
        qint64 customers = 0;
        qint64 cases = 0;
        qint64 compensations = 0;
        qint64 approvals = 0;
        qint64 surveys = 0;
        qint64 events = 0;
    };

    /// Writes the history inside `transaction` (rows and their change-feed rows), `today` being midnight UTC.
    static Result<Stats> write(WriteTransaction &transaction, Database &database, const CompensationPolicy &policy,
                               const QList<Staff> &staff, const QList<Brand> &brands, qint64 today, qint64 approvalSlaMs);

    /// Two requests waiting in the queue of care-east's lead when the demo starts, so the approvals queue works at
    /// once: a senior agent's over-limit voucher on a new case of a history customer, one made ten minutes ago and one
    /// half an hour from its SLA (the server escalates it then). Written by the live mutation code (case.open and
    /// compensation.propose) in `transaction`, so the case, compensation, approval, timeline, change-feed and audit
    /// rows are exactly what a live request makes. Returns how many are pending (0 without a senior agent in care-east).
    static Result<int> writePendingRequests(WriteTransaction &transaction, Database &database, DocumentCache &documents,
                                            const QList<Staff> &staff, qint64 now, qint64 approvalSlaMs);
};

} // namespace redress
