#pragma once

#include "error.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace redress::admin {

/// What one redress-admin command produced: exit code, JSON for stdout, one line for stderr.
/// Exit codes: 0 ok, 1 invalid input or rule violation, 2 usage.
struct CommandOutput
{
    enum ExitCode { Ok = 0, Invalid = 1, Usage = 2 };

    int exitCode = Ok;
    QByteArray out;
    QString err;

    static CommandOutput json(const QJsonObject &object, int exitCode = Ok);
    static CommandOutput usage(const QString &message);
    /// "FILE: WHERE: MESSAGE" on stderr, exit 1.
    static CommandOutput invalid(const QString &file, const Error &error);
    /// "SUBJECT: WHERE: MESSAGE (CODE)" on stderr, exit 1: for commands that change or check a database, whose
    /// scripts branch on the reason (document.version_exists, user.exists, audit.sequence_gap …).
    static CommandOutput rejected(const QString &subject, const Error &error);
};

} // namespace redress::admin
