#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QPair>

namespace redress {

/// What an endpoint answers: a status, a JSON body (or raw text for /metrics) and extra headers.
struct ApiResponse
{
    int status = 200;
    QJsonObject body;
    QByteArray rawBody;     ///< sent instead of `body` when not empty
    QByteArray contentType; ///< for rawBody
    QList<QPair<QByteArray, QByteArray>> headers;

    static ApiResponse json(int status, QJsonObject body) { return ApiResponse{status, std::move(body), {}, {}, {}}; }
    /// The one error shape of the API: {"error": {"code", "message"}}.
    static ApiResponse error(int status, const QString &code, const QString &message)
    {
        return json(status, QJsonObject{{QStringLiteral("error"),
                                         QJsonObject{{QStringLiteral("code"), code}, {QStringLiteral("message"), message}}}});
    }
};

} // namespace redress
