#include "opsendpoints.h"

#include "database.h"
#include "metrics.h"
#include "router.h"

namespace redress {

void OpsEndpoints::install(Router &router, Database &database, Metrics &metrics)
{
    router.add("GET", QStringLiteral("/healthz"), Router::Access::Public, [&database](ApiRequest &) {
        Result<QSqlQuery *> ping = database.exec(QStringLiteral("SELECT 1"));
        if (!ping)
            return ApiResponse::error(503, QStringLiteral("unhealthy"), QStringLiteral("The database does not answer."));
        ping.value()->finish();
        return ApiResponse::json(200, QJsonObject{{QStringLiteral("status"), QStringLiteral("ok")}});
    });
    router.add("GET", QStringLiteral("/metrics"), Router::Access::Public, [&metrics](ApiRequest &) {
        ApiResponse response;
        response.rawBody = metrics.exposition();
        response.contentType = QByteArrayLiteral("text/plain; version=0.0.4; charset=utf-8");
        return response;
    });
}

} // namespace redress
