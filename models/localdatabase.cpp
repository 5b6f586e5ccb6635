#include "localdatabase.h"

#include "localschema.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>

namespace redress {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("redress::LocalDatabase", text);
}

/// SQLite's primary result codes for "this is not a database" and "the database is damaged".
bool isDamage(const Error &error)
{
    return error.code == QLatin1String("local.corrupt");
}

QString uniqueConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("redress-local-%1").arg(counter.fetchAndAddRelaxed(1));
}

Result<QString> moveAside(const QString &path)
{
    const QString stamp = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss-zzz"));
    const QString target = path + QLatin1String(".damaged-") + stamp;
    if (!QFile::rename(path, target))
        return Error{QStringLiteral("local.open"), QCoreApplication::translate("redress::LocalDatabase", "The cache %1 is damaged and could not be moved aside.").arg(path), path};
    for (const QLatin1String suffix : {QLatin1String("-wal"), QLatin1String("-shm")}) {
        if (QFile::exists(path + suffix))
            QFile::rename(path + suffix, target + suffix);
    }
    return target;
}

} // namespace

LocalDatabase::LocalDatabase(QString path, QString connectionName)
    : m_path(std::move(path))
    , m_connectionName(std::move(connectionName))
{
}

LocalDatabase::~LocalDatabase()
{
    m_prepared.clear();
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

Result<std::unique_ptr<LocalDatabase>> LocalDatabase::open(const QString &path, OpenReport *report)
{
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE")))
        return Error{QStringLiteral("local.driver"), tr("The Qt SQLite driver is not installed (Debian: libqt6sql6-sqlite)."), {}};
    const QFileInfo file(path);
    if (!file.absoluteDir().exists() && !QDir().mkpath(file.absolutePath()))
        return Error{QStringLiteral("local.open"), tr("Cannot create the folder %1.").arg(file.absolutePath()), path};

    const QString marker = file.absoluteFilePath() + QLatin1String(".damaged");
    if (QFile::exists(marker)) {
        if (QFile::exists(file.absoluteFilePath())) {
            Result<QString> aside = moveAside(file.absoluteFilePath());
            if (!aside)
                return aside.error();
            if (report)
                report->movedAsideTo = *aside;
        }
        QFile::remove(marker);
    }
    for (int attempt = 0; attempt < 2; ++attempt) {
        std::unique_ptr<LocalDatabase> database(new LocalDatabase(file.absoluteFilePath(), uniqueConnectionName()));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), database->m_connectionName);
            db.setDatabaseName(database->m_path);
            db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
            if (!db.open())
                return Error{QStringLiteral("local.open"), tr("Cannot open %1: %2").arg(path, db.lastError().text()), path};
        }
        Result<void> ready = database->execOnce(QStringLiteral("PRAGMA journal_mode=WAL"));
        if (ready)
            ready = database->execOnce(QStringLiteral("PRAGMA synchronous=NORMAL"));
        Result<int> migrated = ready ? LocalSchema::migrate(*database) : Result<int>(ready.error());
        if (migrated) {
            if (report && *migrated >= 0)
                report->migratedFrom = *migrated;
            return database;
        }
        if (!isDamage(migrated.error()) || attempt > 0)
            return migrated.error();
        database.reset(); // close the damaged file before renaming it
        Result<QString> aside = moveAside(file.absoluteFilePath());
        if (!aside)
            return aside.error();
        if (report)
            report->movedAsideTo = *aside;
    }
    return Error{QStringLiteral("local.open"), tr("Cannot open %1.").arg(path), path};
}

Error LocalDatabase::sqlError(const QSqlQuery &query, const QString &sql) const
{
    const QSqlError error = query.lastError();
    const int native = error.nativeErrorCode().toInt();
    // SQLITE_CORRUPT (11) and SQLITE_NOTADB (26), extended codes included (primary code in the low byte).
    if ((native & 0xff) == 11 || (native & 0xff) == 26) {
        // Damage found while working (not at open, which reads only the header): mark the file so that the next
        // start moves it aside and rebuilds from the server. Checking every page at each start would cost seconds.
        QFile marker(m_path + QLatin1String(".damaged"));
        if (marker.open(QIODevice::WriteOnly))
            marker.write(error.text().toUtf8());
        return Error{QStringLiteral("local.corrupt"),
                     tr("The local cache %1 is damaged: %2. Restart Redress to rebuild it from the server.").arg(m_path, error.text()),
                     sql.left(120)};
    }
    const bool unique = native == 2067 || native == 1555;
    return Error{unique ? QStringLiteral("local.unique") : QStringLiteral("local.error"), error.text(), sql.left(120)};
}

Result<QSqlQuery *> LocalDatabase::exec(const QString &sql, const QVariantList &binds)
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
        // A null QString (a JSON member that is absent) would bind as SQL NULL; text columns mean "empty" by it.
        if (value.metaType() == QMetaType::fromType<QString>() && value.toString().isNull())
            query.bindValue(i, empty);
        else
            query.bindValue(i, value);
    }
    if (!query.exec())
        return sqlError(query, sql);
    return &query;
}

Result<void> LocalDatabase::execOnce(const QString &sql)
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    if (!query.exec(sql))
        return sqlError(query, sql);
    return {};
}

void LocalDatabase::finishAll()
{
    for (auto &entry : m_prepared) {
        if (entry.second->isActive())
            entry.second->finish();
    }
}

Result<void> LocalDatabase::write(const std::function<Result<void>()> &work)
{
    if (m_inTransaction) // nested: part of the caller's transaction
        return work();
    finishAll();
    if (Result<void> begun = execOnce(QStringLiteral("BEGIN IMMEDIATE")); !begun)
        return begun;
    m_inTransaction = true;
    Result<void> done = work();
    if (done)
        done = execOnce(QStringLiteral("COMMIT"));
    if (!done)
        (void)execOnce(QStringLiteral("ROLLBACK"));
    m_inTransaction = false;
    return done;
}

Result<QString> LocalDatabase::meta(const QString &key)
{
    Result<QSqlQuery *> query = exec(QStringLiteral("SELECT value FROM meta WHERE key = ?"), {key});
    if (!query)
        return query.error();
    QString value = query.value()->next() ? query.value()->value(0).toString() : QString();
    query.value()->finish();
    return value;
}

Result<void> LocalDatabase::setMeta(const QString &key, const QString &value)
{
    Result<QSqlQuery *> query = exec(
        QStringLiteral("INSERT INTO meta(key, value) VALUES(?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value"),
        {key, value});
    if (!query)
        return query.error();
    return {};
}

} // namespace redress
