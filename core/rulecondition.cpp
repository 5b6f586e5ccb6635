#include "rulecondition.h"

#include "jsonobjectreader.h"

#include <QCoreApplication>

namespace redress {
namespace {


// Reads a list of enum ids into a bit mask; absent = every bit set.
template<typename Enum>
quint32 readMask(JsonObjectReader &when, QStringView key, std::optional<Enum> (*fromId)(QStringView), const char *what)
{
    if (!when.has(key))
        return ~0u;
    const QStringList ids = when.optionalStringList(key);
    if (ids.isEmpty() && !when.failed())
        when.fail(key, QStringLiteral("policy.empty_list"), RuleCondition::tr("An empty list matches nothing; leave the member out to match any."));
    quint32 mask = 0;
    for (qsizetype i = 0; i < ids.size(); ++i) {
        const std::optional<Enum> value = fromId(ids.at(i));
        if (!value) {
            when.failAt(when.pointerTo(key) + QLatin1Char('/') + QString::number(i), QStringLiteral("policy.unknown_id"),
                        RuleCondition::tr("Unknown %1 \"%2\".").arg(QCoreApplication::translate("RuleCondition", what), ids.at(i).left(64)));
            return mask;
        }
        mask |= 1u << quint32(*value);
    }
    return mask;
}

} // namespace

RuleCondition RuleCondition::read(JsonObjectReader &when, const QHash<QString, int> &categoryIndex)
{
    RuleCondition condition;
    condition.m_roles = readMask<Role>(when, u"roles", &roleFromId, QT_TRANSLATE_NOOP("RuleCondition", "role"));
    condition.m_tiers = readMask<Tier>(when, u"tiers", &tierFromId, QT_TRANSLATE_NOOP("RuleCondition", "tier"));
    condition.m_kinds = readMask<CompensationKind>(when, u"kinds", &compensationKindFromId,
                                                   QT_TRANSLATE_NOOP("RuleCondition", "compensation kind"));
    if (when.has(u"categories")) {
        const QStringList ids = when.optionalStringList(u"categories");
        if (ids.isEmpty() && !when.failed()) {
            when.fail(u"categories", QStringLiteral("policy.empty_list"),
                      RuleCondition::tr("An empty list matches nothing; leave the member out to match any."));
        }
        condition.m_categories.fill(0, (categoryIndex.size() + 63) / 64);
        for (qsizetype i = 0; i < ids.size(); ++i) {
            const int index = categoryIndex.value(ids.at(i), -1);
            if (index < 0) {
                when.failAt(when.pointerTo(u"categories") + QLatin1Char('/') + QString::number(i),
                            QStringLiteral("policy.unknown_category"),
                            RuleCondition::tr("Unknown category \"%1\"; declare it in /categories first.").arg(ids.at(i).left(64)));
                break;
            }
            condition.m_categories[index / 64] |= quint64(1) << (index % 64);
        }
    }
    condition.m_regions = when.optionalStringList(u"regions");
    condition.m_brands = when.optionalStringList(u"brands");

    JsonObjectReader facts = when.object(u"facts");
    for (auto it = facts.json().constBegin(); it != facts.json().constEnd(); ++it) {
        const QJsonValue value = it.value();
        const QJsonArray allowed = value.isArray() ? value.toArray() : QJsonArray{value};
        for (const QJsonValue &one : allowed) {
            if (!(one.isString() || one.isDouble() || one.isBool())) {
                facts.fail(it.key(), QStringLiteral("policy.fact_type"),
                           RuleCondition::tr("A fact is matched against a string, number or true/false, or a list of them."));
            }
        }
        condition.m_facts.append(FactTest{it.key(), allowed});
    }
    when.rejectUnknownMembers({QLatin1String("roles"), QLatin1String("tiers"), QLatin1String("kinds"),
                               QLatin1String("categories"), QLatin1String("regions"), QLatin1String("brands"),
                               QLatin1String("facts")});
    return condition;
}

bool RuleCondition::matches(const CompensationRequest &request, int categoryIndex) const
{
    if (!(m_roles & (1u << quint32(request.role))) || !(m_tiers & (1u << quint32(request.tier)))
        || !(m_kinds & (1u << quint32(request.kind)))) {
        return false;
    }
    if (!m_categories.isEmpty()
        && (categoryIndex < 0 || !(m_categories.at(categoryIndex / 64) & (quint64(1) << (categoryIndex % 64))))) {
        return false;
    }
    if (!m_regions.isEmpty() && !m_regions.contains(request.region))
        return false;
    if (!m_brands.isEmpty() && !m_brands.contains(request.brand))
        return false;
    for (const FactTest &test : m_facts) {
        const QJsonValue actual = request.facts.value(test.name);
        if (actual.isUndefined() || !test.allowed.contains(actual))
            return false;
    }
    return true;
}

} // namespace redress
