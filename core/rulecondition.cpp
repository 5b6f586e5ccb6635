#include "rulecondition.h"

#include "jsonobjectreader.h"

#include <QCoreApplication>

#include <algorithm>

namespace redress {
namespace {

QString emptyListMessage()
{
    return RuleCondition::tr("An empty list matches nothing; leave the member out to match any.");
}

// Reads a list of enum ids into a bit mask; absent = every bit set. A list naming all `count` values is the
// same as leaving the member out, so it reads as every bit set too (see matchesEverything()).
template<typename Enum>
quint32 readMask(JsonObjectReader &when, QStringView key, std::optional<Enum> (*fromId)(QStringView), int count,
                 const char *what)
{
    if (!when.has(key))
        return ~0u;
    const QStringList ids = when.optionalStringList(key);
    if (ids.isEmpty() && !when.failed())
        when.fail(key, QStringLiteral("policy.empty_list"), emptyListMessage());
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
    const quint32 all = (1u << quint32(count)) - 1;
    return mask == all ? ~0u : mask;
}

// Regions and brands are free text; an absent list matches any, an empty one is refused like the others.
QStringList readTextList(JsonObjectReader &when, QStringView key)
{
    if (!when.has(key))
        return {};
    const QStringList list = when.optionalStringList(key);
    if (list.isEmpty() && !when.failed())
        when.fail(key, QStringLiteral("policy.empty_list"), emptyListMessage());
    return list;
}

} // namespace

RuleCondition RuleCondition::read(JsonObjectReader &when, const QHash<QString, int> &categoryIndex, const QSet<QString> &regions)
{
    RuleCondition condition;
    condition.m_roles = readMask<Role>(when, u"roles", &roleFromId, kRoleCount, QT_TRANSLATE_NOOP("RuleCondition", "role"));
    condition.m_tiers = readMask<Tier>(when, u"tiers", &tierFromId, kTierCount, QT_TRANSLATE_NOOP("RuleCondition", "tier"));
    condition.m_kinds = readMask<CompensationKind>(when, u"kinds", &compensationKindFromId, kCompensationKindCount,
                                                   QT_TRANSLATE_NOOP("RuleCondition", "compensation kind"));
    if (when.has(u"categories")) {
        const QStringList ids = when.optionalStringList(u"categories");
        if (ids.isEmpty() && !when.failed())
            when.fail(u"categories", QStringLiteral("policy.empty_list"), emptyListMessage());
        QList<int> indices;
        indices.reserve(ids.size());
        for (qsizetype i = 0; i < ids.size(); ++i) {
            const int index = categoryIndex.value(ids.at(i), -1);
            if (index < 0) {
                when.failAt(when.pointerTo(u"categories") + QLatin1Char('/') + QString::number(i),
                            QStringLiteral("policy.unknown_category"),
                            RuleCondition::tr("Unknown category \"%1\"; declare it in /categories first.").arg(ids.at(i).left(64)));
                break;
            }
            indices.append(index);
        }
        std::sort(indices.begin(), indices.end());
        indices.erase(std::unique(indices.begin(), indices.end()), indices.end());
        // Naming every declared category is the same as naming none (and an unknown category is an error anyway).
        condition.m_anyCategory = indices.size() == categoryIndex.size();
        if (!condition.m_anyCategory && categoryIndex.size() <= 64) {
            for (const int index : std::as_const(indices))
                condition.m_categoryMask |= quint64(1) << index;
        } else if (!condition.m_anyCategory) {
            indices.squeeze();
            condition.m_categoryIndices = std::move(indices);
        }
    }

    condition.m_regions = readTextList(when, u"regions");
    if (!regions.isEmpty()) {
        // Requests are checked against /regions, so a rule naming another region could never match: a typo
        // ("us-esat") would silently switch the rule off.
        for (qsizetype i = 0; i < condition.m_regions.size(); ++i) {
            if (!regions.contains(condition.m_regions.at(i))) {
                when.failAt(when.pointerTo(u"regions") + QLatin1Char('/') + QString::number(i), QStringLiteral("policy.unknown_region"),
                            RuleCondition::tr("Unknown region \"%1\"; declare it in /regions first.").arg(condition.m_regions.at(i).left(64)));
                break;
            }
        }
    }
    condition.m_brands = readTextList(when, u"brands");

    if (when.has(u"facts")) {
        JsonObjectReader facts = when.object(u"facts");
        if (facts.json().isEmpty() && !when.failed()) {
            when.fail(u"facts", QStringLiteral("policy.empty_list"),
                      RuleCondition::tr("An empty \"facts\" object tests nothing; leave the member out instead."));
        }
        for (auto it = facts.json().constBegin(); it != facts.json().constEnd() && !when.failed(); ++it) {
            const QJsonValue value = it.value();
            const QJsonArray allowed = value.isArray() ? value.toArray() : QJsonArray{value};
            if (allowed.isEmpty())
                facts.fail(it.key(), QStringLiteral("policy.empty_list"), emptyListMessage());
            for (const QJsonValue &one : allowed) {
                if (!(one.isString() || one.isDouble() || one.isBool())) {
                    facts.fail(it.key(), QStringLiteral("policy.fact_type"),
                               RuleCondition::tr("A fact is matched against a string, number or true/false, or a list of them."));
                }
            }
            condition.m_facts.append(FactTest{it.key(), allowed});
        }
    }
    when.rejectUnknownMembers({QLatin1String("roles"), QLatin1String("tiers"), QLatin1String("kinds"),
                               QLatin1String("categories"), QLatin1String("regions"), QLatin1String("brands"),
                               QLatin1String("facts")});
    return condition;
}

bool RuleCondition::categoryMatches(int categoryIndex) const
{
    if (m_anyCategory)
        return true;
    if (categoryIndex < 0)
        return false;
    if (m_categoryIndices.isEmpty())
        return categoryIndex < 64 && (m_categoryMask & (quint64(1) << categoryIndex));
    return std::binary_search(m_categoryIndices.cbegin(), m_categoryIndices.cend(), categoryIndex);
}

bool RuleCondition::matches(const CompensationRequest &request, int categoryIndex) const
{
    if (!(m_roles & (1u << quint32(request.role))) || !(m_tiers & (1u << quint32(request.tier)))
        || !(m_kinds & (1u << quint32(request.kind)))) {
        return false;
    }
    if (!categoryMatches(categoryIndex))
        return false;
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

bool RuleCondition::matchesEverything() const
{
    return m_roles == ~0u && m_tiers == ~0u && m_kinds == ~0u && m_anyCategory && m_regions.isEmpty() && m_brands.isEmpty()
        && m_facts.isEmpty();
}

} // namespace redress
