#include "documentcache.h"

#include <QCoreApplication>

namespace redress {

Result<std::shared_ptr<const PolicyEngine>> DocumentCache::policyEngine()
{
    Result<std::optional<DocumentStore::Document>> current = m_store.activePolicy(false);
    if (!current)
        return current.error();
    if (!current.value()) {
        return Error{QStringLiteral("policy.none"),
                     QCoreApplication::translate("DocumentCache", "No compensation policy is published yet."), {}};
    }
    if (m_engine.compiled && m_engine.sha256 == current.value()->sha256)
        return m_engine.compiled;
    Result<std::optional<DocumentStore::Document>> full = m_store.activePolicy(true);
    if (!full)
        return full.error();
    Result<CompensationPolicy> policy = CompensationPolicy::parse(full.value()->body);
    if (!policy)
        return policy.error();
    m_engine = Entry<PolicyEngine>{full.value()->sha256, std::make_shared<const PolicyEngine>(std::move(policy).value())};
    return m_engine.compiled;
}

template<typename T>
Result<std::shared_ptr<const T>> DocumentCache::newest(DocumentStore::Kind kind, const QString &id,
                                                       QHash<QString, Entry<T>> &cache)
{
    Result<std::optional<DocumentStore::Document>> current = m_store.newest(kind, id, false);
    if (!current)
        return current.error();
    if (!current.value()) {
        return Error{DocumentStore::kindId(kind) + QLatin1String(".not_found"),
                     QCoreApplication::translate("DocumentCache", "No %1 \"%2\" is published.")
                         .arg(DocumentStore::kindId(kind), id.left(64)),
                     {}};
    }
    const auto cached = cache.constFind(id);
    if (cached != cache.constEnd() && cached->sha256 == current.value()->sha256)
        return cached->compiled;
    Result<std::optional<DocumentStore::Document>> full = m_store.newest(kind, id, true);
    if (!full)
        return full.error();
    Result<T> parsed = T::parse(full.value()->body);
    if (!parsed)
        return parsed.error();
    auto compiled = std::make_shared<const T>(std::move(parsed).value());
    cache.insert(id, Entry<T>{full.value()->sha256, compiled});
    return std::shared_ptr<const T>(compiled);
}

Result<std::shared_ptr<const DecisionTree>> DocumentCache::tree(const QString &id)
{
    return newest<DecisionTree>(DocumentStore::Kind::Tree, id, m_trees);
}

Result<std::shared_ptr<const RecoveryTemplate>> DocumentCache::recoveryTemplate(const QString &id)
{
    return newest<RecoveryTemplate>(DocumentStore::Kind::Template, id, m_templates);
}

} // namespace redress
