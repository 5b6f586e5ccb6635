#pragma once

#include "caseoverview.h"
#include "result.h"

#include <QJsonObject>

namespace redress {

class LocalDatabase;
class LocalPolicy;

/// Reads what the case workspace shows from the local cache, so that widgets never see SQL: the case, its
/// customer's header figures, its compensations with their outcomes, and the root-cause tags the trees know.
class CaseReader
{
public:
    explicit CaseReader(LocalDatabase &database);
    ~CaseReader();
    CaseReader(const CaseReader &) = delete;
    CaseReader &operator=(const CaseReader &) = delete;

    Result<CaseSummary> readCase(const QString &caseId);
    /// The customer's figures as of `now` (ms since the epoch, UTC), in the cached policy's windows.
    Result<CustomerSummary> readCustomer(const QString &customerId, qint64 now);
    Result<QList<CompensationLine>> compensations(const QString &caseId);
    /// Every root-cause tag a cached tree's outcomes name, sorted; `category`'s tree first when given.
    Result<QStringList> rootCauses(const QString &category = {});
    /// The signed-in user as the server described them (id, username, display_name, role, team...).
    Result<QJsonObject> signedInUser();
    /// Whether the server said it is a training sandbox (its bootstrap's "sandbox"); false before the first sync.
    bool serverIsSandbox();
    /// The currency compensation is granted in: the cached policy's.
    Result<Currency> currency();
    /// What the signed-in user may still grant today; absent when the policy sets no daily budget for the role.
    Result<std::optional<Money>> dailyBudgetLeft(qint64 now);

private:
    Result<QString> treeFor(const QString &category);

    LocalDatabase &m_database;
    std::unique_ptr<LocalPolicy> m_policy;
};

} // namespace redress
