#include "apirequest.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonParseError>

namespace redress {

Result<QJsonObject> ApiRequest::jsonBody() const
{
    if (body.trimmed().isEmpty())
        return Error{QStringLiteral("request.json"), QCoreApplication::translate("ApiRequest", "The request body is empty; expected a JSON object."), {}};
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return Error{QStringLiteral("request.json"),
                     QCoreApplication::translate("ApiRequest", "Malformed JSON at byte %1: %2")
                         .arg(parseError.offset)
                         .arg(parseError.errorString()),
                     {}};
    }
    if (!document.isObject())
        return Error{QStringLiteral("request.json"), QCoreApplication::translate("ApiRequest", "Expected a JSON object."), {}};
    return document.object();
}

} // namespace redress
