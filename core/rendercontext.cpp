#include "rendercontext.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonParseError>

namespace redress {

Result<RenderContext> RenderContext::parse(QByteArrayView json, qsizetype maxBytes)
{
    if (json.size() > maxBytes) {
        return Error{QStringLiteral("json.too_large"),
                     QCoreApplication::translate("RenderContext", "The render data is %1 bytes; the limit is %2 bytes.")
                         .arg(json.size())
                         .arg(maxBytes),
                     {}};
    }
    if (json.trimmed().isEmpty()) {
        return Error{QStringLiteral("json.empty"), QCoreApplication::translate("RenderContext", "The render data is empty."),
                     {}};
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json.toByteArray(), &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const qsizetype offset = qBound(qsizetype(0), qsizetype(parseError.offset), json.size());
        const QByteArrayView before = json.first(offset);
        return Error{QStringLiteral("json.syntax"),
                     QCoreApplication::translate("RenderContext", "Malformed JSON: %1.").arg(parseError.errorString()),
                     QCoreApplication::translate("RenderContext", "line %1, column %2")
                         .arg(before.count('\n') + 1)
                         .arg(offset - before.lastIndexOf('\n'))};
    }
    if (!document.isObject()) {
        return Error{QStringLiteral("json.not_object"),
                     QCoreApplication::translate("RenderContext", "The render data must be a JSON object."),
                     QStringLiteral("/")};
    }
    return RenderContext(document.object());
}

QJsonValue RenderContext::value(const QStringList &keys) const
{
    if (keys.isEmpty())
        return QJsonValue(QJsonValue::Undefined);
    QJsonValue current = m_data.value(keys.first());
    for (qsizetype i = 1; i < keys.size(); ++i) {
        if (!current.isObject())
            return QJsonValue(QJsonValue::Undefined);
        current = current.toObject().value(keys[i]);
    }
    return current;
}

} // namespace redress
