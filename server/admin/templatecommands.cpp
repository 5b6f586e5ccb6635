#include "templatecommands.h"

namespace redress::admin {

CommandOutput TemplateCommands::run(const QStringList &)
{
    return CommandOutput::usage(QStringLiteral("PLACEHOLDER: template commands are being written"));
}

} // namespace redress::admin
