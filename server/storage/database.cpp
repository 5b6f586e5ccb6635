#include "database.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>

namespace redress {

Database::Database(DatabaseUrl url, QString connectionName)
    : m_url(std::move(url))
    , m_connectionName(std::move(connectionName))
{
}

Database::~Database()
{
    m_prepared.clear();
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

Result<std::unique_ptr<Database>> Database::open(const DatabaseUrl &url, const QString &connectionName)
{
    const bool sqlite = url.driver == Driver::Sqlite;
    const QString driverName = sqlite ? QStringLiteral("QSQLITE") : QStringLiteral("QPSQL");
    if (!QSqlDatabase::isDriverAvailable(driverName)) {
        return Error{QStringLiteral("db.driver"),
                     QCoreApplication::translate("Database", "The Qt SQL driver %1 is not installed (Debian: %2).")
                         .arg(driverName, sqlite ? QStringLiteral("libqt6sql6-sqlite") : QStringLiteral("libqt6sql6-psql")),
                     QStringLiteral("--db")};
    }
    std::unique_ptr<Database> database(new Database(url, connectionName));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(driverName, connectionName);
        if (sqlite) {
            const QFileInfo file(url.path);
            if (!file.absoluteDir().exists()) {
                return Error{QStringLiteral("db.open"),
                             QCoreApplication::translate("Database", "The folder %1 does not exist.")
                                 .arg(file.absolutePath()),
                             QStringLiteral("--db")};
            }
            db.setDatabaseName(url.path);
            db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
        } else {
            db.setHostName(url.host);
            db.setPort(url.port);
            db.setDatabaseName(url.database);
            if (!url.user.isEmpty())
                db.setUserName(url.user);
            db.setConnectOptions(QStringLiteral("connect_timeout=10"));
        }
        if (!db.open()) {
            return Error{QStringLiteral("db.open"),
                         QCoreApplication::translate("Database", "Cannot open %1: %2")
                             .arg(url.toString(), db.lastError().text()),
                         QStringLiteral("--db")};
        }
    }
    const QStringList setup = sqlite
        ? QStringList{QStringLiteral("PRAGMA journal_mode=WAL"), QStringLiteral("PRAGMA synchronous=NORMAL"),
                      QStringLiteral("PRAGMA foreign_keys=ON")}
        : QStringList{QStringLiteral("SET client_min_messages TO WARNING"), QStringLiteral("SET TIME ZONE 'UTC'")};
    for (const QString &statement : setup) {
        // The first statement is where a file that is not a database shows: say which file, not which PRAGMA.
        if (Result<void> done = database->execOnce(statement); !done) {
            return Error{QStringLiteral("db.open"),
                         QCoreApplication::translate("Database", "Cannot use %1: %2").arg(url.toString(), done.error().message),
                         QStringLiteral("--db")};
        }
    }
    return database;
}

Error Database::sqlError(const QSqlQuery &query, const QString &sql) const
{
    const QSqlError error = query.lastError();
    // Native codes: SQLite 2067/1555 (unique, primary key), PostgreSQL SQLSTATE 23505.
    const QString native = error.nativeErrorCode();
    const bool unique = native == QLatin1String("2067") || native == QLatin1String("1555")
        || native == QLatin1String("23505");
    return Error{unique ? QStringLiteral("db.unique") : QStringLiteral("db.error"), error.text(), sql.left(120)};
}

Result<QSqlQuery *> Database::exec(const QString &sql, std::initializer_list<QVariant> binds)
{
    return exec(sql, QVariantList(binds));
}

Result<QSqlQuery *> Database::exec(const QString &sql, const QVariantList &binds)
{
    auto it = m_prepared.find(sql);
    if (it == m_prepared.end()) {
        auto query = std::make_unique<QSqlQuery>(QSqlDatabase::database(m_connectionName, false));
        query->setForwardOnly(true);
        if (!query->prepare(sql))
            return sqlError(*query, sql);
        it = m_prepared.emplace(sql, std::move(query)).first;
    }
    QSqlQuery &query = *it->second;
    static const QString empty = QStringLiteral("");
    for (int i = 0; i < binds.size(); ++i) {
        const QVariant &value = binds.at(i);
        // A null QString would bind as SQL NULL; text columns mean "empty" by it (explicit NULLs use typed nulls).
        if (value.metaType() == QMetaType::fromType<QString>() && value.toString().isNull())
            query.bindValue(i, empty);
        else
            query.bindValue(i, value);
    }
    if (!query.exec())
        return sqlError(query, sql);
    return &query;
}

void Database::finishAll()
{
    for (auto &entry : m_prepared) {
        if (entry.second->isActive())
            entry.second->finish();
    }
}

Result<void> Database::execOnce(const QString &sql)
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    if (!query.exec(sql))
        return sqlError(query, sql);
    return {};
}

Result<void> Database::begin()
{
    finishAll(); // a stale read snapshot would make BEGIN IMMEDIATE fail with SQLITE_BUSY_SNAPSHOT
    Result<void> started = execOnce(m_url.driver == Driver::Sqlite ? QStringLiteral("BEGIN IMMEDIATE")
                                                                   : QStringLiteral("BEGIN"));
    m_inTransaction = started.ok();
    return started;
}

Result<void> Database::commit()
{
    Result<void> committed = execOnce(QStringLiteral("COMMIT"));
    if (committed)
        m_inTransaction = false;
    return committed;
}

void Database::rollback()
{
    (void)execOnce(QStringLiteral("ROLLBACK"));
    m_inTransaction = false;
}

QString Database::forUpdate() const
{
    return m_url.driver == Driver::Postgres ? QStringLiteral(" FOR UPDATE") : QString();
}

} // namespace redress
