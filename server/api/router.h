#pragma once

#include "apirequest.h"
#include "apiresponse.h"

#include <QList>
#include <QStringList>

#include <functional>

namespace redress {

/// Maps a method and a path such as /api/v1/cases/{id} to an endpoint. A path that exists under another method
/// answers 405, one that exists nowhere 404, both in the API's error shape.
class Router
{
public:
    using Handler = std::function<ApiResponse(ApiRequest &)>;
    enum class Access { Public, SignedIn };

    void add(const QByteArray &method, const QString &pattern, Access access, Handler handler);

    struct Match
    {
        const Handler *handler = nullptr;
        Access access = Access::Public;
        QString pattern;         ///< for metrics: the route, not the raw path (ids would explode the label set)
        bool pathExists = false; ///< under some other method
    };
    /// Finds the route and fills request.params.
    Match match(ApiRequest &request) const;

private:
    struct Route
    {
        QByteArray method;
        QString pattern;
        QStringList segments;
        Access access;
        Handler handler;
    };
    static bool matches(const Route &route, const QList<QStringView> &segments, QHash<QString, QString> *params);

    QList<Route> m_routes;
};

} // namespace redress
