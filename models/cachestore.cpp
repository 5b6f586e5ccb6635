#include "cachestore.h"

#include "jsontext.h"
#include "localdatabase.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonDocument>

namespace redress {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("redress::CacheStore", text);
}

} // namespace

void CacheStore::Touched::merge(const Touched &other)
{
    caseIds.unite(other.caseIds);
    customers = customers || other.customers;
    approvals = approvals || other.approvals;
    documents = documents || other.documents;
}

Result<void> CacheStore::applyChanges(const QJsonArray &changes, Touched &touched)
{
    for (qsizetype i = 0; i < changes.size(); ++i) {
        const QJsonObject change = changes.at(i).toObject();
        const QString entity = change.value(QLatin1String("entity")).toString();
        const QString id = change.value(QLatin1String("id")).toString();
        const QJsonValue dataValue = change.value(QLatin1String("data"));
        if (id.isEmpty() || !dataValue.isObject()) {
            return Error{QStringLiteral("sync.bad_change"), tr("A change from the server has no id or data."),
                         QStringLiteral("/changes/%1").arg(i)};
        }
        const QJsonObject data = dataValue.toObject();
        Result<void> done;
        if (entity == QLatin1String("customer")) {
            done = upsertCustomer(id, data);
            touched.customers = true;
        } else if (entity == QLatin1String("case")) {
            done = upsertCase(id, data);
            touched.caseIds.insert(id);
        } else if (entity == QLatin1String("case_event")) {
            done = insertEvent(data);
            touched.caseIds.insert(data.value(QLatin1String("case_id")).toString());
        } else if (entity == QLatin1String("compensation")) {
            done = upsertCompensation(id, data);
            // A compensation's state change carries only its id: its case comes from the stored row.
            Result<QSqlQuery *> row = m_database.exec(QStringLiteral("SELECT case_id FROM compensations WHERE id = ?"), {id});
            if (row && row.value()->next())
                touched.caseIds.insert(row.value()->value(0).toString());
            if (row)
                row.value()->finish();
        } else if (entity == QLatin1String("approval")) {
            QString caseId;
            done = upsertApproval(id, data, caseId);
            touched.approvals = true;
            touched.caseIds.insert(caseId);
        } else if (entity == QLatin1String("document")) {
            touched.documents = true;
        }
        if (!done)
            return Error{done.error().code, done.error().message, QStringLiteral("/changes/%1 (%2 %3)").arg(i).arg(entity, id)};
    }
    touched.caseIds.remove(QString());
    return {};
}

Result<QJsonObject> CacheStore::mergedServerCopy(const QString &table, const QString &id, const QJsonObject &changed,
                                                  QLatin1String column)
{
    Result<QSqlQuery *> row = m_database.exec(QLatin1String("SELECT ") + column + QLatin1String(" FROM ") + table
                                                  + QLatin1String(" WHERE id = ?"),
                                              {id});
    if (!row)
        return row.error();
    QJsonObject merged;
    if (row.value()->next())
        merged = storedJson(row.value()->value(0).toString());
    row.value()->finish();
    for (auto it = changed.begin(); it != changed.end(); ++it)
        merged.insert(it.key(), it.value());
    return merged;
}

Result<void> CacheStore::upsertCustomer(const QString &id, const QJsonObject &changed)
{
    // Nobody edits a customer here, so data is the server's copy: every member it sent is kept, those this
    // client has no column for too (lifetime_value, customer_since...), and a partial upsert keeps the rest.
    Result<QJsonObject> merged = mergedServerCopy(QStringLiteral("customers"), id, changed, QLatin1String("data"));
    if (!merged)
        return merged.error();
    const QJsonObject &data = *merged;
    auto text = [&data](const char *key) { return data.value(QLatin1String(key)).toString(); };
    Result<QSqlQuery *> done = m_database.exec(
        QStringLiteral("INSERT INTO customers(id, name, email, phone, tier, locale, region, team, vendor, data)"
                       " VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET name = excluded.name,"
                       " email = excluded.email, phone = excluded.phone, tier = excluded.tier, locale = excluded.locale,"
                       " region = excluded.region, team = excluded.team, vendor = excluded.vendor, data = excluded.data"),
        {id, text("name"), text("email"), text("phone"), text("tier"), text("locale"), text("region"), text("team"),
         text("vendor"), compactJson(data)});
    if (!done)
        return done.error();
    return {};
}

Result<void> CacheStore::upsertCase(const QString &id, const QJsonObject &data)
{
    Result<QJsonObject> merged = mergedServerCopy(QStringLiteral("cases"), id, data);
    if (!merged)
        return merged.error();
    const QJsonObject &c = *merged;
    auto text = [&c](const char *key) { return c.value(QLatin1String(key)).toString(); };
    const QString json = compactJson(c);
    Result<QSqlQuery *> done = m_database.exec(
        QStringLiteral("INSERT INTO cases(id, customer_id, category, status, assignee_id, title, opened_at, updated_at,"
                       " data, server_data) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET"
                       " customer_id = excluded.customer_id, category = excluded.category, status = excluded.status,"
                       " assignee_id = excluded.assignee_id, title = excluded.title, opened_at = excluded.opened_at,"
                       " updated_at = excluded.updated_at, data = excluded.data, server_data = excluded.server_data"),
        {id, text("customer_id"), text("category"), text("status"), text("assignee_id"), text("title"),
         c.value(QLatin1String("opened_at")).toInteger(), c.value(QLatin1String("updated_at")).toInteger(), json, json});
    if (!done)
        return done.error();
    return {};
}

