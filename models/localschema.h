#pragma once

#include "result.h"

namespace redress {

class LocalDatabase;

/// The client cache's schema, as numbered migrations kept in SQLite's `user_version`. Migrations are
/// append-only: a released one is never edited, a change is a new one.
///
/// Rows the server sent keep the server's copy (`server_data`) beside what the agent sees (`data`): what the
/// agent sees is the server's copy with the outbox's pending mutations replayed on it, so a mutation the server
/// refuses is undone by replaying without it, and a full resync keeps every unsynced action.
class LocalSchema
{
public:
    static int latestVersion();
    /// Brings the database to latestVersion(). Returns the version found when a migration ran, -1 when none was
    /// needed; refuses a database newer than this build ("local.newer").
    static Result<int> migrate(LocalDatabase &database);
};

} // namespace redress
