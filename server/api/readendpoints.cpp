#include "readendpoints.h"

#include "casequeries.h"
#include "endpointsupport.h"
#include "router.h"

#include <QCoreApplication>

namespace redress {

void ReadEndpoints::install(Router &router, CaseQueries &queries)
{
    router.add("GET", QStringLiteral("/api/v1/customers"), Router::Access::SignedIn, [&queries](ApiRequest &request) {
        if (std::optional<ApiResponse> refused = refuseIntegration(request))
            return *refused;
        qint64 limit = 0;
        if (std::optional<ApiResponse> bad = readIntegerParameter(request, QStringLiteral("limit"), 1, CaseQueries::kMaxPage, 50, &limit))
            return *bad;
        const QString text = request.query.queryItemValue(QStringLiteral("query"), QUrl::FullyDecoded);
        if (text.size() > 200)
            return ApiResponse::error(400, QStringLiteral("request.parameter"), QCoreApplication::translate("ReadEndpoints", "query has at most 200 characters."));
        Result<QJsonObject> found = queries.searchCustomers(AccessScope::of(request.caller().user), text, int(limit));
        return found ? ApiResponse::json(200, found.value()) : errorResponse(400, found.error());
    });
    router.add("GET", QStringLiteral("/api/v1/customers/{id}"), Router::Access::SignedIn, [&queries](ApiRequest &request) {
        if (std::optional<ApiResponse> refused = refuseIntegration(request))
            return *refused;
        Result<QJsonObject> found = queries.customer(AccessScope::of(request.caller().user), request.params.value(QStringLiteral("id")));
        return found ? ApiResponse::json(200, found.value()) : errorResponse(404, found.error());
    });
    router.add("GET", QStringLiteral("/api/v1/cases"), Router::Access::SignedIn, [&queries](ApiRequest &request) {
        if (std::optional<ApiResponse> refused = refuseIntegration(request))
            return *refused;
        qint64 limit = 0;
        qint64 offset = 0;
        if (std::optional<ApiResponse> bad = readIntegerParameter(request, QStringLiteral("limit"), 1, CaseQueries::kMaxPage, 50, &limit))
            return *bad;
        if (std::optional<ApiResponse> bad = readIntegerParameter(request, QStringLiteral("offset"), 0, 100000, 0, &offset))
            return *bad;
        const QString status = request.query.queryItemValue(QStringLiteral("status"));
        static const QStringList statuses{QString(), QStringLiteral("open"), QStringLiteral("in_progress"),
                                          QStringLiteral("waiting"), QStringLiteral("resolved")};
        if (!statuses.contains(status))
            return ApiResponse::error(400, QStringLiteral("request.parameter"), QCoreApplication::translate("ReadEndpoints", "status is open, in_progress, waiting or resolved."));
        Result<QJsonObject> found = queries.cases(AccessScope::of(request.caller().user), status,
                                                  request.query.queryItemValue(QStringLiteral("customer_id")), int(limit), int(offset));
        return found ? ApiResponse::json(200, found.value()) : errorResponse(400, found.error());
    });
    router.add("GET", QStringLiteral("/api/v1/cases/{id}"), Router::Access::SignedIn, [&queries](ApiRequest &request) {
        if (std::optional<ApiResponse> refused = refuseIntegration(request))
            return *refused;
        Result<QJsonObject> found = queries.caseDetail(AccessScope::of(request.caller().user), request.params.value(QStringLiteral("id")));
        return found ? ApiResponse::json(200, found.value()) : errorResponse(404, found.error());
    });
    router.add("GET", QStringLiteral("/api/v1/approvals"), Router::Access::SignedIn, [&queries](ApiRequest &request) {
        if (std::optional<ApiResponse> refused = refuseIntegration(request))
            return *refused;
        qint64 limit = 0;
        if (std::optional<ApiResponse> bad = readIntegerParameter(request, QStringLiteral("limit"), 1, CaseQueries::kMaxPage, 100, &limit))
            return *bad;
        const QString state = request.query.queryItemValue(QStringLiteral("state")).isEmpty()
            ? QStringLiteral("pending")
            : request.query.queryItemValue(QStringLiteral("state"));
        if (state != QLatin1String("pending") && state != QLatin1String("approved") && state != QLatin1String("rejected"))
            return ApiResponse::error(400, QStringLiteral("request.parameter"), QCoreApplication::translate("ReadEndpoints", "state is pending, approved or rejected."));
        Result<QJsonObject> found = queries.approvals(request.caller(), state, int(limit));
        return found ? ApiResponse::json(200, found.value()) : errorResponse(400, found.error());
    });
}

} // namespace redress
