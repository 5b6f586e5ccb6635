#include "schemamigrator.h"

#include "database.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QStringList>

namespace redress {
namespace {

struct Migration
{
    int version;
    const char *description;
    const char *sql; ///< statements separated by ";\n"; {{serial}} is the dialect's auto-increment key
};

// Times are UTC milliseconds since the epoch (BIGINT): one portable, sortable form for both databases.
// Amounts are minor units (BIGINT) plus an ISO 4217 code. Ids are text (UUIDs or readable demo ids).
// Scope columns (team, vendor) are copied onto every row a user may be shown, so access checks are one WHERE.
constexpr Migration kMigrations[] = {
    {1, "users, sessions, documents, customers, cases, compensations, approvals, sync, changes, audit", R"sql(
CREATE TABLE users (
    id TEXT PRIMARY KEY,
    username TEXT NOT NULL UNIQUE,
    display_name TEXT NOT NULL,
    role TEXT NOT NULL,
    team TEXT NOT NULL,
    vendor TEXT NOT NULL DEFAULT '',
    password_hash TEXT NOT NULL,
    disabled INTEGER NOT NULL DEFAULT 0,
    failed_logins INTEGER NOT NULL DEFAULT 0,
    locked_until BIGINT NOT NULL DEFAULT 0,
    created_at BIGINT NOT NULL);
CREATE TABLE sessions (
    token_hash TEXT PRIMARY KEY,
    user_id TEXT NOT NULL REFERENCES users(id),
    device_id TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    last_seen_at BIGINT NOT NULL,
    expires_at BIGINT NOT NULL,
    ended_at BIGINT);
CREATE INDEX sessions_user ON sessions(user_id);
CREATE TABLE documents (
    kind TEXT NOT NULL,
    doc_id TEXT NOT NULL,
    version INTEGER NOT NULL,
    body TEXT NOT NULL,
    sha256 TEXT NOT NULL,
    published_at BIGINT NOT NULL,
    published_by TEXT NOT NULL,
    PRIMARY KEY (kind, doc_id, version));
CREATE TABLE customers (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    email TEXT NOT NULL DEFAULT '',
    phone TEXT NOT NULL DEFAULT '',
    tier TEXT NOT NULL,
    locale TEXT NOT NULL DEFAULT 'en',
    region TEXT NOT NULL DEFAULT '',
    team TEXT NOT NULL,
    vendor TEXT NOT NULL DEFAULT '',
    search_text TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL);
CREATE INDEX customers_scope ON customers(team, vendor);
CREATE TABLE cases (
    id TEXT PRIMARY KEY,
    customer_id TEXT NOT NULL REFERENCES customers(id),
    team TEXT NOT NULL,
    vendor TEXT NOT NULL DEFAULT '',
    category TEXT NOT NULL,
    brand TEXT NOT NULL DEFAULT '',
    region TEXT NOT NULL DEFAULT '',
    channel TEXT NOT NULL DEFAULT '',
    title TEXT NOT NULL,
    status TEXT NOT NULL,
    facts TEXT NOT NULL DEFAULT '{}',
    tree_path TEXT NOT NULL DEFAULT '',
    root_cause TEXT NOT NULL DEFAULT '',
    assignee_id TEXT NOT NULL DEFAULT '',
    opened_by TEXT NOT NULL,
    opened_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    resolved_at BIGINT);
CREATE INDEX cases_customer ON cases(customer_id);
CREATE INDEX cases_scope ON cases(team, vendor, status);
CREATE TABLE case_events (
    id {{serial}},
    case_id TEXT NOT NULL REFERENCES cases(id),
    at BIGINT NOT NULL,
    actor_id TEXT NOT NULL,
    type TEXT NOT NULL,
    data TEXT NOT NULL);
CREATE INDEX case_events_case ON case_events(case_id, id);
CREATE TABLE compensations (
    id TEXT PRIMARY KEY,
    case_id TEXT NOT NULL REFERENCES cases(id),
    customer_id TEXT NOT NULL REFERENCES customers(id),
    actor_id TEXT NOT NULL,
    team TEXT NOT NULL,
    vendor TEXT NOT NULL DEFAULT '',
    kind TEXT NOT NULL,
    amount_minor BIGINT NOT NULL,
    currency TEXT NOT NULL,
    state TEXT NOT NULL,
    reason TEXT NOT NULL DEFAULT '',
    verdict TEXT NOT NULL,
    approval_id TEXT NOT NULL DEFAULT '',
    created_at BIGINT NOT NULL,
    decided_at BIGINT);
CREATE INDEX compensations_customer ON compensations(customer_id, created_at);
CREATE INDEX compensations_actor ON compensations(actor_id, created_at);
CREATE INDEX compensations_team ON compensations(team, created_at);
CREATE TABLE approvals (
    id TEXT PRIMARY KEY,
    compensation_id TEXT NOT NULL REFERENCES compensations(id),
    case_id TEXT NOT NULL REFERENCES cases(id),
    requester_id TEXT NOT NULL,
    team TEXT NOT NULL,
    vendor TEXT NOT NULL DEFAULT '',
    required_level TEXT NOT NULL,
    amount_minor BIGINT NOT NULL,
    currency TEXT NOT NULL,
    state TEXT NOT NULL,
    reasons TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    due_at BIGINT NOT NULL,
    escalations INTEGER NOT NULL DEFAULT 0,
    decided_by TEXT NOT NULL DEFAULT '',
    decided_at BIGINT,
    comment TEXT NOT NULL DEFAULT '');
CREATE INDEX approvals_state ON approvals(state, team);
CREATE TABLE delegations (
    id TEXT PRIMARY KEY,
    from_user TEXT NOT NULL REFERENCES users(id),
    to_user TEXT NOT NULL REFERENCES users(id),
    starts_at BIGINT NOT NULL,
    ends_at BIGINT NOT NULL);
CREATE TABLE devices (
    device_id TEXT PRIMARY KEY,
    user_id TEXT NOT NULL REFERENCES users(id),
    last_seq BIGINT NOT NULL DEFAULT 0);
CREATE TABLE mutations (
    device_id TEXT NOT NULL,
    seq BIGINT NOT NULL,
    id TEXT NOT NULL UNIQUE,
    type TEXT NOT NULL,
    content_hash TEXT NOT NULL,
    result TEXT NOT NULL,
    applied_at BIGINT NOT NULL,
    PRIMARY KEY (device_id, seq));
CREATE TABLE changes (
    seq {{serial}},
    entity TEXT NOT NULL,
    entity_id TEXT NOT NULL,
    op TEXT NOT NULL,
    data TEXT NOT NULL,
    team TEXT NOT NULL,
    vendor TEXT NOT NULL DEFAULT '',
    at BIGINT NOT NULL);
CREATE TABLE audit_log (
    seq BIGINT PRIMARY KEY,
    entry TEXT NOT NULL);
CREATE TABLE audit_state (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    size BIGINT NOT NULL,
    head_hash TEXT NOT NULL,
    frontier TEXT NOT NULL);
INSERT INTO audit_state (id, size, head_hash, frontier) VALUES (1, 0, '', '')
)sql"},
    {2, "inbound events from integrations, kept for idempotency", R"sql(
CREATE TABLE inbound_events (
    id TEXT PRIMARY KEY,
    user_id TEXT NOT NULL REFERENCES users(id),
    type TEXT NOT NULL,
    case_id TEXT NOT NULL,
    result TEXT NOT NULL,
    received_at BIGINT NOT NULL)
)sql"},
    {3, "running compensation totals by customer, actor and team per UTC day", R"sql(
CREATE TABLE spend_buckets (
    kind TEXT NOT NULL,
    owner TEXT NOT NULL,
    day BIGINT NOT NULL,
    currency TEXT NOT NULL,
    state TEXT NOT NULL,
    amount_minor BIGINT NOT NULL,
    payouts BIGINT NOT NULL,
    PRIMARY KEY (kind, owner, day, currency, state));
INSERT INTO spend_buckets (kind, owner, day, currency, state, amount_minor, payouts)
    SELECT 'customer', customer_id, created_at / 86400000, currency,
           CASE state WHEN 'applied' THEN 'applied' ELSE 'pending' END, SUM(amount_minor), COUNT(*)
    FROM compensations WHERE state IN ('applied', 'pending_approval') GROUP BY 2, 3, 4, 5;
INSERT INTO spend_buckets (kind, owner, day, currency, state, amount_minor, payouts)
    SELECT 'actor', actor_id, created_at / 86400000, currency,
           CASE state WHEN 'applied' THEN 'applied' ELSE 'pending' END, SUM(amount_minor), COUNT(*)
    FROM compensations WHERE state IN ('applied', 'pending_approval') GROUP BY 2, 3, 4, 5;
INSERT INTO spend_buckets (kind, owner, day, currency, state, amount_minor, payouts)
    SELECT 'team', team, created_at / 86400000, currency,
           CASE state WHEN 'applied' THEN 'applied' ELSE 'pending' END, SUM(amount_minor), COUNT(*)
    FROM compensations WHERE state IN ('applied', 'pending_approval') GROUP BY 2, 3, 4, 5
)sql"},
    // `changes.at` (commit time) exists since migration 1, so pruning by age needs no backfill. The horizon is the
    // highest sequence ever pruned: a reader whose cursor is below it may have missed rows (see ChangeFeed::read).
    {4, "change feed retention: the pruning horizon, and each record's rows in order", R"sql(
CREATE TABLE change_horizon (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    seq BIGINT NOT NULL,
    pruned_at BIGINT NOT NULL);
INSERT INTO change_horizon (id, seq, pruned_at) VALUES (1, 0, 0);
CREATE INDEX changes_record ON changes(entity, entity_id, seq)
)sql"},
    // Lifetime value comes from the organisation's CRM; a customer known before this migration starts at zero in
    // the currency of the policy in force (the one currency its amounts are in), and a customer since its row.
    // Brands are organisation data everyone may read (a message signs with them), so they carry no scope.
    {5, "customer lifetime value and customer-since time; brands with their signature and support phone", R"sql(
ALTER TABLE customers ADD COLUMN lifetime_value_minor BIGINT NOT NULL DEFAULT 0;
ALTER TABLE customers ADD COLUMN lifetime_value_currency TEXT NOT NULL DEFAULT '';
ALTER TABLE customers ADD COLUMN customer_since BIGINT NOT NULL DEFAULT 0;
UPDATE customers SET customer_since = created_at,
    lifetime_value_currency = COALESCE((SELECT {{json_currency}} FROM documents WHERE kind = 'policy'
                                        ORDER BY published_at DESC, version DESC LIMIT 1), 'USD');
CREATE TABLE brands (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    line TEXT NOT NULL DEFAULT '',
    signature TEXT NOT NULL DEFAULT '',
    support_phone TEXT NOT NULL DEFAULT '',
    updated_at BIGINT NOT NULL)
)sql"},
    // Surveys arrive as inbound events and are scored against the case's resolution time; the reports read cases by
    // resolution time, a customer's later cases (repeat contacts) and a case's applied compensations, so each of
    // those has an index rather than a scan per case.
    {6, "surveys (NPS and CSAT) per case; indexes for the reports", R"sql(
CREATE TABLE surveys (
    id TEXT PRIMARY KEY,
    case_id TEXT NOT NULL REFERENCES cases(id),
    customer_id TEXT NOT NULL REFERENCES customers(id),
    team TEXT NOT NULL,
    vendor TEXT NOT NULL DEFAULT '',
    kind TEXT NOT NULL,
    score INTEGER NOT NULL,
    answered_at BIGINT NOT NULL,
    received_at BIGINT NOT NULL);
CREATE INDEX surveys_answered ON surveys(answered_at, kind);
CREATE INDEX surveys_case ON surveys(case_id);
CREATE INDEX cases_resolved ON cases(resolved_at);
CREATE INDEX cases_customer_opened ON cases(customer_id, opened_at);
CREATE INDEX compensations_case ON compensations(case_id, state);
CREATE INDEX compensations_created ON compensations(created_at);
CREATE INDEX approvals_created ON approvals(created_at)
)sql"},
    // The dashboard's additive figures (ReportSummary keeps them in every write transaction; this backfill is its
    // rebuild as of this version): each case's share by UTC day and the dashboard's dimensions, and their totals over
    // aligned blocks of 1, 4, 16, 64 and 256 days, so any period reads a few blocks per span. Also a covering index
    // for the percentiles (the one figure still read from the cases) and approvals by case for the refresh.
    {7, "report totals by day block and each case's share of them (backfilled); percentile and refresh indexes", R"sql(
CREATE TABLE report_days (
    span BIGINT NOT NULL,
    day BIGINT NOT NULL,
    team TEXT NOT NULL,
    vendor TEXT NOT NULL,
    category TEXT NOT NULL,
    channel TEXT NOT NULL,
    root_cause TEXT NOT NULL,
    tier TEXT NOT NULL,
    currency TEXT NOT NULL,
    resolved BIGINT NOT NULL DEFAULT 0,
    under_1h BIGINT NOT NULL DEFAULT 0,
    under_4h BIGINT NOT NULL DEFAULT 0,
    under_24h BIGINT NOT NULL DEFAULT 0,
    under_72h BIGINT NOT NULL DEFAULT 0,
    under_168h BIGINT NOT NULL DEFAULT 0,
    recovered BIGINT NOT NULL DEFAULT 0,
    repeat_7 BIGINT NOT NULL DEFAULT 0,
    repeat_30 BIGINT NOT NULL DEFAULT 0,
    nps_before BIGINT NOT NULL DEFAULT 0,
    nps_before_promoters BIGINT NOT NULL DEFAULT 0,
    nps_before_detractors BIGINT NOT NULL DEFAULT 0,
    nps_after BIGINT NOT NULL DEFAULT 0,
    nps_after_promoters BIGINT NOT NULL DEFAULT 0,
    nps_after_detractors BIGINT NOT NULL DEFAULT 0,
    csat_before BIGINT NOT NULL DEFAULT 0,
    csat_before_sum BIGINT NOT NULL DEFAULT 0,
    csat_after BIGINT NOT NULL DEFAULT 0,
    csat_after_sum BIGINT NOT NULL DEFAULT 0,
    spend_count BIGINT NOT NULL DEFAULT 0,
    spend_minor BIGINT NOT NULL DEFAULT 0,
    approvals_decided BIGINT NOT NULL DEFAULT 0,
    approvals_within_sla BIGINT NOT NULL DEFAULT 0,
    approvals_escalated BIGINT NOT NULL DEFAULT 0,
    PRIMARY KEY (span, day, team, vendor, category, channel, root_cause, tier, currency));
CREATE TABLE report_case_facts (
    case_id TEXT NOT NULL,
    day BIGINT NOT NULL,
    team TEXT NOT NULL,
    vendor TEXT NOT NULL,
    category TEXT NOT NULL,
    channel TEXT NOT NULL,
    root_cause TEXT NOT NULL,
    tier TEXT NOT NULL,
    currency TEXT NOT NULL,
    resolved BIGINT NOT NULL DEFAULT 0,
    under_1h BIGINT NOT NULL DEFAULT 0,
    under_4h BIGINT NOT NULL DEFAULT 0,
    under_24h BIGINT NOT NULL DEFAULT 0,
    under_72h BIGINT NOT NULL DEFAULT 0,
    under_168h BIGINT NOT NULL DEFAULT 0,
    recovered BIGINT NOT NULL DEFAULT 0,
    repeat_7 BIGINT NOT NULL DEFAULT 0,
    repeat_30 BIGINT NOT NULL DEFAULT 0,
    nps_before BIGINT NOT NULL DEFAULT 0,
    nps_before_promoters BIGINT NOT NULL DEFAULT 0,
    nps_before_detractors BIGINT NOT NULL DEFAULT 0,
    nps_after BIGINT NOT NULL DEFAULT 0,
    nps_after_promoters BIGINT NOT NULL DEFAULT 0,
    nps_after_detractors BIGINT NOT NULL DEFAULT 0,
    csat_before BIGINT NOT NULL DEFAULT 0,
    csat_before_sum BIGINT NOT NULL DEFAULT 0,
    csat_after BIGINT NOT NULL DEFAULT 0,
    csat_after_sum BIGINT NOT NULL DEFAULT 0,
    spend_count BIGINT NOT NULL DEFAULT 0,
    spend_minor BIGINT NOT NULL DEFAULT 0,
    approvals_decided BIGINT NOT NULL DEFAULT 0,
    approvals_within_sla BIGINT NOT NULL DEFAULT 0,
    approvals_escalated BIGINT NOT NULL DEFAULT 0);
CREATE INDEX report_case_facts_case ON report_case_facts(case_id);
CREATE INDEX cases_resolution ON cases(status, resolved_at, team, vendor, category, channel, opened_at);
CREATE INDEX approvals_case ON approvals(case_id);
INSERT INTO report_case_facts (case_id, day, team, vendor, category, channel, root_cause, tier, currency, resolved,
    under_1h, under_4h, under_24h, under_72h, under_168h, recovered, repeat_7, repeat_30, nps_before,
    nps_before_promoters, nps_before_detractors, nps_after, nps_after_promoters, nps_after_detractors, csat_before,
    csat_before_sum, csat_after, csat_after_sum, spend_count, spend_minor, approvals_decided, approvals_within_sla,
    approvals_escalated) SELECT f.case_id, f.day, f.team, f.vendor, f.category, f.channel, f.root_cause, f.tier,
    f.currency, SUM(f.resolved), SUM(f.under_1h), SUM(f.under_4h), SUM(f.under_24h), SUM(f.under_72h),
    SUM(f.under_168h), SUM(f.recovered), SUM(f.repeat_7), SUM(f.repeat_30), SUM(f.nps_before),
    SUM(f.nps_before_promoters), SUM(f.nps_before_detractors), SUM(f.nps_after), SUM(f.nps_after_promoters),
    SUM(f.nps_after_detractors), SUM(f.csat_before), SUM(f.csat_before_sum), SUM(f.csat_after),
    SUM(f.csat_after_sum), SUM(f.spend_count), SUM(f.spend_minor), SUM(f.approvals_decided),
    SUM(f.approvals_within_sla), SUM(f.approvals_escalated)
FROM (SELECT r.id AS case_id, r.resolved_at / 86400000 AS day, r.team AS team, r.vendor AS vendor, r.category AS
    category, r.channel AS channel, r.root_cause AS root_cause, '' AS tier, '' AS currency, 1 AS resolved, CASE WHEN
    r.d < 3600000 THEN 1 ELSE 0 END AS under_1h, CASE WHEN r.d < 14400000 THEN 1 ELSE 0 END AS under_4h, CASE WHEN
    r.d < 86400000 THEN 1 ELSE 0 END AS under_24h, CASE WHEN r.d < 259200000 THEN 1 ELSE 0 END AS under_72h, CASE
    WHEN r.d < 604800000 THEN 1 ELSE 0 END AS under_168h, r.rec AS recovered, CASE WHEN r.rec = 1 AND EXISTS (SELECT
    1 FROM cases n WHERE n.customer_id = r.customer_id AND n.opened_at > r.resolved_at AND n.opened_at <=
    r.resolved_at + 604800000 AND n.id <> r.id) THEN 1 ELSE 0 END AS repeat_7, CASE WHEN r.rec = 1 AND EXISTS
    (SELECT 1 FROM cases n WHERE n.customer_id = r.customer_id AND n.opened_at > r.resolved_at AND n.opened_at <=
    r.resolved_at + 2592000000 AND n.id <> r.id) THEN 1 ELSE 0 END AS repeat_30, 0 AS nps_before, 0 AS
    nps_before_promoters, 0 AS nps_before_detractors, 0 AS nps_after, 0 AS nps_after_promoters, 0 AS
    nps_after_detractors, 0 AS csat_before, 0 AS csat_before_sum, 0 AS csat_after, 0 AS csat_after_sum, 0 AS
    spend_count, 0 AS spend_minor, 0 AS approvals_decided, 0 AS approvals_within_sla, 0 AS approvals_escalated
FROM (SELECT c.id, c.customer_id, c.resolved_at, c.team, c.vendor, c.category, c.channel, c.root_cause,
    c.resolved_at - c.opened_at AS d, CASE WHEN EXISTS (SELECT 1 FROM compensations k WHERE k.case_id = c.id AND
    k.state = 'applied') OR EXISTS (SELECT 1 FROM case_events e WHERE e.case_id = c.id AND e.type = 'message.sent')
    THEN 1 ELSE 0 END AS rec FROM cases c WHERE c.status = 'resolved' AND c.resolved_at IS NOT NULL AND 1 = 1) r
UNION ALL SELECT v.case_id AS case_id, v.day AS day, v.team AS team, v.vendor AS vendor, v.category AS category,
    v.channel AS channel, '' AS root_cause, '' AS tier, '' AS currency, 0 AS resolved, 0 AS under_1h, 0 AS under_4h,
    0 AS under_24h, 0 AS under_72h, 0 AS under_168h, 0 AS recovered, 0 AS repeat_7, 0 AS repeat_30, CASE WHEN v.nps
    = 1 AND v.w = 0 THEN 1 ELSE 0 END AS nps_before, CASE WHEN v.nps = 1 AND v.w = 0 AND v.score >= 9 THEN 1 ELSE 0
    END AS nps_before_promoters, CASE WHEN v.nps = 1 AND v.w = 0 AND v.score <= 6 THEN 1 ELSE 0 END AS
    nps_before_detractors, CASE WHEN v.nps = 1 AND v.w = 1 THEN 1 ELSE 0 END AS nps_after, CASE WHEN v.nps = 1 AND
    v.w = 1 AND v.score >= 9 THEN 1 ELSE 0 END AS nps_after_promoters, CASE WHEN v.nps = 1 AND v.w = 1 AND v.score
    <= 6 THEN 1 ELSE 0 END AS nps_after_detractors, CASE WHEN v.nps = 0 AND v.w = 0 THEN 1 ELSE 0 END AS
    csat_before, CASE WHEN v.nps = 0 AND v.w = 0 THEN v.score ELSE 0 END AS csat_before_sum, CASE WHEN v.nps = 0 AND
    v.w = 1 THEN 1 ELSE 0 END AS csat_after, CASE WHEN v.nps = 0 AND v.w = 1 THEN v.score ELSE 0 END AS
    csat_after_sum, 0 AS spend_count, 0 AS spend_minor, 0 AS approvals_decided, 0 AS approvals_within_sla, 0 AS
    approvals_escalated
FROM (SELECT c.id AS case_id, s.answered_at / 86400000 AS day, c.team AS team, c.vendor AS vendor, c.category AS
    category, c.channel AS channel, CASE WHEN s.kind = 'nps' THEN 1 ELSE 0 END AS nps, CASE WHEN c.resolved_at IS
    NOT NULL AND s.answered_at >= c.resolved_at THEN 1 ELSE 0 END AS w, s.score AS score FROM surveys s JOIN cases c
    ON c.id = s.case_id WHERE 1 = 1) v
UNION ALL SELECT c.id AS case_id, k.created_at / 86400000 AS day, c.team AS team, c.vendor AS vendor, c.category AS
    category, c.channel AS channel, '' AS root_cause, cu.tier AS tier, k.currency AS currency, 0 AS resolved, 0 AS
    under_1h, 0 AS under_4h, 0 AS under_24h, 0 AS under_72h, 0 AS under_168h, 0 AS recovered, 0 AS repeat_7, 0 AS
    repeat_30, 0 AS nps_before, 0 AS nps_before_promoters, 0 AS nps_before_detractors, 0 AS nps_after, 0 AS
    nps_after_promoters, 0 AS nps_after_detractors, 0 AS csat_before, 0 AS csat_before_sum, 0 AS csat_after, 0 AS
    csat_after_sum, 1 AS spend_count, k.amount_minor AS spend_minor, 0 AS approvals_decided, 0 AS
    approvals_within_sla, 0 AS approvals_escalated FROM compensations k JOIN cases c ON c.id = k.case_id JOIN
    customers cu ON cu.id = k.customer_id WHERE k.state = 'applied' AND 1 = 1
UNION ALL SELECT c.id AS case_id, a.created_at / 86400000 AS day, c.team AS team, c.vendor AS vendor, c.category AS
    category, c.channel AS channel, '' AS root_cause, '' AS tier, '' AS currency, 0 AS resolved, 0 AS under_1h, 0 AS
    under_4h, 0 AS under_24h, 0 AS under_72h, 0 AS under_168h, 0 AS recovered, 0 AS repeat_7, 0 AS repeat_30, 0 AS
    nps_before, 0 AS nps_before_promoters, 0 AS nps_before_detractors, 0 AS nps_after, 0 AS nps_after_promoters, 0
    AS nps_after_detractors, 0 AS csat_before, 0 AS csat_before_sum, 0 AS csat_after, 0 AS csat_after_sum, 0 AS
    spend_count, 0 AS spend_minor, CASE WHEN a.state IN ('approved', 'rejected') THEN 1 ELSE 0 END AS
    approvals_decided, CASE WHEN a.state IN ('approved', 'rejected') AND a.escalations = 0 AND a.decided_at <=
    a.due_at THEN 1 ELSE 0 END AS approvals_within_sla, CASE WHEN a.escalations > 0 THEN 1 ELSE 0 END AS
    approvals_escalated FROM approvals a JOIN cases c ON c.id = a.case_id WHERE 1 = 1) f
GROUP BY f.case_id, f.day, f.team, f.vendor, f.category, f.channel, f.root_cause, f.tier, f.currency;
INSERT INTO report_days (span, day, team, vendor, category, channel, root_cause, tier, currency, resolved, under_1h,
    under_4h, under_24h, under_72h, under_168h, recovered, repeat_7, repeat_30, nps_before, nps_before_promoters,
    nps_before_detractors, nps_after, nps_after_promoters, nps_after_detractors, csat_before, csat_before_sum,
    csat_after, csat_after_sum, spend_count, spend_minor, approvals_decided, approvals_within_sla,
    approvals_escalated) SELECT 1, day, team, vendor, category, channel, root_cause, tier, currency, SUM(resolved)
    AS resolved, SUM(under_1h) AS under_1h, SUM(under_4h) AS under_4h, SUM(under_24h) AS under_24h, SUM(under_72h)
    AS under_72h, SUM(under_168h) AS under_168h, SUM(recovered) AS recovered, SUM(repeat_7) AS repeat_7,
    SUM(repeat_30) AS repeat_30, SUM(nps_before) AS nps_before, SUM(nps_before_promoters) AS nps_before_promoters,
    SUM(nps_before_detractors) AS nps_before_detractors, SUM(nps_after) AS nps_after, SUM(nps_after_promoters) AS
    nps_after_promoters, SUM(nps_after_detractors) AS nps_after_detractors, SUM(csat_before) AS csat_before,
    SUM(csat_before_sum) AS csat_before_sum, SUM(csat_after) AS csat_after, SUM(csat_after_sum) AS csat_after_sum,
    SUM(spend_count) AS spend_count, SUM(spend_minor) AS spend_minor, SUM(approvals_decided) AS approvals_decided,
    SUM(approvals_within_sla) AS approvals_within_sla, SUM(approvals_escalated) AS approvals_escalated
FROM report_case_facts GROUP BY day, team, vendor, category, channel, root_cause, tier, currency;
INSERT INTO report_days (span, day, team, vendor, category, channel, root_cause, tier, currency, resolved, under_1h,
    under_4h, under_24h, under_72h, under_168h, recovered, repeat_7, repeat_30, nps_before, nps_before_promoters,
    nps_before_detractors, nps_after, nps_after_promoters, nps_after_detractors, csat_before, csat_before_sum,
    csat_after, csat_after_sum, spend_count, spend_minor, approvals_decided, approvals_within_sla,
    approvals_escalated) SELECT 4, day - day % 4, team, vendor, category, channel, root_cause, tier, currency,
    SUM(resolved) AS resolved, SUM(under_1h) AS under_1h, SUM(under_4h) AS under_4h, SUM(under_24h) AS under_24h,
    SUM(under_72h) AS under_72h, SUM(under_168h) AS under_168h, SUM(recovered) AS recovered, SUM(repeat_7) AS
    repeat_7, SUM(repeat_30) AS repeat_30, SUM(nps_before) AS nps_before, SUM(nps_before_promoters) AS
    nps_before_promoters, SUM(nps_before_detractors) AS nps_before_detractors, SUM(nps_after) AS nps_after,
    SUM(nps_after_promoters) AS nps_after_promoters, SUM(nps_after_detractors) AS nps_after_detractors,
    SUM(csat_before) AS csat_before, SUM(csat_before_sum) AS csat_before_sum, SUM(csat_after) AS csat_after,
    SUM(csat_after_sum) AS csat_after_sum, SUM(spend_count) AS spend_count, SUM(spend_minor) AS spend_minor,
    SUM(approvals_decided) AS approvals_decided, SUM(approvals_within_sla) AS approvals_within_sla,
    SUM(approvals_escalated) AS approvals_escalated
FROM report_days WHERE span = 1
GROUP BY day - day % 4, team, vendor, category, channel, root_cause, tier, currency;
INSERT INTO report_days (span, day, team, vendor, category, channel, root_cause, tier, currency, resolved, under_1h,
    under_4h, under_24h, under_72h, under_168h, recovered, repeat_7, repeat_30, nps_before, nps_before_promoters,
    nps_before_detractors, nps_after, nps_after_promoters, nps_after_detractors, csat_before, csat_before_sum,
    csat_after, csat_after_sum, spend_count, spend_minor, approvals_decided, approvals_within_sla,
    approvals_escalated) SELECT 16, day - day % 16, team, vendor, category, channel, root_cause, tier, currency,
    SUM(resolved) AS resolved, SUM(under_1h) AS under_1h, SUM(under_4h) AS under_4h, SUM(under_24h) AS under_24h,
    SUM(under_72h) AS under_72h, SUM(under_168h) AS under_168h, SUM(recovered) AS recovered, SUM(repeat_7) AS
    repeat_7, SUM(repeat_30) AS repeat_30, SUM(nps_before) AS nps_before, SUM(nps_before_promoters) AS
    nps_before_promoters, SUM(nps_before_detractors) AS nps_before_detractors, SUM(nps_after) AS nps_after,
    SUM(nps_after_promoters) AS nps_after_promoters, SUM(nps_after_detractors) AS nps_after_detractors,
    SUM(csat_before) AS csat_before, SUM(csat_before_sum) AS csat_before_sum, SUM(csat_after) AS csat_after,
    SUM(csat_after_sum) AS csat_after_sum, SUM(spend_count) AS spend_count, SUM(spend_minor) AS spend_minor,
    SUM(approvals_decided) AS approvals_decided, SUM(approvals_within_sla) AS approvals_within_sla,
    SUM(approvals_escalated) AS approvals_escalated
FROM report_days WHERE span = 4
GROUP BY day - day % 16, team, vendor, category, channel, root_cause, tier, currency;
INSERT INTO report_days (span, day, team, vendor, category, channel, root_cause, tier, currency, resolved, under_1h,
    under_4h, under_24h, under_72h, under_168h, recovered, repeat_7, repeat_30, nps_before, nps_before_promoters,
    nps_before_detractors, nps_after, nps_after_promoters, nps_after_detractors, csat_before, csat_before_sum,
    csat_after, csat_after_sum, spend_count, spend_minor, approvals_decided, approvals_within_sla,
    approvals_escalated) SELECT 64, day - day % 64, team, vendor, category, channel, root_cause, tier, currency,
    SUM(resolved) AS resolved, SUM(under_1h) AS under_1h, SUM(under_4h) AS under_4h, SUM(under_24h) AS under_24h,
    SUM(under_72h) AS under_72h, SUM(under_168h) AS under_168h, SUM(recovered) AS recovered, SUM(repeat_7) AS
    repeat_7, SUM(repeat_30) AS repeat_30, SUM(nps_before) AS nps_before, SUM(nps_before_promoters) AS
    nps_before_promoters, SUM(nps_before_detractors) AS nps_before_detractors, SUM(nps_after) AS nps_after,
    SUM(nps_after_promoters) AS nps_after_promoters, SUM(nps_after_detractors) AS nps_after_detractors,
    SUM(csat_before) AS csat_before, SUM(csat_before_sum) AS csat_before_sum, SUM(csat_after) AS csat_after,
    SUM(csat_after_sum) AS csat_after_sum, SUM(spend_count) AS spend_count, SUM(spend_minor) AS spend_minor,
    SUM(approvals_decided) AS approvals_decided, SUM(approvals_within_sla) AS approvals_within_sla,
    SUM(approvals_escalated) AS approvals_escalated
FROM report_days WHERE span = 16
GROUP BY day - day % 64, team, vendor, category, channel, root_cause, tier, currency;
INSERT INTO report_days (span, day, team, vendor, category, channel, root_cause, tier, currency, resolved, under_1h,
    under_4h, under_24h, under_72h, under_168h, recovered, repeat_7, repeat_30, nps_before, nps_before_promoters,
    nps_before_detractors, nps_after, nps_after_promoters, nps_after_detractors, csat_before, csat_before_sum,
    csat_after, csat_after_sum, spend_count, spend_minor, approvals_decided, approvals_within_sla,
    approvals_escalated) SELECT 256, day - day % 256, team, vendor, category, channel, root_cause, tier, currency,
    SUM(resolved) AS resolved, SUM(under_1h) AS under_1h, SUM(under_4h) AS under_4h, SUM(under_24h) AS under_24h,
    SUM(under_72h) AS under_72h, SUM(under_168h) AS under_168h, SUM(recovered) AS recovered, SUM(repeat_7) AS
    repeat_7, SUM(repeat_30) AS repeat_30, SUM(nps_before) AS nps_before, SUM(nps_before_promoters) AS
    nps_before_promoters, SUM(nps_before_detractors) AS nps_before_detractors, SUM(nps_after) AS nps_after,
    SUM(nps_after_promoters) AS nps_after_promoters, SUM(nps_after_detractors) AS nps_after_detractors,
    SUM(csat_before) AS csat_before, SUM(csat_before_sum) AS csat_before_sum, SUM(csat_after) AS csat_after,
    SUM(csat_after_sum) AS csat_after_sum, SUM(spend_count) AS spend_count, SUM(spend_minor) AS spend_minor,
    SUM(approvals_decided) AS approvals_decided, SUM(approvals_within_sla) AS approvals_within_sla,
    SUM(approvals_escalated) AS approvals_escalated
FROM report_days WHERE span = 64
GROUP BY day - day % 256, team, vendor, category, channel, root_cause, tier, currency
)sql"},
    // server_meta holds facts about the database itself: 'sandbox' (present: a training sandbox, never live data) and
    // 'data_epoch' (a random token a client compares to know its cache is from another life of this database). A
    // training run keeps the case and customer it made, so a sandbox reset knows exactly what to remove.
    {8, "server facts (sandbox mark, data epoch); training runs", R"sql(
CREATE TABLE server_meta (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL,
    updated_at BIGINT NOT NULL);
CREATE TABLE training_runs (
    id TEXT PRIMARY KEY,
    scenario_id TEXT NOT NULL,
    scenario_version INTEGER NOT NULL,
    scenario_title TEXT NOT NULL,
    trainee_id TEXT NOT NULL REFERENCES users(id),
    case_id TEXT NOT NULL,
    customer_id TEXT NOT NULL,
    started_at BIGINT NOT NULL,
    finished_at BIGINT,
    seconds INTEGER,
    score TEXT);
CREATE INDEX training_runs_trainee ON training_runs(trainee_id, started_at);
CREATE INDEX training_runs_started ON training_runs(started_at)
)sql"},
};

QString dialectSql(const char *sql, Database::Driver driver)
{
    const bool sqlite = driver == Database::Driver::Sqlite;
    QString text = QString::fromUtf8(sql);
    text.replace(QLatin1String("{{serial}}"), sqlite ? QLatin1String("INTEGER PRIMARY KEY AUTOINCREMENT")
                                                     : QLatin1String("BIGSERIAL PRIMARY KEY"));
    // A policy's top-level "currency", read from a documents.body (JSON text).
    text.replace(QLatin1String("{{json_currency}}"), sqlite ? QLatin1String("json_extract(body, '$.currency')")
                                                            : QLatin1String("(CAST(body AS json) ->> 'currency')"));
    return text;
}

} // namespace

int SchemaMigrator::latestVersion()
{
    return std::end(kMigrations)[-1].version;
}

Result<int> SchemaMigrator::currentVersion()
{
    if (Result<void> made = m_database.execOnce(QStringLiteral(
            "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, description TEXT NOT NULL, "
            "applied_at BIGINT NOT NULL)"));
        !made) {
        return made.error();
    }
    Result<QSqlQuery *> query = m_database.exec(QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM schema_migrations"));
    if (!query)
        return query.error();
    const int version = query.value()->next() ? query.value()->value(0).toInt() : 0;
    query.value()->finish();
    return version;
}

Result<int> SchemaMigrator::migrate()
{
    return migrateTo(latestVersion());
}

Result<int> SchemaMigrator::migrateTo(int target)
{
    Result<int> current = currentVersion();
    if (!current)
        return current.error();
    if (*current > latestVersion()) {
        return Error{QStringLiteral("db.too_new"),
                     QCoreApplication::translate("SchemaMigrator",
                                                 "The database is at schema version %1; this build knows up to %2. "
                                                 "Upgrade Redress instead of writing to it.")
                         .arg(*current)
                         .arg(latestVersion()),
                     {}};
    }
    int applied = 0;
    for (const Migration &migration : kMigrations) {
        if (migration.version <= *current || migration.version > target)
            continue;
        Transaction transaction(m_database);
        if (Result<void> begun = transaction.begin(); !begun)
            return begun.error();
        const QStringList statements = dialectSql(migration.sql, m_database.driver()).split(QLatin1String(";\n"));
        for (const QString &statement : statements) {
            if (statement.trimmed().isEmpty())
                continue;
            if (Result<void> done = m_database.execOnce(statement); !done) {
                Error error = done.error();
                error.where = QCoreApplication::translate("SchemaMigrator", "migration %1").arg(migration.version);
                return error;
            }
        }
        Result<QSqlQuery *> recorded = m_database.exec(
            QStringLiteral("INSERT INTO schema_migrations (version, description, applied_at) VALUES (?, ?, ?)"),
            {migration.version, QString::fromUtf8(migration.description), QDateTime::currentMSecsSinceEpoch()});
        if (!recorded)
            return recorded.error();
        if (Result<void> committed = transaction.commit(); !committed)
            return committed.error();
        ++applied;
    }
    return applied;
}

} // namespace redress
