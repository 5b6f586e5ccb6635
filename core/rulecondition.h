#pragma once

#include <QCoreApplication>

#include "compensationrequest.h"

#include <QHash>
#include <QJsonArray>
#include <QList>

namespace redress {

class JsonObjectReader;

/// The "when" of a policy rule: which roles, tiers, categories, kinds, regions, brands and case facts it covers.
/// An absent list means "any". Enum-valued lists are compiled to bit masks so that matching is a few AND
/// instructions: the policy engine matches rules a million times a second.
class RuleCondition
{
    Q_DECLARE_TR_FUNCTIONS(RuleCondition)

public:
    /// Reads a "when" object; `categoryIndex` maps the policy's category ids to their index.
    static RuleCondition read(JsonObjectReader &when, const QHash<QString, int> &categoryIndex);

    /// `categoryIndex` is the request category's index in the policy (looked up once per evaluation).
    bool matches(const CompensationRequest &request, int categoryIndex) const;

private:
    struct FactTest
    {
        QString name;
        QJsonArray allowed; ///< the fact must equal one of these
    };

    quint32 m_roles = ~0u;
    quint32 m_tiers = ~0u;
    quint32 m_kinds = ~0u;
    QList<quint64> m_categories; ///< bit set over category indices; empty = any
    QStringList m_regions;
    QStringList m_brands;
    QList<FactTest> m_facts;
};

} // namespace redress
