#pragma once

#include "commandoutput.h"

#include <QStringList>

namespace redress::admin {

/// `redress-admin scenario …`: training-sandbox scenarios (docs/formats/scenario.md).
class ScenarioCommands
{
public:
    static CommandOutput run(const QStringList &arguments);
};

} // namespace redress::admin
