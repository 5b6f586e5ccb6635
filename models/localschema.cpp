#include "localschema.h"

#include "localdatabase.h"

#include <QCoreApplication>
#include <QStringList>

namespace redress {
namespace {

// Version 1: the whole cache. Search documents are kept by triggers, so no writer can forget them: one row per
// customer, case and note in search_docs, indexed by the external-content FTS5 table search_fts.
const char *const kVersion1[] = {
    "CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID",
    "CREATE TABLE customers(id TEXT PRIMARY KEY, name TEXT NOT NULL, email TEXT NOT NULL, phone TEXT NOT NULL,"
    " tier TEXT NOT NULL, locale TEXT NOT NULL, region TEXT NOT NULL, team TEXT NOT NULL, vendor TEXT NOT NULL,"
    " data TEXT NOT NULL)",
    // data: the case as the agent sees it; server_data: the server's copy (NULL for a case opened here, unsynced).
    "CREATE TABLE cases(id TEXT PRIMARY KEY, customer_id TEXT NOT NULL, category TEXT NOT NULL, status TEXT NOT NULL,"
    " assignee_id TEXT NOT NULL, title TEXT NOT NULL, opened_at INTEGER NOT NULL, updated_at INTEGER NOT NULL,"
    " data TEXT NOT NULL, server_data TEXT)",
    "CREATE INDEX cases_by_updated ON cases(updated_at DESC)",
    "CREATE INDEX cases_by_assignee ON cases(assignee_id, updated_at DESC)",
    "CREATE INDEX cases_by_customer ON cases(customer_id, updated_at DESC)",
    // server_id: the server's event id; mutation_id: the outbox mutation an unconfirmed local event shows.
    "CREATE TABLE case_events(seq INTEGER PRIMARY KEY, server_id INTEGER UNIQUE, mutation_id TEXT,"
    " case_id TEXT NOT NULL, at INTEGER NOT NULL, actor TEXT NOT NULL, type TEXT NOT NULL, data TEXT NOT NULL)",
    "CREATE INDEX case_events_by_case ON case_events(case_id, at, seq)",
    "CREATE INDEX case_events_by_mutation ON case_events(mutation_id) WHERE mutation_id IS NOT NULL",
    "CREATE TABLE compensations(id TEXT PRIMARY KEY, case_id TEXT NOT NULL, customer_id TEXT NOT NULL,"
    " actor_id TEXT NOT NULL, kind TEXT NOT NULL, amount_minor INTEGER NOT NULL, currency TEXT NOT NULL,"
    " state TEXT NOT NULL, created_at INTEGER NOT NULL, data TEXT NOT NULL, server_data TEXT)",
    "CREATE INDEX compensations_by_case ON compensations(case_id)",
    "CREATE INDEX compensations_by_customer ON compensations(customer_id, created_at)",
    "CREATE INDEX compensations_by_actor ON compensations(actor_id, created_at)",
    "CREATE TABLE approvals(id TEXT PRIMARY KEY, case_id TEXT NOT NULL, state TEXT NOT NULL,"
    " created_at INTEGER NOT NULL, due_at INTEGER NOT NULL, data TEXT NOT NULL, server_data TEXT NOT NULL)",
    "CREATE INDEX approvals_by_state ON approvals(state, due_at)",
    "CREATE TABLE documents(kind TEXT NOT NULL, id TEXT NOT NULL, version INTEGER NOT NULL, sha256 TEXT NOT NULL,"
    " body TEXT NOT NULL, PRIMARY KEY(kind, id)) WITHOUT ROWID",
    // The outbox: seq is the per-device sequence the server orders by. state: pending, applied,
    // pending_approval, rejected. local_outcome: what the client decided offline (a compensation's verdict, a
    // tree walk). settled: a pull after the server's answer has brought the server's own rows, so the local
    // effect is no longer shown.
    "CREATE TABLE outbox(seq INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, type TEXT NOT NULL, args TEXT NOT NULL,"
    " case_id TEXT NOT NULL, created_at INTEGER NOT NULL, state TEXT NOT NULL DEFAULT 'pending',"
    " attempts INTEGER NOT NULL DEFAULT 0, local_outcome TEXT NOT NULL DEFAULT '', result TEXT NOT NULL DEFAULT '',"
    " error_code TEXT NOT NULL DEFAULT '', error_message TEXT NOT NULL DEFAULT '', synced_at INTEGER,"
    " settled INTEGER NOT NULL DEFAULT 0, dismissed INTEGER NOT NULL DEFAULT 0)",
    "CREATE INDEX outbox_by_state ON outbox(state, seq)",
    "CREATE INDEX outbox_by_case ON outbox(case_id, seq)",
    "CREATE TABLE search_docs(rowid INTEGER PRIMARY KEY, kind TEXT NOT NULL, ref TEXT NOT NULL,"
    " case_id TEXT NOT NULL DEFAULT '', customer_id TEXT NOT NULL DEFAULT '', body TEXT NOT NULL, UNIQUE(kind, ref))",
    "CREATE INDEX search_docs_by_case ON search_docs(case_id)",
    // Prefix indexes for one to five characters: search runs on every keystroke, and without them a typed prefix
    // merges the lists of every word it starts (p95 40 ms over a million notes; 1.6 ms with them, for an index
    // about a third larger). Longer prefixes match few enough words to need none.
    "CREATE VIRTUAL TABLE search_fts USING fts5(body, content='search_docs', content_rowid='rowid',"
    " tokenize='unicode61 remove_diacritics 2', prefix='1 2 3 4 5')",
    "CREATE TRIGGER search_docs_ai AFTER INSERT ON search_docs BEGIN"
    " INSERT INTO search_fts(rowid, body) VALUES (new.rowid, new.body); END",
    "CREATE TRIGGER search_docs_ad AFTER DELETE ON search_docs BEGIN"
    " INSERT INTO search_fts(search_fts, rowid, body) VALUES ('delete', old.rowid, old.body); END",
    "CREATE TRIGGER search_docs_au AFTER UPDATE OF body ON search_docs BEGIN"
    " INSERT INTO search_fts(search_fts, rowid, body) VALUES ('delete', old.rowid, old.body);"
    " INSERT INTO search_fts(rowid, body) VALUES (new.rowid, new.body); END",
    // Customers: name, e-mail, phone as written, as bare digits and without a 1-3 digit country code, id.
    "CREATE TRIGGER customers_ai AFTER INSERT ON customers BEGIN"
    " INSERT INTO search_docs(kind, ref, customer_id, body) SELECT 'customer', new.id, new.id,"
    " new.name || ' ' || new.email || ' ' || new.phone || ' '"
    " || phone_digits.d || ' ' || substr(phone_digits.d, 2) || ' ' || substr(phone_digits.d, 3) || ' ' || substr(phone_digits.d, 4) || ' ' || new.id"
    " FROM (SELECT replace(replace(replace(replace(new.phone, ' ', ''), '-', ''), '+', ''), '.', '') AS d) AS phone_digits; END",
    "CREATE TRIGGER customers_au AFTER UPDATE ON customers BEGIN"
    " UPDATE search_docs SET body = new.name || ' ' || new.email || ' ' || new.phone || ' '"
    " || (SELECT phone_digits.d || ' ' || substr(phone_digits.d, 2) || ' ' || substr(phone_digits.d, 3) || ' ' || substr(phone_digits.d, 4) FROM (SELECT replace(replace(replace(replace(new.phone, ' ', ''), '-', ''), '+', ''), '.', '') AS d) AS phone_digits)"
    " || ' ' || new.id WHERE kind = 'customer' AND ref = new.id; END",
    "CREATE TRIGGER customers_ad AFTER DELETE ON customers BEGIN"
    " DELETE FROM search_docs WHERE kind = 'customer' AND ref = old.id; END",
    // Cases: id, title and every fact that names a reference (order_reference, booking_reference...).
    "CREATE TRIGGER cases_ai AFTER INSERT ON cases BEGIN"
    " INSERT INTO search_docs(kind, ref, case_id, customer_id, body) VALUES ('case', new.id, new.id, new.customer_id,"
    " new.id || ' ' || new.title || ' ' || coalesce((SELECT group_concat(value, ' ') FROM json_each(new.data, '$.facts')"
    " WHERE key LIKE '%reference%' OR key LIKE '%booking%' OR key LIKE '%order%'), '')); END",
    "CREATE TRIGGER cases_au AFTER UPDATE OF title, data ON cases BEGIN"
    " UPDATE search_docs SET body = new.id || ' ' || new.title || ' ' || coalesce((SELECT group_concat(value, ' ')"
    " FROM json_each(new.data, '$.facts') WHERE key LIKE '%reference%' OR key LIKE '%booking%' OR key LIKE '%order%'), '')"
    " WHERE kind = 'case' AND ref = new.id; END",
    "CREATE TRIGGER cases_ad AFTER DELETE ON cases BEGIN"
    " DELETE FROM search_docs WHERE kind = 'case' AND ref = old.id; END",
    // Notes: the free text agents wrote, found by any word in it.
    "CREATE TRIGGER case_events_ai AFTER INSERT ON case_events WHEN new.type = 'note' BEGIN"
    " INSERT INTO search_docs(kind, ref, case_id, body) VALUES ('note', CAST(new.seq AS TEXT), new.case_id,"
    " coalesce(json_extract(new.data, '$.text'), '')); END",
    "CREATE TRIGGER case_events_ad AFTER DELETE ON case_events WHEN old.type = 'note' BEGIN"
    " DELETE FROM search_docs WHERE kind = 'note' AND ref = CAST(old.seq AS TEXT); END",
};

struct Migration
{
    const char *const *statements;
    size_t count;
};

const Migration kMigrations[] = {
    {kVersion1, std::size(kVersion1)},
};

QString tr(const char *text)
{
    return QCoreApplication::translate("redress::LocalSchema", text);
}

} // namespace

int LocalSchema::latestVersion()
{
    return int(std::size(kMigrations));
}

Result<int> LocalSchema::migrate(LocalDatabase &database)
{
    Result<QSqlQuery *> query = database.exec(QStringLiteral("PRAGMA user_version"));
    if (!query)
        return query.error();
    const int found = query.value()->next() ? query.value()->value(0).toInt() : 0;
    query.value()->finish();
    if (found > latestVersion()) {
        return Error{QStringLiteral("local.newer"),
                     tr("The local cache %1 was written by a newer Redress (schema %2; this version knows up to %3). "
                        "Update Redress, or move the file away to start a fresh cache.")
                         .arg(database.path())
                         .arg(found)
                         .arg(latestVersion()),
                     database.path()};
    }
    if (found == latestVersion())
        return -1;
    for (int version = found + 1; version <= latestVersion(); ++version) {
        const Migration &migration = kMigrations[version - 1];
        Result<void> applied = database.write([&]() -> Result<void> {
            for (size_t i = 0; i < migration.count; ++i) {
                if (Result<void> done = database.execOnce(QString::fromLatin1(migration.statements[i])); !done)
                    return Error{done.error().code, tr("Migration %1 failed: %2").arg(version).arg(done.error().message),
                                 done.error().where};
            }
            return database.execOnce(QStringLiteral("PRAGMA user_version = %1").arg(version));
        });
        if (!applied)
            return applied.error();
    }
    return found;
}

} // namespace redress
