#pragma once

#include "databaseurl.h"
#include "result.h"

#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <initializer_list>
#include <memory>
#include <unordered_map>

namespace redress {

/// One connection to the server's database, SQLite or PostgreSQL, used from one thread.
///
/// Statements use positional `?` binds and are prepared once per text: the server runs the same few dozen
/// statements millions of times, and preparing is a large part of a small statement's cost.
class Database
{
public:
    using Driver = DatabaseUrl::Driver;

    /// Opens `url` as Qt SQL connection `connectionName` (unique per thread). SQLite gets WAL, foreign keys and a
    /// busy timeout, so a second process (redress-admin) waits instead of failing.
    static Result<std::unique_ptr<Database>> open(const DatabaseUrl &url, const QString &connectionName);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    Driver driver() const { return m_url.driver; }
    const DatabaseUrl &url() const { return m_url; }

    /// Runs one statement. The returned query belongs to the Database and is positioned before the first row; read
    /// it (and finish() it) before running the same statement text again: they share one prepared statement.
    Result<QSqlQuery *> exec(const QString &sql, std::initializer_list<QVariant> binds = {});
    Result<QSqlQuery *> exec(const QString &sql, const QVariantList &binds);
    /// Resets every cached statement. A SELECT read only partly keeps SQLite's read snapshot open, and a
    /// connection with an open snapshot sees nothing other processes commit (and cannot write after them);
    /// the server calls this after every request so one forgotten finish() cannot freeze its view.
    void finishAll();
    /// Runs a statement that is run rarely (DDL, one-off scripts), without caching it.
    Result<void> execOnce(const QString &sql);

    /// Starts a write transaction. SQLite takes the write lock at once (BEGIN IMMEDIATE), so two writers queue on
    /// the busy timeout instead of failing at their first write with SQLITE_BUSY.
    Result<void> begin();
    Result<void> commit();
    void rollback();
    bool inTransaction() const { return m_inTransaction; }

    /// `FOR UPDATE` on PostgreSQL, nothing on SQLite (where BEGIN IMMEDIATE already holds the only write lock).
    QString forUpdate() const;

private:
    Database(DatabaseUrl url, QString connectionName);
    Error sqlError(const QSqlQuery &query, const QString &sql) const;

    DatabaseUrl m_url;
    QString m_connectionName;
    std::unordered_map<QString, std::unique_ptr<QSqlQuery>> m_prepared;
    bool m_inTransaction = false;
};

/// Rolls back on scope exit unless commit() succeeded: an early `return error;` never leaves a transaction open.
class Transaction
{
public:
    explicit Transaction(Database &database) : m_database(database) {}
    ~Transaction()
    {
        if (m_started && !m_done)
            m_database.rollback();
    }
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    Result<void> begin()
    {
        Result<void> result = m_database.begin();
        m_started = result.ok();
        return result;
    }
    Result<void> commit()
    {
        Result<void> result = m_database.commit();
        m_done = result.ok();
        return result;
    }

private:
    Database &m_database;
    bool m_started = false;
    bool m_done = false;
};

} // namespace redress
