#include "admincli.h"

#include "policycommands.h"
#include "templatecommands.h"
#include "treecommands.h"

#include <QCoreApplication>

namespace redress::admin {

QString AdminCli::usageText()
{
    return QCoreApplication::translate(
        "AdminCli",
        "Usage: redress-admin GROUP COMMAND [OPTIONS]\n"
        "\n"
        "  policy check FILE\n"
        "  policy evaluate FILE --role R --tier T --category C --kind K --amount 80.00 --currency USD\n"
        "         [--region X] [--brand B] [--customer-received-90d 120.00] [--customer-payouts-90d N]\n"
        "         [--actor-granted-today 40.00] [--team T --team-spent-period 1000.00] [--fact NAME=VALUE]...\n"
        "  tree check FILE\n"
        "  tree walk FILE --answers a,b,c [--facts JSON]\n"
        "  template check FILE\n"
        "  template render FILE --data JSON [--channel email|chat|sms] [--locale en]\n"
        "\n"
        "Output is JSON on stdout. Exit status: 0 ok, 1 invalid input or rule violation\n"
        "(one line on stderr naming the file and the place), 2 usage error.\n");
}

CommandOutput AdminCli::run(const QStringList &arguments)
{
    if (arguments.isEmpty() || arguments.first() == QLatin1String("--help") || arguments.first() == QLatin1String("-h"))
        return CommandOutput{arguments.isEmpty() ? CommandOutput::Usage : CommandOutput::Ok, {}, usageText()};
    const QString group = arguments.first();
    const QStringList rest = arguments.mid(1);
    if (group == QLatin1String("policy"))
        return PolicyCommands::run(rest);
    if (group == QLatin1String("tree"))
        return TreeCommands::run(rest);
    if (group == QLatin1String("template"))
        return TemplateCommands::run(rest);
    return CommandOutput::usage(QCoreApplication::translate("AdminCli", "Unknown command group \"%1\".\n").arg(group) + usageText());
}

} // namespace redress::admin
