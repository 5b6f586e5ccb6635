#pragma once

#include "compensationkind.h"
#include "money.h"
#include "result.h"
#include "verdict.h"

#include <memory>

namespace redress {

class LocalDatabase;
class PolicyEngine;

/// The compensation verdict the client can give at once, offline too: the cached policy, evaluated by the same
/// core engine as the server's, with running totals counted from the cache (what this customer received, what
/// this agent granted today, what the team spent this period).
///
/// It is advice: the cache may miss a colleague's grant made since the last pull. The server evaluates again
/// with its own totals and its answer replaces this one.
class LocalPolicy
{
public:
    explicit LocalPolicy(LocalDatabase &database) : m_database(database) {}

    /// The policy engine for the cached policy; refreshed when the cached policy's version changes.
    Result<std::shared_ptr<const PolicyEngine>> engine();
    Result<Verdict> evaluate(const QString &caseId, CompensationKind kind, const Money &amount, qint64 now);
    /// What this user granted today (UTC day) and the server or the cache applied; pending requests do not count.
    Result<Money> grantedToday(qint64 now);

private:
    Result<qint64> sum(const QString &sql, const QVariantList &binds);

    LocalDatabase &m_database;
    std::shared_ptr<const PolicyEngine> m_engine;
    QString m_engineSha;
};

} // namespace redress
