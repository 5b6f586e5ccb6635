#pragma once

#include "apiresponse.h"
#include "error.h"

#include <QJsonObject>

#include <optional>

namespace redress {

struct User;

/// The answer for an Error from a service: client mistakes keep their code and message; database and other
/// internal failures are logged and answered 500 without detail (the detail could leak schema or data).
ApiResponse errorResponse(int clientStatus, const Error &error);
/// {"id","username","display_name","role","team","vendor"} as the API shows a user.
QJsonObject userJson(const User &user);
/// A whole-number query parameter in [minimum, maximum], `fallback` when absent; a 400 answer otherwise.
struct ApiRequest;
std::optional<ApiResponse> readIntegerParameter(const ApiRequest &request, const QString &name, qint64 minimum,
                                                qint64 maximum, qint64 fallback, qint64 *value);
/// 403 for a role that may not read records at all (integration accounts).
std::optional<ApiResponse> refuseIntegration(const ApiRequest &request);

} // namespace redress
