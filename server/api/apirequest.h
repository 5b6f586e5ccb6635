#pragma once

#include "principal.h"
#include "result.h"

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QString>
#include <QUrlQuery>

#include <optional>

namespace redress {

/// One HTTP request as endpoints see it: parsed path parameters, query, body and the caller.
struct ApiRequest
{
    QByteArray method;
    QString path;
    QUrlQuery query;
    QByteArray body;
    QHash<QString, QString> params; ///< {id} segments of the route
    QByteArray authorization;       ///< the Authorization header
    QString remoteAddress;
    std::optional<Principal> principal;

    /// The body as a JSON object; a readable Error (code "request.json") otherwise.
    Result<QJsonObject> jsonBody() const;
    const Principal &caller() const { return *principal; }
};

} // namespace redress
