#pragma once

#include "result.h"

#include <QString>

namespace redress::admin {

/// Reads a new password from standard input, never from the command line: argv shows in `ps` and in shell history.
///
/// From a terminal the person is asked on stderr, with echo off, twice, and the two must match. Otherwise one line
/// is read (a pipe from a password manager or a script); its line ending is dropped, nothing else is trimmed.
class PasswordInput
{
public:
    /// `prompt` is shown before the first question on a terminal, e.g. "Password for alice: ".
    static Result<QString> read(const QString &prompt);
};

} // namespace redress::admin
