#include "trainingendpoints.h"

#include "apirequest.h"
#include "endpointsupport.h"
#include "router.h"
#include "trainingcatalogue.h"
#include "trainingruns.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace redress {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("TrainingEndpoints", text);
}

/// 404 on a live server, and 403 for integration accounts, which read nothing.
std::optional<ApiResponse> refuse(const ApiRequest &request, const void *service)
{
    if (!service) {
        return ApiResponse::error(404, QStringLiteral("training.not_sandbox"),
                                  tr("This server is not a training sandbox; training runs only on a sandbox server."));
    }
    return refuseIntegration(request);
}

ApiResponse failure(const Error &error)
{
    int status = 400;
    if (error.code.endsWith(QLatin1String("not_found")))
        status = 404;
    else if (error.code == QLatin1String("forbidden"))
        status = 403;
    else if (error.code == QLatin1String("training.finished"))
        status = 409;
    else if (error.code == QLatin1String("training.unscorable"))
        status = 422;
    return errorResponse(status, error);
}

} // namespace

void TrainingEndpoints::install(Router &router, const TrainingCatalogue *catalogue, TrainingRuns *runs)
{
    router.add("GET", QStringLiteral("/api/v1/training/scenarios"), Router::Access::SignedIn, [catalogue](ApiRequest &request) {
        if (std::optional<ApiResponse> refused = refuse(request, catalogue))
            return *refused;
        QJsonArray scenarios;
        for (const TrainingScenario &scenario : catalogue->scenarios())
            scenarios.append(TrainingCatalogue::summaryJson(scenario));
        return ApiResponse::json(200, QJsonObject{{QStringLiteral("scenarios"), scenarios}});
    });
    router.add("POST", QStringLiteral("/api/v1/training/runs"), Router::Access::SignedIn, [runs](ApiRequest &request) {
        if (std::optional<ApiResponse> refused = refuse(request, runs))
            return *refused;
        Result<QJsonObject> body = request.jsonBody();
        if (!body)
            return errorResponse(400, body.error());
        const QJsonValue scenarioId = body->value(QLatin1String("scenario_id"));
        if (!scenarioId.isString() || scenarioId.toString().isEmpty() || body->size() != 1) {
            return errorResponse(400, Error{QStringLiteral("request.field"),
                                            tr("The body is {\"scenario_id\": \"…\"} and nothing else."),
                                            QStringLiteral("/scenario_id")});
        }
        Result<QJsonObject> run = runs->start(request.caller(), scenarioId.toString());
        if (!run)
            return failure(run.error());
        return ApiResponse::json(201, QJsonObject{{QStringLiteral("run"), run.value()}});
    });
    router.add("GET", QStringLiteral("/api/v1/training/runs"), Router::Access::SignedIn, [runs](ApiRequest &request) {
        if (std::optional<ApiResponse> refused = refuse(request, runs))
            return *refused;
        qint64 limit = 0;
        if (std::optional<ApiResponse> bad = readIntegerParameter(request, QStringLiteral("limit"), 1, TrainingRuns::kMaxListLimit,
                                                                  TrainingRuns::kDefaultListLimit, &limit))
            return *bad;
        Result<QJsonArray> list = runs->list(request.caller(), int(limit));
        if (!list)
            return failure(list.error());
        return ApiResponse::json(200, QJsonObject{{QStringLiteral("runs"), list.value()}});
    });
    router.add("POST", QStringLiteral("/api/v1/training/runs/{id}/finish"), Router::Access::SignedIn, [runs](ApiRequest &request) {
        if (std::optional<ApiResponse> refused = refuse(request, runs))
            return *refused;
        Result<QJsonObject> run = runs->finish(request.caller(), request.params.value(QStringLiteral("id")));
        if (!run)
            return failure(run.error());
        return ApiResponse::json(200, QJsonObject{{QStringLiteral("run"), run.value()}});
    });
    router.add("POST", QStringLiteral("/api/v1/training/reset"), Router::Access::SignedIn, [runs](ApiRequest &request) {
        if (std::optional<ApiResponse> refused = refuse(request, runs))
            return *refused;
        Result<TrainingRuns::ResetOutcome> reset = runs->reset(request.caller());
        if (!reset)
            return failure(reset.error());
        return ApiResponse::json(200, QJsonObject{{QStringLiteral("removed_runs"), reset->removedRuns},
                                                  {QStringLiteral("data_epoch"), reset->dataEpoch}});
    });
}

} // namespace redress
