#include "commandoutput.h"

#include <QJsonDocument>

namespace redress::admin {

CommandOutput CommandOutput::json(const QJsonObject &object, int exitCode)
{
    return CommandOutput{exitCode, QJsonDocument(object).toJson(QJsonDocument::Indented), {}};
}

CommandOutput CommandOutput::usage(const QString &message)
{
    return CommandOutput{Usage, {}, message};
}

CommandOutput CommandOutput::invalid(const QString &file, const Error &error)
{
    QString line = error.toString();
    line.replace(u'\n', u' ');
    return CommandOutput{Invalid, {}, file.isEmpty() ? line : file + QLatin1String(": ") + line};
}

CommandOutput CommandOutput::rejected(const QString &subject, const Error &error)
{
    CommandOutput output = invalid(subject, error);
    if (!error.code.isEmpty())
        output.err += QLatin1String(" (") + error.code + u')';
    return output;
}

} // namespace redress::admin
