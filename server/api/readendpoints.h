#pragma once

namespace redress {

class CaseQueries;
class Router;

/// GET customers, cases and approvals, filtered by the caller's scope.
class ReadEndpoints
{
public:
    static void install(Router &router, CaseQueries &queries);
};

} // namespace redress
