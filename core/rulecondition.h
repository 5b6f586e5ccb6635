#pragma once

#include <QCoreApplication>

#include "compensationrequest.h"

#include <QHash>
#include <QJsonArray>
#include <QList>
#include <QSet>

namespace redress {

class JsonObjectReader;

/// The "when" of a policy rule: which roles, tiers, categories, kinds, regions, brands and case facts it covers.
/// An absent member means "any"; an empty one is refused. Enum-valued lists are compiled to bit masks so that
/// matching is a few AND instructions: the policy engine matches rules a million times a second.
class RuleCondition
{
    Q_DECLARE_TR_FUNCTIONS(RuleCondition)

public:
    /// Reads a "when" object. `categoryIndex` maps the policy's category ids to their index; `regions` are the
    /// policy's declared regions (empty: the policy declares none, so any region may be named).
    static RuleCondition read(JsonObjectReader &when, const QHash<QString, int> &categoryIndex, const QSet<QString> &regions);

    /// `categoryIndex` is the request category's index in the policy (looked up once per evaluation).
    bool matches(const CompensationRequest &request, int categoryIndex) const;

    /// True when the condition tests nothing, so it matches every request. A list naming every role (tier, kind,
    /// declared category) counts as no test: an exclusion with it would still deny everything.
    bool matchesEverything() const;

private:
    struct FactTest
    {
        QString name;
        QJsonArray allowed; ///< the fact must equal one of these
    };

    bool categoryMatches(int categoryIndex) const;

    quint32 m_roles = ~0u;
    quint32 m_tiers = ~0u;
    quint32 m_kinds = ~0u;
    // Categories: a policy may declare up to CompensationPolicy's limit, so a bit set per rule sized by the
    // category count would cost rules × categories / 8 bytes. Policies with at most 64 categories (all real ones)
    // use one word; larger ones keep the sorted indices the rule names and search them.
    bool m_anyCategory = true;
    quint64 m_categoryMask = 0;  ///< bit i = category index i, when the policy has at most 64 categories
    QList<int> m_categoryIndices; ///< sorted, without duplicates, when the policy has more
    QStringList m_regions;
    QStringList m_brands;
    QList<FactTest> m_facts;
};

} // namespace redress
