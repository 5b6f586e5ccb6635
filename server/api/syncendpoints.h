#pragma once

namespace redress {

class CaseQueries;
class ChangeFeed;
class DocumentStore;
class Metrics;
class MutationService;
class Router;

/// GET /api/v1/bootstrap, POST /api/v1/mutations and GET /api/v1/changes: what a client needs to work offline
/// and stay in step.
class SyncEndpoints
{
public:
    static void install(Router &router, DocumentStore &documents, MutationService &mutations, ChangeFeed &feed,
                        CaseQueries &queries, Metrics &metrics);
};

} // namespace redress
