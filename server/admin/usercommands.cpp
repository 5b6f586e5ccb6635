#include "usercommands.h"

#include "admindatabase.h"
#include "auditchain.h"
#include "commandline.h"
#include "passwordhasher.h"
#include "passwordinput.h"
#include "userdirectory.h"

#include <QCoreApplication>

namespace redress::admin {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("UserCommands", text);
}

QString usageLines()
{
    return tr("Usage: redress-admin user add --db URL --username U --role R --team T [--vendor V] [--display-name NAME]\n"
              "                              (the password is read from standard input, never from the command line)\n"
              "       redress-admin user disable --db URL --username U\n"
              "Run \"redress-admin user COMMAND --help\" for a command's options.\n");
}

QString roleList()
{
    QStringList ids;
    for (int role = 0; role < kRoleCount; ++role)
        ids.append(roleId(static_cast<Role>(role)));
    return ids.join(QLatin1String(", "));
}

CommandOutput add(const QStringList &arguments)
{
    const QList<QCommandLineOption> options{
        AdminDatabase::option(),
        {QStringLiteral("username"), tr("Sign-in name: 1 to 64 of a-z, 0-9, '.', '_' and '-'."), QStringLiteral("U")},
        {QStringLiteral("role"), tr("One of: %1.").arg(roleList()), QStringLiteral("R")},
        {QStringLiteral("team"), tr("The team the user works in; decides which cases they see."), QStringLiteral("T")},
        {QStringLiteral("vendor"), tr("The BPO vendor the user works for; empty for in-house staff."), QStringLiteral("V")},
        {QStringLiteral("display-name"), tr("Name shown to others; the username when absent."), QStringLiteral("NAME")},
    };
    CommandLine commandLine(QStringLiteral("user add"),
                            tr("Adds a user account. The password is read from standard input: one line from a pipe, "
                               "or asked twice without echo on a terminal. It is never accepted on the command line, "
                               "which other users can see in the process list."),
                            options, usageLines());
    commandLine.setRequired({QStringLiteral("db"), QStringLiteral("username"), QStringLiteral("role"), QStringLiteral("team")});
    // Someone who types --password is told where the password goes instead of only "Unknown option"; the value
    // that followed it is not repeated anywhere.
    for (const QString &argument : arguments) {
        if (argument == QLatin1String("--password") || argument.startsWith(QLatin1String("--password="))) {
            return CommandLine::usageError(tr("There is no --password option: a password on the command line shows in the "
                                              "process list and the shell history. Give it on standard input."),
                                           usageLines());
        }
        if (argument == QLatin1String("--"))
            break;
    }
    if (std::optional<CommandOutput> early = commandLine.parse(arguments))
        return *early;
    const QString urlText = commandLine.value(QStringLiteral("db"));
    const QString subject = AdminDatabase::subject(urlText);

    // Everything that can be checked without the password is checked first: nobody types a password twice to
    // learn that the role was misspelt.
    const QString roleText = commandLine.value(QStringLiteral("role"));
    const std::optional<Role> role = roleFromId(roleText);
    if (!role) {
        return CommandOutput::rejected(
            subject, Error{QStringLiteral("user.role"),
                           tr("Unknown role \"%1\"; expected one of: %2.").arg(roleText.left(64), roleList()),
                           QStringLiteral("--role")});
    }
    User user;
    user.username = commandLine.value(QStringLiteral("username"));
    user.role = *role;
    user.team = commandLine.value(QStringLiteral("team"));
    user.vendor = commandLine.value(QStringLiteral("vendor"));
    user.displayName = commandLine.value(QStringLiteral("display-name"));
    if (!UserDirectory::isValidUsername(user.username)) {
        return CommandOutput::rejected(
            subject, Error{QStringLiteral("user.username"),
                           tr("A username is 1 to 64 of a-z, 0-9, '.', '_' and '-', starting with a letter or digit."),
                           QStringLiteral("--username")});
    }
    if (user.team.trimmed().isEmpty()) {
        return CommandOutput::rejected(subject, Error{QStringLiteral("user.team"), tr("Every user belongs to a team."),
                                                      QStringLiteral("--team")});
    }
    Result<std::unique_ptr<Database>> database = AdminDatabase::open(urlText, AdminDatabase::Mode::Current);
    if (!database)
        return CommandOutput::rejected(subject, database.error());
    // The database is opened before the password is asked for, so a wrong --db fails before anyone types a secret;
    // the username is looked up for the same reason (add() checks again inside its transaction).
    AuditChain auditCache;
    UserDirectory directory(*database.value(), auditCache);
    Result<std::optional<User>> existing = directory.findByUsername(user.username);
    if (!existing)
        return CommandOutput::rejected(subject, existing.error());
    if (existing.value()) {
        return CommandOutput::rejected(subject, Error{QStringLiteral("user.exists"),
                                                      tr("A user named \"%1\" already exists.").arg(user.username),
                                                      QStringLiteral("--username")});
    }

    if (!PasswordHasher::initialise()) {
        return CommandOutput::rejected(subject, Error{QStringLiteral("user.hash"),
                                                      tr("libsodium could not be initialised; no password can be hashed."), {}});
    }
    Result<QString> password = PasswordInput::read(tr("Password for %1: ").arg(user.username));
    if (!password)
        return CommandOutput::rejected(subject, password.error());
    const Result<User> added = directory.add(user, password.value(), AdminDatabase::actor());
    password.value().fill(u'\0'); // best effort: the hash is all that is kept
    if (!added)
        return CommandOutput::rejected(subject, added.error());
    return CommandOutput::json({
        {QLatin1String("status"), QStringLiteral("added")},
        {QLatin1String("id"), added->id},
        {QLatin1String("username"), added->username},
        {QLatin1String("display_name"), added->displayName},
        {QLatin1String("role"), roleId(added->role)},
        {QLatin1String("team"), added->team},
        {QLatin1String("vendor"), added->vendor},
    });
}

CommandOutput disable(const QStringList &arguments)
{
    const QList<QCommandLineOption> options{
        AdminDatabase::option(),
        {QStringLiteral("username"), tr("The user to disable."), QStringLiteral("U")},
    };
    CommandLine commandLine(QStringLiteral("user disable"),
                            tr("Disables a user account and ends all its sessions at once. The account and its history "
                               "stay, so the audit log and past cases still name it."),
                            options, usageLines());
    commandLine.setRequired({QStringLiteral("db"), QStringLiteral("username")});
    if (std::optional<CommandOutput> early = commandLine.parse(arguments))
        return *early;
    const QString urlText = commandLine.value(QStringLiteral("db"));
    const QString subject = AdminDatabase::subject(urlText);
    Result<std::unique_ptr<Database>> database = AdminDatabase::open(urlText, AdminDatabase::Mode::Current);
    if (!database)
        return CommandOutput::rejected(subject, database.error());
    AuditChain auditCache;
    UserDirectory directory(*database.value(), auditCache);
    const QString username = commandLine.value(QStringLiteral("username"));
    if (Result<void> disabled = directory.disable(username, AdminDatabase::actor()); !disabled)
        return CommandOutput::rejected(subject, disabled.error());
    return CommandOutput::json({
        {QLatin1String("status"), QStringLiteral("disabled")},
        {QLatin1String("username"), username},
    });
}

} // namespace

CommandOutput UserCommands::run(const QStringList &arguments)
{
    return CommandLine::dispatch(QStringLiteral("user"), arguments, {{"add", &add}, {"disable", &disable}}, usageLines());
}

} // namespace redress::admin
