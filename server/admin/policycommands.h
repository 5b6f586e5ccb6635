#pragma once

#include "commandoutput.h"

#include <QStringList>

namespace redress::admin {

/// `redress-admin policy …`
class PolicyCommands
{
public:
    static CommandOutput run(const QStringList &arguments);
};

} // namespace redress::admin
