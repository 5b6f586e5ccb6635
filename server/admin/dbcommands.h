#pragma once

#include "commandoutput.h"

#include <QStringList>

namespace redress::admin {

/// `redress-admin db …`
class DbCommands
{
public:
    static CommandOutput run(const QStringList &arguments);
};

} // namespace redress::admin
