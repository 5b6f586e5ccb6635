#pragma once

#include "commandoutput.h"

#include <QStringList>

namespace redress::admin {

/// `redress-admin user …`
class UserCommands
{
public:
    static CommandOutput run(const QStringList &arguments);
};

} // namespace redress::admin
