#pragma once

#include "commandoutput.h"

#include <QStringList>

namespace redress::admin {

/// redress-admin's command dispatcher: `arguments` without the program name, e.g. {"policy", "check", "p.json"}.
/// A function of its arguments and the files and database they name (and, for `user add`, the password on standard
/// input), so tests can call it in-process.
class AdminCli
{
public:
    static CommandOutput run(const QStringList &arguments);
    static QString usageText();
    /// The version redress-admin was built as, e.g. "0.1.0".
    static QString version();
};

} // namespace redress::admin
