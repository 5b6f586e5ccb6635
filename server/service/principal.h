#pragma once

#include "user.h"

namespace redress {

/// The signed-in user behind a request, and the device and session the request came through.
struct Principal
{
    User user;
    QString deviceId;
    QString tokenDigest;
};

} // namespace redress
