#include "policycommands.h"

namespace redress::admin {

CommandOutput PolicyCommands::run(const QStringList &)
{
    return CommandOutput::usage(QStringLiteral("PLACEHOLDER"));
}

} // namespace redress::admin
