#pragma once

#include "accessscope.h"
#include "result.h"
#include "user.h"

#include <QDate>
#include <QJsonObject>

namespace redress {

class Database;
class DocumentCache;

/// The figures behind the leads' dashboards and budget view, aggregated in SQL (a handful of GROUP BY queries,
/// never a loop over cases in C++), so every desk sees the same numbers. The dashboard reads the day totals that
/// ReportSummary keeps with every write, so a million cases answer in well under a second. Definitions of every figure are in docs/server.md ("Reports").
class ReportQueries
{
public:
    static constexpr int kMaxDays = 400;
    static constexpr int kDefaultDays = 30;

    /// Which cases a dashboard counts: UTC calendar days from..to inclusive, and optional equality filters.
    struct Filter
    {
        QDate from;
        QDate to;
        QString team;
        QString vendor;
        QString line; ///< a line of business of the policy's categories: "car_rental", "parcel"
        QString channel;
    };

    ReportQueries(Database &database, DocumentCache &documents) : m_database(database), m_documents(documents) {}

    /// Whether a role may read reports at all: leads, managers, directors and administrators.
    static bool mayRead(Role role);

    /// The dashboard (docs/openapi.yaml, Dashboard) for the cases `scope` allows; `now` decides which pending
    /// approvals are overdue.
    Result<QJsonObject> dashboard(const AccessScope &scope, const Filter &filter, qint64 now);
    /// The same answer computed from the case, compensation, survey and approval rows instead of the day totals
    /// (ReportSummary): the reference the tests hold dashboard() to, and what the day totals are defined by.
    /// Slow on a large database (tens of seconds over a million cases).
    Result<QJsonObject> dashboardFromRows(const AccessScope &scope, const Filter &filter, qint64 now);
    /// This budget period of `team` (the caller's own when empty): "team.not_found" when out of scope.
    Result<QJsonObject> budget(const User &caller, const QString &team, qint64 now);

private:
    Database &m_database;
    DocumentCache &m_documents;
};

} // namespace redress
