#include "eventendpoints.h"

#include "endpointsupport.h"
#include "eventintake.h"
#include "router.h"

namespace redress {

void EventEndpoints::install(Router &router, EventIntake &intake)
{
    router.add("POST", QStringLiteral("/api/v1/events"), Router::Access::SignedIn, [&intake](ApiRequest &request) {
        Result<QJsonObject> body = request.jsonBody();
        if (!body)
            return errorResponse(400, body.error());
        Result<EventIntake::Outcome> outcome = intake.receive(request.caller(), body.value());
        if (!outcome) {
            const QString &code = outcome.error().code;
            return errorResponse(code == QLatin1String("forbidden") ? 403 : code.endsWith(QLatin1String("not_found")) ? 404 : 400,
                                 outcome.error());
        }
        return ApiResponse::json(outcome->opened ? 201 : 200, outcome->body);
    });
}

} // namespace redress
