#pragma once

namespace redress {

class Router;
class SessionService;

/// POST /api/v1/sessions (sign in) and DELETE /api/v1/sessions/current (sign out).
class SessionEndpoints
{
public:
    static void install(Router &router, SessionService &sessions);
};

} // namespace redress
