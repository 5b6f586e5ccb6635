#pragma once

#include "result.h"

#include <QJsonObject>

namespace redress::admin {

/// Reads a policy, tree or template file from disk and parses it as a Redress JSON document.
/// Refuses directories, unreadable files and files over the document limit before reading them whole.
class DocumentFile
{
public:
    static Result<QByteArray> readBytes(const QString &path);
    static Result<QJsonObject> readObject(const QString &path);
};

} // namespace redress::admin
