#pragma once

#include "commandoutput.h"

#include <QStringList>

namespace redress::admin {

/// `redress-admin template …`
class TemplateCommands
{
public:
    static CommandOutput run(const QStringList &arguments);
};

} // namespace redress::admin
