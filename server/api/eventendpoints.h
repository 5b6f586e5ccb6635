#pragma once

namespace redress {

class EventIntake;
class Router;

/// POST /api/v1/events: external triggers from integration accounts.
class EventEndpoints
{
public:
    static void install(Router &router, EventIntake &intake);
};

} // namespace redress
