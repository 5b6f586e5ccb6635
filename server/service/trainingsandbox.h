#pragma once

#include <QCoreApplication>

#include "result.h"

#include <QString>

namespace redress {

class AuditChain;
class Database;

/// Decides at start whether this database is a training sandbox, and makes one of an empty database when asked
/// (`redress-server --sandbox`).
///
/// A sandbox is marked in the database (SandboxMark), so it stays one however the server is started later; a
/// database that already has users and no mark holds live data and is never turned into a sandbox. A new sandbox
/// gets the demo organisation without its generated history (policy, trees, templates, brands, demo users and
/// customers) and two trainees in team `academy`, all with the demo password.
class TrainingSandbox
{
    Q_DECLARE_TR_FUNCTIONS(TrainingSandbox)

public:
    /// The team trainees work in. The policy needs to know no team: an unknown team has the default team budget.
    static constexpr QLatin1String kTeam{"academy"};

    /// Returns whether the database is a sandbox. `requested`: --sandbox was given. `seedDirectory`: where the
    /// demo organisation is read from when a new sandbox is seeded (empty: nothing is seeded).
    static Result<bool> prepare(Database &database, AuditChain &auditCache, bool requested,
                                const QString &seedDirectory, const QString &password);
};

} // namespace redress
