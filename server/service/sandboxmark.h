#pragma once

#include "result.h"

#include <QString>

namespace redress {

class Database;
class WriteTransaction;

/// What a database says about itself, in `server_meta` (migration 8): whether it is a training sandbox, and its
/// data epoch.
///
/// The mark is written once, when `redress-server --sandbox` seeds an empty database, and never removed: a sandbox
/// stays a sandbox however the server is started later, and a database with live data is never turned into one.
///
/// The data epoch is a random token (libsodium) made when the database is first served and replaced when a sandbox
/// is reset. Clients cache by it: the change feed never deletes, so a changed epoch is how a client learns that
/// what it cached is gone and that it must resync from nothing.
class SandboxMark
{
public:
    explicit SandboxMark(Database &database) : m_database(database) {}

    Result<bool> isSandbox();
    /// Marks the database as a sandbox, inside the caller's transaction.
    Result<void> markSandbox(WriteTransaction &transaction);

    /// The current epoch; empty before ensureEpoch() ran on this database.
    Result<QString> dataEpoch();
    /// Makes an epoch if the database has none (a live database from before migration 8, or a new one) and returns
    /// it. Safe when several server instances start at once: the first one's token wins.
    Result<QString> ensureEpoch();
    /// Replaces the epoch inside the caller's transaction and returns the new one.
    Result<QString> renewEpoch(WriteTransaction &transaction);

private:
    Result<QString> value(const QString &key);
    Result<void> put(Database &database, const QString &key, const QString &value);

    Database &m_database;
};

} // namespace redress
