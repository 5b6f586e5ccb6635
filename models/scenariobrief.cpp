#include "scenariobrief.h"

#include "jsonobjectreader.h"

namespace redress {

Result<QList<ScenarioBrief>> ScenarioBrief::listFromJson(const QJsonObject &json)
{
    JsonObjectReader reader(json);
    const QString key = QStringLiteral("scenarios");
    const QJsonArray scenarios = reader.requiredArray(key);
    QList<ScenarioBrief> result;
    result.reserve(scenarios.size());
    for (qsizetype i = 0; i < scenarios.size() && !reader.failed(); ++i) {
        JsonObjectReader item = reader.arrayObject(scenarios, key, i);
        ScenarioBrief brief;
        brief.id = item.requiredString(u"id");
        brief.version = int(item.optionalInteger(u"version", 0, 1'000'000).value_or(0));
        brief.title = item.requiredString(u"title");
        brief.line = item.optionalString(u"line");
        brief.difficulty = item.optionalString(u"difficulty");
        brief.briefing = item.optionalString(u"briefing");
        brief.targetSeconds = int(item.optionalInteger(u"target_seconds", 0, 24 * 3600).value_or(0));
        brief.category = item.optionalString(u"category");
        brief.channel = item.optionalString(u"channel");
        JsonObjectReader customer = item.object(QStringLiteral("customer"));
        brief.customerName = customer.optionalString(u"name");
        brief.customerTier = customer.optionalString(u"tier");
        result.append(brief);
    }
    if (reader.failed())
        return *reader.error();
    return result;
}

} // namespace redress
