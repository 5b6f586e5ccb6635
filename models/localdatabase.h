#pragma once

#include "result.h"

#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <functional>
#include <memory>
#include <unordered_map>

namespace redress {

/// The client's local SQLite cache file: WAL, versioned schema, prepared statements cached per text.
///
/// Opening never loses data silently: an older schema is migrated in place, a newer one (written by a later
/// Redress) is refused untouched, and a file SQLite reports as damaged is renamed aside — kept for inspection —
/// and a fresh cache is made, to be filled again from the server.
class LocalDatabase
{
public:
    struct OpenReport
    {
        int migratedFrom = -1;  ///< the schema version found, when a migration ran
        QString movedAsideTo;   ///< where a damaged file went, when one was found
    };

    static Result<std::unique_ptr<LocalDatabase>> open(const QString &path, OpenReport *report = nullptr);
    ~LocalDatabase();
    LocalDatabase(const LocalDatabase &) = delete;
    LocalDatabase &operator=(const LocalDatabase &) = delete;

    const QString &path() const { return m_path; }
    const QString &connectionName() const { return m_connectionName; }

    /// Runs one statement; the query is owned here and positioned before the first row. Read and finish() it
    /// before running the same text again: both share one prepared statement.
    Result<QSqlQuery *> exec(const QString &sql, const QVariantList &binds = {});
    /// Runs `work` in one write transaction (BEGIN IMMEDIATE): all of it commits, or none.
    Result<void> write(const std::function<Result<void>()> &work);
    bool inTransaction() const { return m_inTransaction; }

    /// Small settings kept with the cache (device id, sync cursor...). Empty when absent.
    Result<QString> meta(const QString &key);
    Result<void> setMeta(const QString &key, const QString &value);

    /// Resets cached statements so that no half-read SELECT holds a read snapshot.
    void finishAll();
    /// Runs a statement that is run rarely (DDL, pragmas), without caching it.
    Result<void> execOnce(const QString &sql);

private:
    LocalDatabase(QString path, QString connectionName);
    Error sqlError(const QSqlQuery &query, const QString &sql) const;

    QString m_path;
    QString m_connectionName;
    std::unordered_map<QString, std::unique_ptr<QSqlQuery>> m_prepared;
    bool m_inTransaction = false;
};

} // namespace redress
