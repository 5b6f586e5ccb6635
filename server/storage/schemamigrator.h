#pragma once

#include "result.h"

namespace redress {

class Database;

/// Brings a database to the schema this build expects, one numbered migration at a time, each in its own
/// transaction with its row in `schema_migrations`. Migrations are append-only: a released one is never edited.
/// A database newer than this build is refused rather than written to.
class SchemaMigrator
{
public:
    explicit SchemaMigrator(Database &database) : m_database(database) {}

    /// The highest migration this build knows.
    static int latestVersion();
    /// The database's version; 0 for an empty database.
    Result<int> currentVersion();
    /// Applies what is missing; returns how many migrations ran.
    Result<int> migrate();
    /// Applies what is missing up to `target` only: how a test makes the database an older build left behind.
    Result<int> migrateTo(int target);

private:
    Database &m_database;
};

} // namespace redress
