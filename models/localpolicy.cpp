#include "localpolicy.h"

#include "compensationpolicy.h"
#include "compensationrequest.h"
#include "jsontext.h"
#include "localdatabase.h"
#include "policyengine.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QJsonDocument>

namespace redress {
namespace {

constexpr qint64 kDayMs = 24 * 60 * 60 * 1000;

QString tr(const char *text)
{
    return QCoreApplication::translate("redress::LocalPolicy", text);
}

qint64 startOfPeriod(qint64 now, const QString &period)
{
    const QDate today = QDateTime::fromMSecsSinceEpoch(now, Qt::UTC).date();
    const int firstMonth = period == QLatin1String("quarter") ? ((today.month() - 1) / 3) * 3 + 1 : today.month();
    return QDateTime(QDate(today.year(), firstMonth, 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
}

} // namespace

Result<std::shared_ptr<const PolicyEngine>> LocalPolicy::engine()
{
    Result<QSqlQuery *> row = m_database.exec(
        QStringLiteral("SELECT sha256, body FROM documents WHERE kind = 'policy' ORDER BY version DESC LIMIT 1"));
    if (!row)
        return row.error();
    if (!row.value()->next()) {
        row.value()->finish();
        return Error{QStringLiteral("policy.none"), tr("No compensation policy is cached yet: sign in and sync once."), {}};
    }
    const QString sha = row.value()->value(0).toString();
    const QByteArray body = row.value()->value(1).toString().toUtf8();
    row.value()->finish();
    if (m_engine && sha == m_engineSha)
        return m_engine;
    Result<CompensationPolicy> policy = CompensationPolicy::parse(body);
    if (!policy)
        return policy.error();
    m_engine = std::make_shared<const PolicyEngine>(*policy);
    m_engineSha = sha;
    return m_engine;
}

Result<qint64> LocalPolicy::sum(const QString &sql, const QVariantList &binds)
{
    Result<QSqlQuery *> query = m_database.exec(sql, binds);
    if (!query)
        return query.error();
    const qint64 total = query.value()->next() ? query.value()->value(0).toLongLong() : 0;
    query.value()->finish();
    return total;
}

Result<Verdict> LocalPolicy::evaluate(const QString &caseId, CompensationKind kind, const Money &amount, qint64 now)
{
    Result<std::shared_ptr<const PolicyEngine>> policyEngine = engine();
    if (!policyEngine)
        return policyEngine.error();
    const CompensationPolicy &policy = policyEngine.value()->policy();
    Result<QString> userText = m_database.meta(QStringLiteral("user"));
    if (!userText)
        return userText.error();
    const QJsonObject user = storedJson(*userText);

    Result<QSqlQuery *> row = m_database.exec(
        QStringLiteral("SELECT c.data, c.customer_id, coalesce(u.tier, '') FROM cases c LEFT JOIN customers u"
                       " ON u.id = c.customer_id WHERE c.id = ?"),
        {caseId});
    if (!row)
        return row.error();
    if (!row.value()->next()) {
        row.value()->finish();
        return Error{QStringLiteral("case.not_found"), tr("Case %1 is not in the local cache.").arg(caseId), {}};
    }
    const QJsonObject caseData = storedJson(row.value()->value(0));
    const QString customerId = row.value()->value(1).toString();
    const QString tierText = row.value()->value(2).toString();
    row.value()->finish();

    CompensationRequest request;
    request.role = roleFromId(user.value(QLatin1String("role")).toString()).value_or(Role::Agent);
    request.tier = tierFromId(tierText).value_or(Tier::Standard);
    request.category = caseData.value(QLatin1String("category")).toString();
    request.kind = kind;
    request.amount = amount;
    request.region = caseData.value(QLatin1String("region")).toString();
    request.brand = caseData.value(QLatin1String("brand")).toString();
    request.team = user.value(QLatin1String("team")).toString();
    request.facts = caseData.value(QLatin1String("facts")).toObject();

    // The same windows as the server's (whole UTC days), counted from the cache; rejected grants count for nothing.
    const QString currency = policy.currency().code();
    const qint64 today = now / kDayMs * kDayMs;
    const int capDays = policy.customerCap() ? policy.customerCap()->windowDays : 90;
    Result<qint64> received = sum(QStringLiteral("SELECT coalesce(SUM(amount_minor), 0) FROM compensations WHERE customer_id = ?"
                                                 " AND currency = ? AND state <> 'rejected' AND created_at >= ?"),
                                  {customerId, currency, today - (capDays - 1) * kDayMs});
    if (!received)
        return received.error();
    request.customerReceivedInWindow = Money(*received, policy.currency());
    const int repeatDays = policy.repeatPayouts() ? policy.repeatPayouts()->windowDays : 90;
    Result<qint64> payouts = sum(QStringLiteral("SELECT COUNT(*) FROM compensations WHERE customer_id = ?"
                                                " AND state <> 'rejected' AND created_at >= ?"),
                                 {customerId, today - (repeatDays - 1) * kDayMs});
    if (!payouts)
        return payouts.error();
    request.customerPayoutsInWindow = int(std::clamp<qint64>(*payouts, 0, 1'000'000));
    Result<Money> granted = grantedToday(now);
    if (!granted)
        return granted.error();
    request.actorGrantedToday = *granted;
    const QString period = policy.teamBudgets() ? policy.teamBudgets()->period : QStringLiteral("month");
    Result<qint64> spent = sum(QStringLiteral("SELECT coalesce(SUM(p.amount_minor), 0) FROM compensations p JOIN cases c"
                                              " ON c.id = p.case_id WHERE json_extract(c.data, '$.team') = ? AND p.currency = ?"
                                              " AND p.state = 'applied' AND p.created_at >= ?"),
                               {request.team, currency, startOfPeriod(now, period)});
    if (!spent)
        return spent.error();
    request.teamSpentThisPeriod = Money(*spent, policy.currency());
    return policyEngine.value()->evaluate(request);
}

Result<Money> LocalPolicy::grantedToday(qint64 now)
{
    Result<std::shared_ptr<const PolicyEngine>> policyEngine = engine();
    if (!policyEngine)
        return policyEngine.error();
    Result<QString> userText = m_database.meta(QStringLiteral("user"));
    if (!userText)
        return userText.error();
    const QJsonObject user = storedJson(*userText);
    const Currency currency = policyEngine.value()->policy().currency();
    Result<qint64> granted = sum(QStringLiteral("SELECT coalesce(SUM(amount_minor), 0) FROM compensations WHERE actor_id = ?"
                                                " AND currency = ? AND state = 'applied' AND created_at >= ?"),
                                 {user.value(QLatin1String("id")).toString(), currency.code(), now / kDayMs * kDayMs});
    if (!granted)
        return granted.error();
    return Money(*granted, currency);
}

} // namespace redress
