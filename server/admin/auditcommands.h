#pragma once

#include "commandoutput.h"

#include <QStringList>

namespace redress::admin {

/// `redress-admin audit …`
class AuditCommands
{
public:
    static CommandOutput run(const QStringList &arguments);
};

} // namespace redress::admin
