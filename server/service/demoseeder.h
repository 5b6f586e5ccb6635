#pragma once

#include "result.h"

#include <QString>

namespace redress {

class AuditChain;
class Database;

/// Loads the demo organisation (`redress-server --demo`) into an empty database: the seed policy, decision trees
/// and templates, the demo users, and the customers with their case histories from `demo-org.json`.
///
/// demo-org.json (format 1, docs/formats/demo-org.md) holds `brands` (id, name, line, signature,
/// support_phone), `users` (username, display_name, role, team, vendor), `customers` (id, name, email, phone,
/// tier, locale, region, team, vendor, customer_since_days, lifetime_value) and `cases` (id, customer, brand,
/// category, channel, title, status, opened_days_ago, opened_hour in UTC, opened_by, assignee, facts, region,
/// events, compensations, resolved_after_minutes, root_cause). Event and compensation times are minutes after the
/// case was opened, so the history stays recent whenever the demo is started. Each case's timeline gets the
/// entries a live case would have ("case.opened", the notes, "compensation.applied", "case.resolved"), and every
/// row goes into the change feed with its scope, so a client's first pull shows the same history as the API. It is read strictly, and checked
/// against the seed policy (categories, regions, currency) before anything is written: a broken demo file is an
/// Error naming the file and the JSON pointer, never a half-seeded database. Passwords are not in the file; every
/// demo user gets the one the caller passes.
///
/// Scope columns follow the customer: a case, its events and its compensations take the customer's team and
/// vendor, and only the vendor's own staff may appear in a vendor customer's history, so the demo never shows one
/// vendor another's customers.
class DemoSeeder
{
public:
    static constexpr QLatin1String kFileName{"demo-org.json"};
    static constexpr QLatin1String kActor{"demo-seed"};

    DemoSeeder(Database &database, AuditChain &auditCache) : m_database(database), m_auditCache(auditCache) {}

    /// Seeds from `seedDirectory` (policy.json, trees/, templates/, demo-org.json) and returns true, or returns
    /// false and changes nothing when the database already has users: a database someone set up by hand is never
    /// filled with demo people.
    ///
    /// Documents and users are written by DocumentStore and UserDirectory, each in its own audited transaction;
    /// customers, cases, events and compensations then go in one transaction with one "demo.seed" audit entry.
    /// Everything is validated first, so only a database failure can stop the seeding half-way.
    Result<bool> seedIfEmpty(const QString &seedDirectory, const QString &password);

    /// Whether to write the six months of generated history (DemoHistory) too; on by default. A training sandbox
    /// leaves it out: trainees work fresh cases, and the dashboards are not what a sandbox is for.
    void setWithHistory(bool withHistory) { m_withHistory = withHistory; }

private:
    Database &m_database;
    AuditChain &m_auditCache;
    bool m_withHistory = true;
};

} // namespace redress
