#include "admindatabase.h"

#include "schemamigrator.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace redress::admin {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("AdminDatabase", text);
}

} // namespace

QCommandLineOption AdminDatabase::option()
{
    return QCommandLineOption(QStringLiteral("db"), tr("The server database: sqlite:PATH or postgresql://USER@HOST:PORT/DB."),
                              QStringLiteral("URL"));
}

Result<std::unique_ptr<Database>> AdminDatabase::open(const QString &urlText, Mode mode)
{
    Result<DatabaseUrl> url = DatabaseUrl::parse(urlText);
    if (!url)
        return url.error();
    // Opening a SQLite file that is not there creates an empty one; only `db migrate` should make a database, so a
    // mistyped path in `user add` is an error rather than a new, empty database beside the real one.
    if (mode == Mode::Current && url->driver == DatabaseUrl::Driver::Sqlite && !QFileInfo::exists(url->path)) {
        return Error{QStringLiteral("db.missing"),
                     tr("There is no database at %1; create it with \"redress-admin db migrate --db %2\".")
                         .arg(url->path, url->toString()),
                     QStringLiteral("--db")};
    }
    Result<std::unique_ptr<Database>> database = Database::open(url.value(), QStringLiteral("redress-admin"));
    if (!database || mode == Mode::Migrate)
        return database;
    Result<int> version = SchemaMigrator(*database.value()).currentVersion();
    if (!version)
        return version.error();
    if (*version < SchemaMigrator::latestVersion()) {
        return Error{QStringLiteral("db.schema"),
                     tr("The database is at schema version %1; this redress-admin needs version %2. Run "
                        "\"redress-admin db migrate --db %3\" first.")
                         .arg(QString::number(*version), QString::number(SchemaMigrator::latestVersion()),
                              url->toString()),
                     QStringLiteral("--db")};
    }
    if (*version > SchemaMigrator::latestVersion()) {
        return Error{QStringLiteral("db.too_new"),
                     tr("The database is at schema version %1; this redress-admin knows up to %2. Use the "
                        "redress-admin that came with the server that migrated it.")
                         .arg(*version)
                         .arg(SchemaMigrator::latestVersion()),
                     QStringLiteral("--db")};
    }
    return database;
}

QString AdminDatabase::subject(const QString &urlText)
{
    // Not the text as typed: a URL that failed to parse may hold a password (DatabaseUrl refuses those).
    const Result<DatabaseUrl> url = DatabaseUrl::parse(urlText);
    return url ? url->toString() : QString();
}

QString AdminDatabase::actor()
{
    QString name = qEnvironmentVariable("USER");
    if (name.isEmpty())
        name = qEnvironmentVariable("LOGNAME"); // cron and some service managers set only LOGNAME
    if (name.isEmpty())
        name = QStringLiteral("unknown");
    return QLatin1String("redress-admin:") + name;
}

} // namespace redress::admin
