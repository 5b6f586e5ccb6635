#pragma once

namespace redress {

class Router;
class TrainingCatalogue;
class TrainingRuns;

/// /api/v1/training/…: the scenario list, runs (start, finish, list) and the sandbox reset. The routes exist on
/// every server so a client gets a clear answer: without a sandbox (`catalogue` and `runs` null) each is 404
/// `training.not_sandbox`.
class TrainingEndpoints
{
public:
    static void install(Router &router, const TrainingCatalogue *catalogue, TrainingRuns *runs);
};

} // namespace redress
