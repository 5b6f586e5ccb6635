#pragma once

#include "commandoutput.h"

#include <QStringList>

namespace redress::admin {

/// `redress-admin tree …`
class TreeCommands
{
public:
    static CommandOutput run(const QStringList &arguments);
};

} // namespace redress::admin
