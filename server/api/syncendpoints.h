#pragma once

namespace redress {

class CaseQueries;
class ChangeFeed;
class DocumentStore;
class Metrics;
class MutationService;
class Router;
class SandboxMark;

/// GET /api/v1/bootstrap, POST /api/v1/mutations and GET /api/v1/changes: what a client needs to work offline
/// and stay in step. Both the bootstrap and every changes page carry the database's `data_epoch` (SandboxMark):
/// when it differs from the one a client cached with, the client resyncs from nothing (a sandbox was reset).
class SyncEndpoints
{
public:
    static void install(Router &router, DocumentStore &documents, MutationService &mutations, ChangeFeed &feed,
                        CaseQueries &queries, Metrics &metrics, SandboxMark &mark, bool sandbox);
};

} // namespace redress
