#include "sessionendpoints.h"

#include "endpointsupport.h"
#include "jsonobjectreader.h"
#include "router.h"
#include "sessionservice.h"

#include <QCoreApplication>

namespace redress {

void SessionEndpoints::install(Router &router, SessionService &sessions)
{
    router.add("POST", QStringLiteral("/api/v1/sessions"), Router::Access::Public, [&sessions](ApiRequest &request) {
        Result<QJsonObject> body = request.jsonBody();
        if (!body)
            return errorResponse(400, body.error());
        JsonObjectReader reader(body.value());
        const QString username = reader.requiredString(QStringLiteral("username"));
        const QString password = reader.requiredString(QStringLiteral("password"));
        const QString deviceId = reader.requiredString(QStringLiteral("device_id"));
        reader.rejectUnknownMembers({QLatin1String("username"), QLatin1String("password"), QLatin1String("device_id")});
        if (reader.error())
            return errorResponse(400, Error{QStringLiteral("request.field"), reader.error()->message, reader.error()->where});
        if (username.size() > 64 || password.size() > 1024 || deviceId.size() > 64 || deviceId.trimmed().isEmpty()) {
            return ApiResponse::error(400, QStringLiteral("request.field"),
                                      QCoreApplication::translate("SessionEndpoints",
                                                                  "username ≤ 64, password ≤ 1024 and device_id 1–64 characters."));
        }
        Result<SessionService::SignedIn> signedIn = sessions.signIn(username, password, deviceId, request.remoteAddress);
        if (!signedIn) {
            if (signedIn.error().code == QLatin1String("auth.locked")) {
                ApiResponse response = ApiResponse::error(429, signedIn.error().code, signedIn.error().message);
                response.headers.append({QByteArrayLiteral("Retry-After"), signedIn.error().where.toLatin1()});
                return response;
            }
            return errorResponse(401, signedIn.error());
        }
        return ApiResponse::json(201, QJsonObject{{QStringLiteral("token"), signedIn->token},
                                                  {QStringLiteral("expires_at"),
                                                   signedIn->expiresAt.toString(Qt::ISODateWithMs)},
                                                  {QStringLiteral("user"), userJson(signedIn->user)}});
    });
    router.add("DELETE", QStringLiteral("/api/v1/sessions/current"), Router::Access::SignedIn,
               [&sessions](ApiRequest &request) {
                   if (Result<void> ended = sessions.signOut(request.caller()); !ended)
                       return errorResponse(400, ended.error());
                   return ApiResponse::json(200, QJsonObject{{QStringLiteral("ended"), true}});
               });
}

} // namespace redress
