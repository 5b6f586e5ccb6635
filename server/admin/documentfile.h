#pragma once

#include "result.h"

#include <QByteArray>
#include <QString>

namespace redress::admin {

/// Reads a policy, tree or template file from disk. Refuses missing files, directories, unreadable files and
/// files over the document limit before reading them whole.
class DocumentFile
{
public:
    static Result<QByteArray> readBytes(const QString &path);

    /// Reads `path` and parses it with `T::parse(QByteArrayView)`: the one way every command loads a document,
    /// so policies, trees and templates are refused for the same reasons with the same messages.
    template<typename T>
    static Result<T> load(const QString &path)
    {
        Result<QByteArray> bytes = readBytes(path);
        if (!bytes)
            return bytes.error();
        return T::parse(bytes.value());
    }
};

} // namespace redress::admin
