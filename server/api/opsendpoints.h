#pragma once

namespace redress {

class Database;
class Metrics;
class Router;

/// GET /healthz (the database answers) and GET /metrics (Prometheus text).
class OpsEndpoints
{
public:
    static void install(Router &router, Database &database, Metrics &metrics);
};

} // namespace redress