Result<void> CacheStore::insertEvent(const QJsonObject &data)
{
    const QString caseId = data.value(QLatin1String("case_id")).toString();
    if (caseId.isEmpty())
        return Error{QStringLiteral("sync.bad_change"), tr("A timeline event has no case id."), {}};
    Result<QSqlQuery *> done = m_database.exec(
        QStringLiteral("INSERT INTO case_events(server_id, case_id, at, actor, type, data) VALUES(?, ?, ?, ?, ?, ?)"
                       " ON CONFLICT(server_id) DO NOTHING"),
        {data.value(QLatin1String("id")).toInteger(), caseId, data.value(QLatin1String("at")).toInteger(),
         data.value(QLatin1String("actor")).toString(), data.value(QLatin1String("type")).toString(),
         compactJson(data.value(QLatin1String("data")).toObject())});
    if (!done)
        return done.error();
    return {};
}

Result<void> CacheStore::upsertCompensation(const QString &id, const QJsonObject &data)
{
    Result<QJsonObject> merged = mergedServerCopy(QStringLiteral("compensations"), id, data);
    if (!merged)
        return merged.error();
    const QJsonObject &c = *merged;
    const QJsonObject amount = c.value(QLatin1String("amount")).toObject();
    const QString json = compactJson(c);
    Result<QSqlQuery *> done = m_database.exec(
        QStringLiteral("INSERT INTO compensations(id, case_id, customer_id, actor_id, kind, amount_minor, currency, state,"
                       " created_at, data, server_data) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET"
                       " case_id = excluded.case_id, customer_id = excluded.customer_id, actor_id = excluded.actor_id,"
                       " kind = excluded.kind, amount_minor = excluded.amount_minor, currency = excluded.currency,"
                       " state = excluded.state, created_at = excluded.created_at, data = excluded.data,"
                       " server_data = excluded.server_data"),
        {id, c.value(QLatin1String("case_id")).toString(), c.value(QLatin1String("customer_id")).toString(),
         c.value(QLatin1String("actor_id")).toString(), c.value(QLatin1String("kind")).toString(),
         amount.value(QLatin1String("minor")).toInteger(), amount.value(QLatin1String("currency")).toString(),
         c.value(QLatin1String("state")).toString(), c.value(QLatin1String("created_at")).toInteger(), json, json});
    if (!done)
        return done.error();
    return {};
}

Result<void> CacheStore::upsertApproval(const QString &id, const QJsonObject &data, QString &caseId)
{
    Result<QJsonObject> merged = mergedServerCopy(QStringLiteral("approvals"), id, data);
    if (!merged)
        return merged.error();
    const QJsonObject &a = *merged;
    caseId = a.value(QLatin1String("case_id")).toString();
    const QString json = compactJson(a);
    Result<QSqlQuery *> done = m_database.exec(
        QStringLiteral("INSERT INTO approvals(id, case_id, state, created_at, due_at, data, server_data)"
                       " VALUES(?, ?, ?, ?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET case_id = excluded.case_id,"
                       " state = excluded.state, created_at = excluded.created_at, due_at = excluded.due_at,"
                       " data = excluded.data, server_data = excluded.server_data"),
        {id, caseId, a.value(QLatin1String("state")).toString(), a.value(QLatin1String("created_at")).toInteger(),
         a.value(QLatin1String("due_at")).toInteger(), json, json});
    if (!done)
        return done.error();
    return {};
}

Result<void> CacheStore::storeDocument(const QString &kind, const QString &id, int version, const QString &sha256,
                                       const QJsonObject &body)
{
    Result<QSqlQuery *> done = m_database.exec(
        QStringLiteral("INSERT INTO documents(kind, id, version, sha256, body) VALUES(?, ?, ?, ?, ?)"
                       " ON CONFLICT(kind, id) DO UPDATE SET version = excluded.version, sha256 = excluded.sha256,"
                       " body = excluded.body"),
        {kind, id, version, sha256, compactJson(body)});
    if (!done)
        return done.error();
    return {};
}

Result<void> CacheStore::storeBrand(const QJsonObject &brand)
{
    const QString id = brand.value(QLatin1String("id")).toString();
    if (id.isEmpty())
        return Error{QStringLiteral("sync.bad_brand"), tr("A brand from the server has no id."), {}};
    // Brands are not versioned documents: version 0, and the hash of what was stored, so a change still shows.
    const QString body = compactJson(brand);
    return storeDocument(QStringLiteral("brand"), id, 0,
                         QString::fromLatin1(QCryptographicHash::hash(body.toUtf8(), QCryptographicHash::Sha256).toHex()),
                         brand);
}

Result<QJsonObject> CacheStore::brand(const QString &id)
{
    Result<QSqlQuery *> row = m_database.exec(QStringLiteral("SELECT body FROM documents WHERE kind = 'brand' AND id = ?"), {id});
    if (!row)
        return row.error();
    const QJsonObject found = row.value()->next() ? storedJson(row.value()->value(0)) : QJsonObject();
    row.value()->finish();
    return found;
}

Result<void> CacheStore::forgetServerData()
{
    for (const char *table : {"case_events", "compensations", "approvals", "cases", "customers"}) {
        if (Result<QSqlQuery *> done = m_database.exec(QLatin1String("DELETE FROM ") + QLatin1String(table)); !done)
            return done.error();
    }
    return {};
}

} // namespace redress
