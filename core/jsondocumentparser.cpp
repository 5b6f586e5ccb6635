#include "jsondocumentparser.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonParseError>

namespace redress {
namespace {

QString lineAndColumn(QByteArrayView bytes, qsizetype offset)
{
    offset = qBound(qsizetype(0), offset, bytes.size());
    const QByteArrayView before = bytes.first(offset);
    const qsizetype line = before.count('\n') + 1;
    const qsizetype lastNewline = before.lastIndexOf('\n');
    const qsizetype column = offset - lastNewline;
    return QCoreApplication::translate("JsonDocumentParser", "line %1, column %2").arg(line).arg(column);
}

} // namespace

Result<QJsonObject> JsonDocumentParser::parse(QByteArrayView bytes, qsizetype maxBytes)
{
    if (bytes.size() > maxBytes) {
        return Error{QStringLiteral("json.too_large"),
                     QCoreApplication::translate("JsonDocumentParser",
                                                 "The document is %1 bytes; the limit is %2 bytes.")
                         .arg(bytes.size())
                         .arg(maxBytes),
                     {}};
    }
    if (bytes.trimmed().isEmpty()) {
        return Error{QStringLiteral("json.empty"), QCoreApplication::translate("JsonDocumentParser", "The document is empty."),
                     {}};
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes.toByteArray(), &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return Error{QStringLiteral("json.syntax"),
                     QCoreApplication::translate("JsonDocumentParser", "Malformed JSON: %1.").arg(parseError.errorString()),
                     lineAndColumn(bytes, parseError.offset)};
    }
    if (!document.isObject()) {
        return Error{QStringLiteral("json.not_object"),
                     QCoreApplication::translate("JsonDocumentParser", "The document must be a JSON object."),
                     QStringLiteral("/")};
    }
    const QJsonObject object = document.object();
    const QJsonValue format = object.value(QLatin1String("format"));
    if (format.isUndefined()) {
        return Error{QStringLiteral("json.format_missing"),
                     QCoreApplication::translate("JsonDocumentParser", "The \"format\" member is missing; expected %1.")
                         .arg(kFormatVersion),
                     QStringLiteral("/format")};
    }
    if (!format.isDouble() || format.toDouble() != kFormatVersion) {
        return Error{QStringLiteral("json.format_unsupported"),
                     QCoreApplication::translate("JsonDocumentParser",
                                                 "Unsupported format %1; this version of Redress reads format %2.")
                         .arg(format.isDouble() ? QString::number(format.toDouble()) : QStringLiteral("(not a number)"))
                         .arg(kFormatVersion),
                     QStringLiteral("/format")};
    }
    return object;
}

} // namespace redress
