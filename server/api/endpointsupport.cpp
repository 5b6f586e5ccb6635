#include "endpointsupport.h"

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

} // namespace redress
