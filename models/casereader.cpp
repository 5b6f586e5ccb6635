#include "casereader.h"

#include "compensationpolicy.h"
#include "jsontext.h"
#include "localdatabase.h"
#include "localpolicy.h"
#include "policyengine.h"
#include "role.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QSqlQuery>

namespace redress {
namespace {

constexpr qint64 kDayMs = 24 * 60 * 60 * 1000;

QString tr(const char *text)
{
    return QCoreApplication::translate("redress::CaseReader", text);
}

QString str(const QJsonObject &object, const char *key)
{
    return object.value(QLatin1String(key)).toString();
}

} // namespace

CaseReader::CaseReader(LocalDatabase &database) : m_database(database), m_policy(std::make_unique<LocalPolicy>(database))
{
}

CaseReader::~CaseReader() = default;

Result<CaseSummary> CaseReader::readCase(const QString &caseId)
{
    Result<QSqlQuery *> row = m_database.exec(
        QStringLiteral("SELECT customer_id, category, status, assignee_id, title, opened_at, updated_at, data FROM cases"
                       " WHERE id = ?"),
        {caseId});
    if (!row)
        return row.error();
    QSqlQuery &query = *row.value();
    if (!query.next()) {
        query.finish();
        return Error{QStringLiteral("case.not_found"), tr("Case %1 is not in the local cache.").arg(caseId), {}};
    }
    CaseSummary summary;
    summary.id = caseId;
    summary.customerId = query.value(0).toString();
    summary.category = query.value(1).toString();
    summary.status = query.value(2).toString();
    summary.assigneeId = query.value(3).toString();
    summary.title = query.value(4).toString();
    summary.openedAt = query.value(5).toLongLong();
    summary.updatedAt = query.value(6).toLongLong();
    const QJsonObject data = storedJson(query.value(7));
    query.finish();
    summary.channel = str(data, "channel");
    summary.brand = str(data, "brand");
    summary.region = str(data, "region");
    summary.rootCause = str(data, "root_cause");
    summary.facts = data.value(QLatin1String("facts")).toObject();
    const QJsonObject path = data.value(QLatin1String("tree_walk")).toObject();
    for (const QJsonValue &step : path.value(QLatin1String("path")).toArray()) {
        const QString answer = step.toObject().value(QLatin1String("answer")).toString();
        if (!answer.isEmpty())
            summary.treeAnswers.append(answer);
    }
    Result<QString> tree = treeFor(summary.category);
    if (!tree)
        return tree.error();
    summary.treeId = *tree;
    // A recorded path of another tree (one published for the category since) cannot be replayed on this one.
    const QString recordedTree = path.value(QLatin1String("tree")).toObject().value(QLatin1String("id")).toString();
    if (!recordedTree.isEmpty() && recordedTree != summary.treeId)
        summary.treeAnswers.clear();
    return summary;
}

Result<QString> CaseReader::treeFor(const QString &category)
{
    Result<QSqlQuery *> row = m_database.exec(
        QStringLiteral("SELECT id FROM documents WHERE kind = 'tree' AND json_extract(body, '$.category') = ?"
                       " ORDER BY version DESC, id LIMIT 1"),
        {category});
    if (!row)
        return row.error();
    const QString id = row.value()->next() ? row.value()->value(0).toString() : QString();
    row.value()->finish();
    return id;
}

Result<CustomerSummary> CaseReader::readCustomer(const QString &customerId, qint64 now)
{
    Result<QSqlQuery *> row = m_database.exec(
        QStringLiteral("SELECT name, email, phone, tier, locale, region, data FROM customers WHERE id = ?"), {customerId});
    if (!row)
        return row.error();
    QSqlQuery &query = *row.value();
    if (!query.next()) {
        query.finish();
        return Error{QStringLiteral("customer.not_found"), tr("Customer %1 is not in the local cache.").arg(customerId), {}};
    }
    CustomerSummary summary;
    summary.id = customerId;
    summary.name = query.value(0).toString();
    summary.email = query.value(1).toString();
    summary.phone = query.value(2).toString();
    summary.tier = query.value(3).toString();
    summary.locale = query.value(4).toString();
    summary.region = query.value(5).toString();
    const QJsonObject data = storedJson(query.value(6));
    query.finish();
    if (const QJsonValue value = data.value(QLatin1String("lifetime_value")); value.isObject()) {
        if (Result<Money> money = Money::fromJson(value.toObject()))
            summary.lifetimeValue = *money;
    }
    summary.customerSince = data.value(QLatin1String("customer_since")).toInteger();

    // The same window and counting as the policy's repeat-payout rule (LocalPolicy): whole UTC days, rejected
    // grants count for nothing.
    Result<std::shared_ptr<const PolicyEngine>> engine = m_policy->engine();
    if (!engine)
        return engine.error();
    const CompensationPolicy &policy = engine.value()->policy();
    if (const auto &repeat = policy.repeatPayouts()) {
        summary.windowDays = repeat->windowDays;
        summary.repeatThreshold = repeat->maxPayouts;
    }
    const qint64 from = now / kDayMs * kDayMs - (summary.windowDays - 1) * kDayMs;
    Result<QSqlQuery *> totals = m_database.exec(
        QStringLiteral("SELECT COUNT(*), coalesce(SUM(CASE WHEN currency = ? THEN amount_minor ELSE 0 END), 0)"
                       " FROM compensations WHERE customer_id = ? AND state <> 'rejected' AND created_at >= ?"),
        {policy.currency().code(), customerId, from});
    if (!totals)
        return totals.error();
    if (totals.value()->next()) {
        summary.payoutsInWindow = totals.value()->value(0).toInt();
        summary.receivedInWindow = Money(totals.value()->value(1).toLongLong(), policy.currency());
    }
    totals.value()->finish();
    return summary;
}

Result<QList<CompensationLine>> CaseReader::compensations(const QString &caseId)
{
    // An unsynced compensation has no server copy yet; a decided approval carries the approver's comment.
    Result<QSqlQuery *> rows = m_database.exec(
        QStringLiteral("SELECT p.id, p.kind, p.amount_minor, p.currency, p.state, p.created_at, p.data,"
                       " p.server_data IS NULL, coalesce(json_extract(a.data, '$.comment'), '')"
                       " FROM compensations p LEFT JOIN approvals a ON a.id = json_extract(p.data, '$.approval_id')"
                       " WHERE p.case_id = ? ORDER BY p.created_at, p.id"),
        {caseId});
    if (!rows)
        return rows.error();
    QList<CompensationLine> lines;
    QSqlQuery &query = *rows.value();
    while (query.next()) {
        CompensationLine line;
        line.id = query.value(0).toString();
        line.kind = query.value(1).toString();
        const std::optional<Currency> currency = Currency::fromCode(query.value(3).toString());
        line.amount = Money(query.value(2).toLongLong(), currency ? *currency : Currency());
        line.state = query.value(4).toString();
        line.createdAt = query.value(5).toLongLong();
        line.reason = str(storedJson(query.value(6)), "reason");
        line.unsynced = query.value(7).toBool();
        line.comment = query.value(8).toString();
        lines.append(line);
    }
    query.finish();
    return lines;
}

Result<QStringList> CaseReader::rootCauses(const QString &category)
{
    Result<QSqlQuery *> rows = m_database.exec(
        QStringLiteral("SELECT json_extract(body, '$.category') = ?, body FROM documents WHERE kind = 'tree'"
                       " ORDER BY 1 DESC, id"),
        {category});
    if (!rows)
        return rows.error();
    QStringList first;
    QStringList rest;
    QSet<QString> seen;
    QSqlQuery &query = *rows.value();
    while (query.next()) {
        QStringList &into = query.value(0).toBool() ? first : rest;
        const QJsonObject tree = storedJson(query.value(1));
        for (const QJsonValue &node : tree.value(QLatin1String("nodes")).toArray()) {
            const QString cause =
                node.toObject().value(QLatin1String("recovery")).toObject().value(QLatin1String("root_cause")).toString();
            if (!cause.isEmpty() && !seen.contains(cause)) {
                seen.insert(cause);
                into.append(cause);
            }
        }
    }
    query.finish();
    first.sort();
    rest.sort();
    return first + rest;
}

bool CaseReader::serverIsSandbox()
{
    Result<QString> stored = m_database.meta(QStringLiteral("server_sandbox"));
    return stored && *stored == QLatin1String("1");
}

Result<QJsonObject> CaseReader::signedInUser()
{
    Result<QString> stored = m_database.meta(QStringLiteral("user"));
    if (!stored)
        return stored.error();
    return storedJson(*stored);
}

Result<Currency> CaseReader::currency()
{
    Result<std::shared_ptr<const PolicyEngine>> engine = m_policy->engine();
    if (!engine)
        return engine.error();
    return engine.value()->policy().currency();
}

Result<std::optional<Money>> CaseReader::dailyBudgetLeft(qint64 now)
{
    Result<std::shared_ptr<const PolicyEngine>> engine = m_policy->engine();
    if (!engine)
        return engine.error();
    Result<QJsonObject> user = signedInUser();
    if (!user)
        return user.error();
    const auto &budget = engine.value()->policy().dailyBudget();
    const std::optional<Role> role = roleFromId(str(*user, "role"));
    if (!budget || !role || !budget->byRole[size_t(*role)])
        return std::optional<Money>();
    Result<Money> granted = m_policy->grantedToday(now);
    if (!granted)
        return granted.error();
    const Money &limit = *budget->byRole[size_t(*role)];
    return std::optional<Money>(Money(std::max<qint64>(0, limit.minor() - granted->minor()), limit.currency()));
}

} // namespace redress
