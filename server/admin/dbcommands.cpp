#include "dbcommands.h"

#include "admindatabase.h"
#include "commandline.h"
#include "schemamigrator.h"

#include <QCoreApplication>

namespace redress::admin {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("DbCommands", text);
}

QString usageLines()
{
    return tr("Usage: redress-admin db migrate --db URL\n"
              "Run \"redress-admin db COMMAND --help\" for a command's options.\n");
}

CommandOutput migrate(const QStringList &arguments)
{
    CommandLine commandLine(QStringLiteral("db migrate"),
                            tr("Creates the server database or brings it to this build's schema, and prints the schema "
                               "version reached. Running it again changes nothing."),
                            {AdminDatabase::option()}, usageLines());
    commandLine.setRequired({QStringLiteral("db")});
    if (std::optional<CommandOutput> early = commandLine.parse(arguments))
        return *early;
    const QString urlText = commandLine.value(QStringLiteral("db"));
    const QString subject = AdminDatabase::subject(urlText);
    Result<std::unique_ptr<Database>> database = AdminDatabase::open(urlText, AdminDatabase::Mode::Migrate);
    if (!database)
        return CommandOutput::rejected(subject, database.error());
    SchemaMigrator migrator(*database.value());
    const Result<int> applied = migrator.migrate();
    if (!applied)
        return CommandOutput::rejected(subject, applied.error());
    const Result<int> version = migrator.currentVersion();
    if (!version)
        return CommandOutput::rejected(subject, version.error());
    return CommandOutput::json({
        {QLatin1String("database"), subject},
        {QLatin1String("schema_version"), *version},
        {QLatin1String("migrations_applied"), *applied},
    });
}

} // namespace

CommandOutput DbCommands::run(const QStringList &arguments)
{
    return CommandLine::dispatch(QStringLiteral("db"), arguments, {{"migrate", &migrate}}, usageLines());
}

} // namespace redress::admin
