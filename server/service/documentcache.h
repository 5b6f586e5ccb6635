#pragma once

#include "compensationpolicy.h"
#include "decisiontree.h"
#include "documentstore.h"
#include "policyengine.h"
#include "recoverytemplate.h"
#include "result.h"

#include <QHash>

#include <memory>

namespace redress {

/// Compiled forms of the published documents, rebuilt only when a newer version is published. Parsing a policy
/// takes about a millisecond; a server deciding thousands of compensations a second cannot do it per request.
class DocumentCache
{
public:
    explicit DocumentCache(DocumentStore &store) : m_store(store) {}

    /// The engine for the policy in force; "policy.none" when none is published.
    Result<std::shared_ptr<const PolicyEngine>> policyEngine();
    /// The newest version of a tree or template by id; "tree.not_found" / "template.not_found".
    Result<std::shared_ptr<const DecisionTree>> tree(const QString &id);
    Result<std::shared_ptr<const RecoveryTemplate>> recoveryTemplate(const QString &id);

private:
    template<typename T>
    struct Entry
    {
        QString sha256;
        std::shared_ptr<const T> compiled;
    };
    template<typename T>
    Result<std::shared_ptr<const T>> newest(DocumentStore::Kind kind, const QString &id, QHash<QString, Entry<T>> &cache);

    DocumentStore &m_store;
    Entry<PolicyEngine> m_engine;
    QHash<QString, Entry<DecisionTree>> m_trees;
    QHash<QString, Entry<RecoveryTemplate>> m_templates;
};

} // namespace redress
