#pragma once

namespace redress {

class ReportQueries;
class Router;

/// GET /api/v1/reports/dashboard and /api/v1/reports/budget, for leads and up, scoped like every read.
class ReportEndpoints
{
public:
    static void install(Router &router, ReportQueries &reports);
};

} // namespace redress
