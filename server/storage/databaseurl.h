#pragma once

#include "result.h"

#include <QString>

namespace redress {

/// Where the server's database lives, parsed from `--db`:
///  - `sqlite:PATH` (relative paths are taken from the working directory), or
///  - `postgresql://USER@HOST:PORT/DB` (also `postgres://`). A password is never part of the URL: it would show
///    in `ps` and shell history. libpq reads it from PGPASSWORD or ~/.pgpass, as every PostgreSQL tool does.
struct DatabaseUrl
{
    enum class Driver { Sqlite, Postgres };

    Driver driver = Driver::Sqlite;
    QString path;     ///< SQLite file
    QString user;     ///< PostgreSQL role
    QString host;
    int port = 5432;
    QString database; ///< PostgreSQL database name

    static Result<DatabaseUrl> parse(const QString &text);
    /// The default: `redress.sqlite` in the working directory.
    static DatabaseUrl defaultSqlite();
    /// The URL again, safe to log (it never holds a secret).
    QString toString() const;
};

} // namespace redress
