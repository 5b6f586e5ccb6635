#include "trainingsandbox.h"

#include "database.h"
#include "demoseeder.h"
#include "sandboxmark.h"
#include "userdirectory.h"
#include "writetransaction.h"

#include <QJsonObject>

namespace redress {

Result<bool> TrainingSandbox::prepare(Database &database, AuditChain &auditCache, bool requested,
                                      const QString &seedDirectory, const QString &password)
{
    SandboxMark mark(database);
    Result<bool> marked = mark.isSandbox();
    if (!marked)
        return marked.error();
    if (!*marked) {
        if (!requested)
            return false;
        Result<QSqlQuery *> users = database.exec(QStringLiteral("SELECT COUNT(*) FROM users"));
        if (!users)
            return users.error();
        const qint64 existing = users.value()->next() ? users.value()->value(0).toLongLong() : 0;
        users.value()->finish();
        if (existing > 0) {
            return Error{QStringLiteral("sandbox.live_data"),
                         tr("The database %1 holds live data; refusing to run it as a training sandbox.")
                             .arg(database.url().toString()),
                         {}};
        }
        // Marked before it is filled: should the seeding fail half-way, the next start still knows this database
        // for a sandbox (and seeds it, as long as it has no users), never for live data.
        WriteTransaction transaction(database, auditCache);
        if (Result<void> begun = transaction.begin(); !begun)
            return begun.error();
        if (Result<void> done = mark.markSandbox(transaction); !done)
            return done.error();
        if (Result<void> audited = transaction.audit(QStringLiteral("redress-server"), QStringLiteral("server"),
                                                     QStringLiteral("sandbox.create"), QStringLiteral("sandbox"),
                                                     QStringLiteral("training"), {},
                                                     QJsonObject{{QStringLiteral("sandbox"), true}});
            !audited) {
            return audited.error();
        }
        if (Result<void> committed = transaction.commit(); !committed)
            return committed.error();
    }
    if (seedDirectory.isEmpty())
        return true;

    DemoSeeder seeder(database, auditCache);
    seeder.setWithHistory(false);
    Result<bool> seeded = seeder.seedIfEmpty(seedDirectory, password);
    if (!seeded)
        return seeded.error();
    if (!*seeded)
        return true;
    UserDirectory directory(database, auditCache);
    struct Trainee
    {
        const char *username;
        const char *displayName;
    };
    for (const Trainee &trainee : {Trainee{"trainee", "Priya Natarajan"}, Trainee{"trainee2", "Tom Becker"}}) {
        User user;
        user.username = QString::fromLatin1(trainee.username);
        user.displayName = QString::fromUtf8(trainee.displayName);
        user.role = Role::Agent;
        user.team = kTeam;
        if (Result<User> added = directory.add(user, password, QString(DemoSeeder::kActor)); !added)
            return added.error();
    }
    return true;
}

} // namespace redress
