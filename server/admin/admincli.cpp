#include "admincli.h"

#include "auditcommands.h"
#include "commandline.h"
#include "dbcommands.h"
#include "policycommands.h"
#include "scenariocommands.h"
#include "templatecommands.h"
#include "treecommands.h"
#include "usercommands.h"

#include <QCoreApplication>

namespace redress::admin {

QString AdminCli::usageText()
{
    return QCoreApplication::translate(
        "AdminCli",
        "Usage: redress-admin GROUP COMMAND [OPTIONS]\n"
        "       redress-admin GROUP COMMAND --help\n"
        "       redress-admin --help | --version\n"
        "\n"
        "  policy check FILE\n"
        "  policy evaluate FILE --role R --tier T --category C --kind K --amount 80.00 --currency USD\n"
        "         [--region X] [--brand B] [--customer-received-90d 120.00] [--customer-payouts-90d N]\n"
        "         [--actor-granted-today 40.00] [--team T --team-spent-period 1000.00] [--fact NAME=VALUE]...\n"
        "         (running totals that are not given count as zero)\n"
        "  tree check FILE\n"
        "  tree walk FILE --answers a,b,c [--facts JSON]\n"
        "  template check FILE\n"
        "  template render FILE --data JSON|@PATH [--channel email|chat|sms] [--locale en]\n"
        "\n"
        "On the server database (URL: sqlite:PATH or postgresql://USER@HOST:PORT/DB):\n"
        "  db migrate --db URL\n"
        "  db prune-changes --db URL --keep-days N [--dry-run]\n"
        "  user add --db URL --username U --role R --team T [--vendor V] [--display-name NAME]\n"
        "         (the password is read from standard input, never from the command line)\n"
        "  user disable --db URL --username U\n"
        "  policy publish FILE --db URL\n"
        "  tree publish FILE --db URL\n"
        "  template publish FILE --db URL\n"
        "  audit verify --db URL [--tree-head SIZE:ROOT]\n"
        "\n"
        "Output is JSON on stdout. Exit status: 0 ok, 1 invalid input or rule violation\n"
        "(one line on stderr: the file or database, the place, the reason; for database commands\n"
        "also the reason's code in parentheses), 2 usage error.\n");
}

QString AdminCli::version()
{
    return QStringLiteral(REDRESS_VERSION);
}

CommandOutput AdminCli::run(const QStringList &arguments)
{
    if (arguments.isEmpty())
        return CommandOutput::usage(usageText());
    const QString &group = arguments.constFirst();
    // Help that was asked for is the answer, not an error: stdout and exit 0, so `redress-admin --help | less` works.
    if (group == QLatin1String("--help") || group == QLatin1String("-h"))
        return CommandOutput{CommandOutput::Ok, usageText().toUtf8(), {}};
    if (group == QLatin1String("--version") || group == QLatin1String("-v"))
        return CommandLine::version();
    const QStringList rest = arguments.mid(1);
    if (group == QLatin1String("policy"))
        return PolicyCommands::run(rest);
    if (group == QLatin1String("tree"))
        return TreeCommands::run(rest);
    if (group == QLatin1String("template"))
        return TemplateCommands::run(rest);
    if (group == QLatin1String("db"))
        return DbCommands::run(rest);
    if (group == QLatin1String("user"))
        return UserCommands::run(rest);
    if (group == QLatin1String("audit"))
        return AuditCommands::run(rest);
    if (group == QLatin1String("scenario"))
        return ScenarioCommands::run(rest);
    return CommandOutput::usage(QCoreApplication::translate("AdminCli", "Unknown command group \"%1\".\n").arg(group.left(40))
                                + usageText());
}

} // namespace redress::admin
