#include "databaseurl.h"

#include <QCoreApplication>
#include <QUrl>

namespace redress {
namespace {

Error urlError(const QString &message)
{
    return Error{QStringLiteral("db.url"), message, QStringLiteral("--db")};
}

} // namespace

Result<DatabaseUrl> DatabaseUrl::parse(const QString &text)
{
    if (text.startsWith(QLatin1String("sqlite:"))) {
        DatabaseUrl url;
        url.path = text.mid(7);
        if (url.path.startsWith(QLatin1String("//")))
            url.path = url.path.mid(2); // sqlite:///abs/path and sqlite://rel both read as a path
        if (url.path.isEmpty())
            return urlError(QCoreApplication::translate("DatabaseUrl", "\"sqlite:\" needs a file path, e.g. sqlite:redress.sqlite."));
        return url;
    }
    if (text.startsWith(QLatin1String("postgresql://")) || text.startsWith(QLatin1String("postgres://"))) {
        const QUrl qurl(text, QUrl::StrictMode);
        if (!qurl.isValid())
            return urlError(QCoreApplication::translate("DatabaseUrl", "Not a valid URL: %1").arg(qurl.errorString()));
        if (!qurl.password().isEmpty()) {
            return urlError(QCoreApplication::translate(
                "DatabaseUrl", "Put the password in PGPASSWORD or ~/.pgpass, not in the URL: a URL shows in process lists."));
        }
        DatabaseUrl url;
        url.driver = Driver::Postgres;
        url.user = qurl.userName();
        url.host = qurl.host();
        url.port = qurl.port(5432);
        url.database = qurl.path().mid(1);
        if (url.host.isEmpty() || url.database.isEmpty() || url.database.contains(QLatin1Char('/'))) {
            return urlError(QCoreApplication::translate("DatabaseUrl",
                                                        "Expected postgresql://USER@HOST:PORT/DATABASE, got \"%1\".")
                                .arg(text.left(200)));
        }
        return url;
    }
    return urlError(QCoreApplication::translate("DatabaseUrl",
                                                "Unknown database \"%1\"; use sqlite:PATH or postgresql://USER@HOST:PORT/DB.")
                        .arg(text.left(200)));
}

DatabaseUrl DatabaseUrl::defaultSqlite()
{
    DatabaseUrl url;
    url.path = QStringLiteral("redress.sqlite");
    return url;
}

QString DatabaseUrl::toString() const
{
    if (driver == Driver::Sqlite)
        return QLatin1String("sqlite:") + path;
    return QLatin1String("postgresql://") + (user.isEmpty() ? QString() : user + QLatin1Char('@')) + host
        + QLatin1Char(':') + QString::number(port) + QLatin1Char('/') + database;
}

} // namespace redress
