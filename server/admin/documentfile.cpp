#include "documentfile.h"

#include "jsondocumentparser.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace redress::admin {

Result<QByteArray> DocumentFile::readBytes(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists()) {
        return Error{QStringLiteral("file.missing"), QCoreApplication::translate("DocumentFile", "No such file."), {}};
    }
    if (info.isDir()) {
        return Error{QStringLiteral("file.directory"), QCoreApplication::translate("DocumentFile", "Is a directory, not a file."), {}};
    }
    if (info.size() > JsonDocumentParser::kMaxDocumentBytes) {
        return Error{QStringLiteral("json.too_large"),
                     QCoreApplication::translate("DocumentFile", "The file is %1 bytes; the limit is %2 bytes.")
                         .arg(info.size())
                         .arg(JsonDocumentParser::kMaxDocumentBytes),
                     {}};
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error{QStringLiteral("file.unreadable"),
                     QCoreApplication::translate("DocumentFile", "Cannot read the file: %1.").arg(file.errorString()), {}};
    }
    // Read one byte past the limit: a file that grew after the size check is still refused.
    QByteArray bytes = file.read(JsonDocumentParser::kMaxDocumentBytes + 1);
    return bytes;
}

} // namespace redress::admin
