#pragma once

#include "commandoutput.h"
#include "database.h"
#include "result.h"

#include <QCommandLineOption>
#include <QString>

#include <memory>

namespace redress::admin {

/// The server database a redress-admin command works on, named by its `--db URL` option.
class AdminDatabase
{
public:
    enum class Mode {
        /// `db migrate`: a SQLite file may be created, and any schema version up to this build's is fine.
        Migrate,
        /// Every other command: the database must exist and be at exactly this build's schema, so a command never
        /// writes rows an older or newer server does not expect.
        Current,
    };

    /// `--db URL`, the same option for every command that touches a database.
    static QCommandLineOption option();

    /// Opens `urlText` (sqlite:PATH or postgresql://USER@HOST:PORT/DB). Errors name `--db` as their place.
    static Result<std::unique_ptr<Database>> open(const QString &urlText, Mode mode);

    /// How the database is named on stderr: the parsed URL (never a secret), or nothing when it does not parse.
    static QString subject(const QString &urlText);

    /// Who the audit log records for a change made with redress-admin: "redress-admin:" and the OS user name, so
    /// the log says which administrator's shell account made it.
    static QString actor();
};

} // namespace redress::admin
