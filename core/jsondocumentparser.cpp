#include "jsondocumentparser.h"

#include "textposition.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonParseError>

namespace redress {

const JsonDocumentParser::Wording JsonDocumentParser::kDocumentWording{
    "JsonDocumentParser",
    QT_TRANSLATE_NOOP("JsonDocumentParser", "The document is %1 bytes; the limit is %2 bytes."),
    QT_TRANSLATE_NOOP("JsonDocumentParser", "The document is empty."),
    QT_TRANSLATE_NOOP("JsonDocumentParser", "The document must be a JSON object."),
};

Result<QJsonObject> JsonDocumentParser::parseObject(QByteArrayView bytes, qsizetype maxBytes, const Wording &wording)
{
    if (bytes.size() > maxBytes) {
        return Error{QStringLiteral("json.too_large"),
                     QCoreApplication::translate(wording.context, wording.tooLarge).arg(bytes.size()).arg(maxBytes), {}};
    }
    if (bytes.trimmed().isEmpty())
        return Error{QStringLiteral("json.empty"), QCoreApplication::translate(wording.context, wording.empty), {}};
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes.toByteArray(), &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return Error{QStringLiteral("json.syntax"),
                     QCoreApplication::translate("JsonDocumentParser", "Malformed JSON: %1.").arg(parseError.errorString()),
                     lineAndColumn(bytes, parseError.offset)};
    }
    if (!document.isObject()) {
        return Error{QStringLiteral("json.not_object"), QCoreApplication::translate(wording.context, wording.notObject),
                     QStringLiteral("/")};
    }
    return document.object();
}

Result<QJsonObject> JsonDocumentParser::parse(QByteArrayView bytes, qsizetype maxBytes)
{
    Result<QJsonObject> parsed = parseObject(bytes, maxBytes);
    if (!parsed)
        return parsed;
    const QJsonValue format = parsed->value(QLatin1String("format"));
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
    return parsed;
}

} // namespace redress
