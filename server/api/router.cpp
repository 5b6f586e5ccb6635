#include "router.h"

namespace redress {

void Router::add(const QByteArray &method, const QString &pattern, Access access, Handler handler)
{
    m_routes.append(Route{method, pattern, pattern.split(QLatin1Char('/'), Qt::SkipEmptyParts), access,
                          std::move(handler)});
}

bool Router::matches(const Route &route, const QList<QStringView> &segments, QHash<QString, QString> *params)
{
    if (route.segments.size() != segments.size())
        return false;
    for (qsizetype i = 0; i < segments.size(); ++i) {
        const QString &expected = route.segments.at(i);
        if (expected.startsWith(QLatin1Char('{'))) {
            if (params)
                params->insert(expected.mid(1, expected.size() - 2), segments.at(i).toString());
        } else if (expected != segments.at(i)) {
            return false;
        }
    }
    return true;
}

Router::Match Router::match(ApiRequest &request) const
{
    QList<QStringView> segments;
    for (QStringView segment : QStringView(request.path).split(QLatin1Char('/'), Qt::SkipEmptyParts))
        segments.append(segment);
    Match result;
    for (const Route &route : m_routes) {
        if (!matches(route, segments, nullptr))
            continue;
        if (route.method != request.method) {
            result.pathExists = true;
            continue;
        }
        matches(route, segments, &request.params);
        result.handler = &route.handler;
        result.access = route.access;
        result.pattern = route.pattern;
        return result;
    }
    return result;
}

} // namespace redress
