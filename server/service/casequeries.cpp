#include "casequeries.h"

#include "database.h"
#include "spendtotals.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>

namespace redress {
namespace {

QString likePattern(const QString &text)
{
    QString escaped = text.toLower();
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"))
        .replace(QLatin1Char('%'), QLatin1String("\\%"))
        .replace(QLatin1Char('_'), QLatin1String("\\_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

QJsonObject parsedObject(const QVariant &text)
{
    return QJsonDocument::fromJson(text.toString().toUtf8()).object();
}

/// Money's JSON form from an amount_minor column and the currency column after it, as stored (no re-validation:
/// the server wrote both).
QJsonObject amountJson(const QSqlQuery &row, int minorColumn)
{
    return QJsonObject{{QStringLiteral("minor"), row.value(minorColumn).toLongLong()},
                       {QStringLiteral("currency"), row.value(minorColumn + 1).toString()}};
}

const QString kCustomerColumns = QStringLiteral(
    "id, name, email, phone, tier, locale, region, team, vendor, lifetime_value_minor, lifetime_value_currency, customer_since");

/// The same shape as the change feed's customer rows (DemoSeeder), so a client caches one form.
QJsonObject customerJson(QSqlQuery &row)
{
    return QJsonObject{{QStringLiteral("id"), row.value(0).toString()},     {QStringLiteral("name"), row.value(1).toString()},
                       {QStringLiteral("email"), row.value(2).toString()},  {QStringLiteral("phone"), row.value(3).toString()},
                       {QStringLiteral("tier"), row.value(4).toString()},   {QStringLiteral("locale"), row.value(5).toString()},
                       {QStringLiteral("region"), row.value(6).toString()}, {QStringLiteral("team"), row.value(7).toString()},
                       {QStringLiteral("vendor"), row.value(8).toString()}, {QStringLiteral("lifetime_value"), amountJson(row, 9)},
                       {QStringLiteral("customer_since"), row.value(11).toLongLong()}};
}

const QString kCaseColumns = QStringLiteral(
    "c.id, c.customer_id, c.team, c.vendor, c.category, c.brand, c.region, c.channel, c.title, c.status, c.facts, "
    "c.tree_path, c.root_cause, c.assignee_id, c.opened_by, c.opened_at, c.updated_at, c.resolved_at, cu.name, cu.tier");

QJsonObject caseJson(QSqlQuery &row)
{
    QJsonObject json{{QStringLiteral("id"), row.value(0).toString()},
                     {QStringLiteral("customer_id"), row.value(1).toString()},
                     {QStringLiteral("team"), row.value(2).toString()},
                     {QStringLiteral("vendor"), row.value(3).toString()},
                     {QStringLiteral("category"), row.value(4).toString()},
                     {QStringLiteral("brand"), row.value(5).toString()},
                     {QStringLiteral("region"), row.value(6).toString()},
                     {QStringLiteral("channel"), row.value(7).toString()},
                     {QStringLiteral("title"), row.value(8).toString()},
                     {QStringLiteral("status"), row.value(9).toString()},
                     {QStringLiteral("facts"), parsedObject(row.value(10))},
                     {QStringLiteral("root_cause"), row.value(12).toString()},
                     {QStringLiteral("assignee_id"), row.value(13).toString()},
                     {QStringLiteral("opened_by"), row.value(14).toString()},
                     {QStringLiteral("opened_at"), row.value(15).toLongLong()},
                     {QStringLiteral("updated_at"), row.value(16).toLongLong()},
                     {QStringLiteral("customer_name"), row.value(18).toString()},
                     {QStringLiteral("customer_tier"), row.value(19).toString()}};
    if (!row.value(11).toString().isEmpty())
        json.insert(QStringLiteral("tree_walk"), parsedObject(row.value(11)));
    if (!row.value(17).isNull())
        json.insert(QStringLiteral("resolved_at"), row.value(17).toLongLong());
    return json;
}

Error notFoundError(const QString &code, const QString &what, const QString &id)
{
    return Error{code, QCoreApplication::translate("CaseQueries", "No %1 %2 that you may see.").arg(what, id.left(64)), {}};
}

} // namespace

Result<QJsonObject> CaseQueries::searchCustomers(const AccessScope &scope, const QString &text, int limit)
{
    QVariantList binds{likePattern(text.trimmed())};
    binds += scope.binds();
    binds.append(std::clamp(limit, 1, kMaxPage));
    Result<QSqlQuery *> query = m_database.exec(
        QLatin1String("SELECT ") + kCustomerColumns + QLatin1String(" FROM customers WHERE search_text LIKE ? ESCAPE '\\' AND ")
            + scope.condition() + QLatin1String(" ORDER BY name, id LIMIT ?"),
        binds);
    if (!query)
        return query.error();
    QJsonArray customers;
    while (query.value()->next())
        customers.append(customerJson(*query.value()));
    query.value()->finish();
    return QJsonObject{{QStringLiteral("customers"), customers}};
}

Result<QJsonObject> CaseQueries::customer(const AccessScope &scope, const QString &id)
{
    QVariantList binds{id};
    binds += scope.binds();
    Result<QSqlQuery *> query = m_database.exec(
        QLatin1String("SELECT ") + kCustomerColumns + QLatin1String(" FROM customers WHERE id = ? AND ") + scope.condition(),
        binds);
    if (!query)
        return query.error();
    if (!query.value()->next())
        return notFoundError(QStringLiteral("customer.not_found"), QStringLiteral("customer"), id);
    const QJsonObject customer = customerJson(*query.value());
    query.value()->finish();
    Result<QJsonObject> cases = this->cases(scope, {}, id, kMaxPage, 0);
    if (!cases)
        return cases.error();
    return QJsonObject{{QStringLiteral("customer"), customer}, {QStringLiteral("cases"), cases->value(QStringLiteral("cases"))}};
}

Result<QJsonObject> CaseQueries::cases(const AccessScope &scope, const QString &status, const QString &customerId,
                                       int limit, int offset)
{
    QString sql = QLatin1String("SELECT ") + kCaseColumns
        + QLatin1String(" FROM cases c JOIN customers cu ON cu.id = c.customer_id WHERE ") + scope.condition(QStringLiteral("c."));
    QVariantList binds = scope.binds();
    if (!status.isEmpty()) {
        sql += QLatin1String(" AND c.status = ?");
        binds.append(status);
    }
    if (!customerId.isEmpty()) {
        sql += QLatin1String(" AND c.customer_id = ?");
        binds.append(customerId);
    }
    sql += QLatin1String(" ORDER BY c.updated_at DESC, c.id LIMIT ? OFFSET ?");
    limit = std::clamp(limit, 1, kMaxPage);
    binds << limit + 1 << std::max(offset, 0);
    Result<QSqlQuery *> query = m_database.exec(sql, binds);
    if (!query)
        return query.error();
    QJsonArray list;
    bool more = false;
    while (query.value()->next()) {
        if (list.size() == limit) {
            more = true;
            break;
        }
        list.append(caseJson(*query.value()));
    }
    query.value()->finish();
    return QJsonObject{{QStringLiteral("cases"), list}, {QStringLiteral("more"), more}};
}

Result<QJsonObject> CaseQueries::caseDetail(const AccessScope &scope, const QString &id)
{
    QVariantList binds{id};
    binds += scope.binds();
    Result<QSqlQuery *> query = m_database.exec(
        QLatin1String("SELECT ") + kCaseColumns + QLatin1String(" FROM cases c JOIN customers cu ON cu.id = c.customer_id "
                                                                "WHERE c.id = ? AND ")
            + scope.condition(QStringLiteral("c.")),
        binds);
    if (!query)
        return query.error();
    if (!query.value()->next())
        return notFoundError(QStringLiteral("case.not_found"), QStringLiteral("case"), id);
    const QJsonObject caseObject = caseJson(*query.value());
    query.value()->finish();

    Result<QSqlQuery *> events = m_database.exec(
        QStringLiteral("SELECT e.id, e.at, e.actor_id, u.username, e.type, e.data FROM case_events e "
                       "LEFT JOIN users u ON u.id = e.actor_id WHERE e.case_id = ? ORDER BY e.id LIMIT 2000"),
        {id});
    if (!events)
        return events.error();
    QJsonArray timeline;
    while (events.value()->next()) {
        QSqlQuery &row = *events.value();
        timeline.append(QJsonObject{{QStringLiteral("id"), row.value(0).toLongLong()},
                                    {QStringLiteral("at"), row.value(1).toLongLong()},
                                    {QStringLiteral("actor_id"), row.value(2).toString()},
                                    {QStringLiteral("actor"), row.value(3).toString()},
                                    {QStringLiteral("type"), row.value(4).toString()},
                                    {QStringLiteral("data"), parsedObject(row.value(5))}});
    }
    events.value()->finish();

    Result<QSqlQuery *> compensations = m_database.exec(
        QStringLiteral("SELECT id, kind, amount_minor, currency, state, reason, actor_id, approval_id, created_at, decided_at "
                       "FROM compensations WHERE case_id = ? ORDER BY created_at, id"),
        {id});
    if (!compensations)
        return compensations.error();
    QJsonArray compensationList;
    while (compensations.value()->next()) {
        QSqlQuery &row = *compensations.value();
        QJsonObject compensation{{QStringLiteral("id"), row.value(0).toString()},
                                 {QStringLiteral("kind"), row.value(1).toString()},
                                 {QStringLiteral("amount"), amountJson(row, 2)},
                                 {QStringLiteral("state"), row.value(4).toString()},
                                 {QStringLiteral("reason"), row.value(5).toString()},
                                 {QStringLiteral("actor_id"), row.value(6).toString()},
                                 {QStringLiteral("approval_id"), row.value(7).toString()},
                                 {QStringLiteral("created_at"), row.value(8).toLongLong()}};
        if (!row.value(9).isNull())
            compensation.insert(QStringLiteral("decided_at"), row.value(9).toLongLong());
        compensationList.append(compensation);
    }
    compensations.value()->finish();
    return QJsonObject{{QStringLiteral("case"), caseObject},
                       {QStringLiteral("timeline"), timeline},
                       {QStringLiteral("compensations"), compensationList}};
}

Result<QJsonArray> CaseQueries::brands()
{
    Result<QSqlQuery *> query = m_database.exec(
        QStringLiteral("SELECT id, name, line, signature, support_phone FROM brands ORDER BY id"));
    if (!query)
        return query.error();
    QJsonArray list;
    while (query.value()->next()) {
        QSqlQuery &row = *query.value();
        list.append(QJsonObject{{QStringLiteral("id"), row.value(0).toString()},
                                {QStringLiteral("name"), row.value(1).toString()},
                                {QStringLiteral("line"), row.value(2).toString()},
                                {QStringLiteral("signature"), row.value(3).toString()},
                                {QStringLiteral("support_phone"), row.value(4).toString()}});
    }
    query.value()->finish();
    return list;
}

Result<qint64> CaseQueries::grantedToday(const QString &userId, const QString &currency)
{
    return SpendTotals::actorApplied(m_database, userId, currency, SpendTotals::dayOf(QDateTime::currentMSecsSinceEpoch()));
}

Result<QJsonObject> CaseQueries::approvals(const Principal &caller, const QString &state, int limit)
{
    const AccessScope scope = AccessScope::of(caller.user);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    // Visible: the caller's own scope, plus the scopes of users who delegated to the caller for now.
    QString sql = QStringLiteral(
        "SELECT a.id, a.compensation_id, a.case_id, a.requester_id, ru.username, a.required_level, a.amount_minor, "
        "a.currency, a.state, a.reasons, a.created_at, a.due_at, a.escalations, a.decided_by, a.decided_at, a.comment, "
        "c.title, cu.name, cu.tier, a.team, a.vendor "
        "FROM approvals a JOIN cases c ON c.id = a.case_id JOIN customers cu ON cu.id = c.customer_id "
        "LEFT JOIN users ru ON ru.id = a.requester_id WHERE a.state = ? AND (")
        + scope.condition(QStringLiteral("a."))
        + QStringLiteral(" OR EXISTS (SELECT 1 FROM delegations d JOIN users f ON f.id = d.from_user WHERE d.to_user = ? "
                         "AND d.starts_at <= ? AND d.ends_at > ? AND f.disabled = 0 AND "
                         "((f.vendor <> '' AND a.vendor = f.vendor) OR (f.vendor = '' AND "
                         "(f.role IN ('manager', 'director', 'admin') OR (a.team = f.team AND a.vendor = ''))))))")
        + (state == QLatin1String("pending") ? QStringLiteral(" ORDER BY a.due_at, a.id") : QStringLiteral(" ORDER BY a.decided_at DESC, a.id"))
        + QStringLiteral(" LIMIT ?");
    QVariantList binds{state};
    binds += scope.binds();
    binds << caller.user.id << now << now << std::clamp(limit, 1, kMaxPage);
    Result<QSqlQuery *> query = m_database.exec(sql, binds);
    if (!query)
        return query.error();
    QJsonArray list;
    while (query.value()->next()) {
        QSqlQuery &row = *query.value();
        QJsonObject approval{{QStringLiteral("id"), row.value(0).toString()},
                             {QStringLiteral("compensation_id"), row.value(1).toString()},
                             {QStringLiteral("case_id"), row.value(2).toString()},
                             {QStringLiteral("requester_id"), row.value(3).toString()},
                             {QStringLiteral("requester"), row.value(4).toString()},
                             {QStringLiteral("required_level"), row.value(5).toString()},
                             {QStringLiteral("amount"), amountJson(row, 6)},
                             {QStringLiteral("state"), row.value(8).toString()},
                             {QStringLiteral("reasons"), QJsonDocument::fromJson(row.value(9).toString().toUtf8()).array()},
                             {QStringLiteral("created_at"), row.value(10).toLongLong()},
                             {QStringLiteral("due_at"), row.value(11).toLongLong()},
                             {QStringLiteral("overdue"), row.value(8).toString() == QLatin1String("pending") && row.value(11).toLongLong() <= now},
                             {QStringLiteral("escalations"), row.value(12).toInt()},
                             {QStringLiteral("case_title"), row.value(16).toString()},
                             {QStringLiteral("customer_name"), row.value(17).toString()},
                             {QStringLiteral("customer_tier"), row.value(18).toString()},
                             {QStringLiteral("team"), row.value(19).toString()},
                             {QStringLiteral("vendor"), row.value(20).toString()}};
        if (!row.value(13).toString().isEmpty()) {
            approval.insert(QStringLiteral("decided_by"), row.value(13).toString());
            approval.insert(QStringLiteral("decided_at"), row.value(14).toLongLong());
            approval.insert(QStringLiteral("comment"), row.value(15).toString());
        }
        list.append(approval);
    }
    query.value()->finish();
    return QJsonObject{{QStringLiteral("approvals"), list}};
}

} // namespace redress
