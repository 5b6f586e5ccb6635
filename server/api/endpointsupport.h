#pragma once

#include "apiresponse.h"
#include "error.h"

#include <QJsonObject>

namespace redress {

struct User;

/// The answer for an Error from a service: client mistakes keep their code and message; database and other
/// internal failures are logged and answered 500 without detail (the detail could leak schema or data).
ApiResponse errorResponse(int clientStatus, const Error &error);
/// {"id","username","display_name","role","team","vendor"} as the API shows a user.
QJsonObject userJson(const User &user);

} // namespace redress
