#include "treecommands.h"

namespace redress::admin {

CommandOutput TreeCommands::run(const QStringList &)
{
    return CommandOutput::usage(QStringLiteral("PLACEHOLDER: tree commands are being written"));
}

} // namespace redress::admin
