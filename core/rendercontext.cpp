#include "rendercontext.h"

#include "jsondocumentparser.h"

#include <QCoreApplication>

namespace redress {

Result<RenderContext> RenderContext::parse(QByteArrayView json, qsizetype maxBytes)
{
    static constexpr JsonDocumentParser::Wording wording{
        "RenderContext",
        QT_TRANSLATE_NOOP("RenderContext", "The render data is %1 bytes; the limit is %2 bytes."),
        QT_TRANSLATE_NOOP("RenderContext", "The render data is empty."),
        QT_TRANSLATE_NOOP("RenderContext", "The render data must be a JSON object."),
    };
    Result<QJsonObject> object = JsonDocumentParser::parseObject(json, maxBytes, wording);
    if (!object)
        return object.error();
    return RenderContext(std::move(object).value());
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
