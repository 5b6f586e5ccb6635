#include "endpointsupport.h"

#include "apirequest.h"
#include "role.h"
#include "user.h"

#include <QCoreApplication>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcEndpoints, "redress.api.endpoints")

namespace redress {

ApiResponse errorResponse(int clientStatus, const Error &error)
{
    if (error.code.startsWith(QLatin1String("db.")) || error.code.startsWith(QLatin1String("audit."))) {
        qCWarning(lcEndpoints).noquote() << error.code << error.toString();
        return ApiResponse::error(500, QStringLiteral("internal"),
                                  QCoreApplication::translate("ApiServer", "The server failed; try again."));
    }
    return ApiResponse::error(clientStatus, error.code, error.toString());
}

QJsonObject userJson(const User &user)
{
    return QJsonObject{{QStringLiteral("id"), user.id},
                       {QStringLiteral("username"), user.username},
                       {QStringLiteral("display_name"), user.displayName},
                       {QStringLiteral("role"), roleId(user.role)},
                       {QStringLiteral("team"), user.team},
                       {QStringLiteral("vendor"), user.vendor}};
}

std::optional<ApiResponse> readIntegerParameter(const ApiRequest &request, const QString &name, qint64 minimum,
                                                qint64 maximum, qint64 fallback, qint64 *value)
{
    *value = fallback;
    if (!request.query.hasQueryItem(name))
        return std::nullopt;
    bool ok = false;
    const qint64 parsed = request.query.queryItemValue(name).toLongLong(&ok);
    if (!ok || parsed < minimum || parsed > maximum) {
        return ApiResponse::error(400, QStringLiteral("request.parameter"),
                                  QCoreApplication::translate("ApiServer", "%1 must be a whole number from %2 to %3.")
                                      .arg(name)
                                      .arg(minimum)
                                      .arg(maximum));
    }
    *value = parsed;
    return std::nullopt;
}

std::optional<ApiResponse> refuseIntegration(const ApiRequest &request)
{
    if (request.caller().user.role != Role::Integration)
        return std::nullopt;
    return ApiResponse::error(403, QStringLiteral("forbidden"),
                              QCoreApplication::translate("ApiServer", "Integration accounts post events; they read nothing."));
}

} // namespace redress
