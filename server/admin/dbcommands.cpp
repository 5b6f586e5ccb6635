#include "dbcommands.h"

#include "admindatabase.h"
#include "auditchain.h"
#include "changeretention.h"
#include "commandline.h"
#include "schemamigrator.h"

#include <QCoreApplication>
#include <QDateTime>

namespace redress::admin {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("DbCommands", text);
}

QString usageLines()
{
    return tr("Usage: redress-admin db migrate --db URL\n"
              "       redress-admin db prune-changes --db URL --keep-days N [--dry-run]\n"
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

// A century: anything longer is a typo, and the cutoff arithmetic stays far from overflow.
constexpr int kMaxKeepDays = 36500;
constexpr qint64 kDayMs = 24 * 60 * 60 * 1000;

CommandOutput pruneChanges(const QStringList &arguments)
{
    CommandLine commandLine(
        QStringLiteral("db prune-changes"),
        tr("Deletes change-feed rows older than --keep-days that a newer row of the same record supersedes, keeping "
           "every record's latest state and every timeline event, and prints how many rows went and the new horizon. "
           "Clients whose cursor is below the horizon get HTTP 410 and fetch everything again. Running it again "
           "changes nothing new."),
        {AdminDatabase::option(),
         QCommandLineOption(QStringLiteral("keep-days"), tr("Keep the changes of the last N days (1 or more) whole."),
                            QStringLiteral("N")),
         QCommandLineOption(QStringLiteral("dry-run"), tr("Print what would be pruned, and change nothing."))},
        usageLines());
    commandLine.setRequired({QStringLiteral("db"), QStringLiteral("keep-days")});
    if (std::optional<CommandOutput> early = commandLine.parse(arguments))
        return *early;
    const QString urlText = commandLine.value(QStringLiteral("db"));
    const QString subject = AdminDatabase::subject(urlText);
    bool ok = false;
    const QString keepText = commandLine.value(QStringLiteral("keep-days"));
    const int keepDays = keepText.toInt(&ok);
    if (!ok || keepDays < 1 || keepDays > kMaxKeepDays) {
        return CommandOutput::rejected(subject, Error{QStringLiteral("cli.invalid"),
                                                      tr("Expected a whole number of days from 1 to %1, got \"%2\".")
                                                          .arg(kMaxKeepDays)
                                                          .arg(keepText.left(64)),
                                                      QStringLiteral("--keep-days")});
    }
    const bool dryRun = commandLine.isSet(QStringLiteral("dry-run"));
    Result<std::unique_ptr<Database>> database = AdminDatabase::open(urlText, AdminDatabase::Mode::Current);
    if (!database)
        return CommandOutput::rejected(subject, database.error());
    const qint64 cutoffMs = QDateTime::currentMSecsSinceEpoch() - keepDays * kDayMs;
    AuditChain auditCache;
    const Result<ChangeRetention::Outcome> pruned =
        ChangeRetention(*database.value(), auditCache).prune(cutoffMs, AdminDatabase::actor(), dryRun);
    if (!pruned)
        return CommandOutput::rejected(subject, pruned.error());
    return CommandOutput::json({
        {QLatin1String("database"), subject},
        {QLatin1String("status"), dryRun ? QStringLiteral("dry run") : QStringLiteral("pruned")},
        {QLatin1String("keep_days"), keepDays},
        {QLatin1String("cutoff"), QDateTime::fromMSecsSinceEpoch(cutoffMs, Qt::UTC).toString(Qt::ISODateWithMs)},
        {QLatin1String("deleted"), pruned->deleted},
        {QLatin1String("rewritten"), pruned->rewritten},
        {QLatin1String("horizon"), pruned->horizon},
        {QLatin1String("remaining"), pruned->remaining},
    });
}

} // namespace

CommandOutput DbCommands::run(const QStringList &arguments)
{
    return CommandLine::dispatch(QStringLiteral("db"), arguments, {{"migrate", &migrate}, {"prune-changes", &pruneChanges}}, usageLines());
}

} // namespace redress::admin
