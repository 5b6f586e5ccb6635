#include "budgetreport.h"

#include "jsonobjectreader.h"

#include <QCoreApplication>

namespace redress {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("redress::BudgetReport", text);
}

QDate requiredDate(JsonObjectReader &reader, QStringView key)
{
    const QString text = reader.requiredString(key);
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (!text.isEmpty() && !date.isValid())
        reader.fail(key, QStringLiteral("json.type"), tr("Expected a date such as 2026-11-01."));
    return date;
}

/// {"minor": 8000, "currency": "USD"} in the report's currency; null only where `nullable`.
std::optional<Money> readMoney(JsonObjectReader &reader, QStringView key, Currency currency, bool nullable)
{
    const QJsonValue value = reader.json().value(key);
    if (nullable && value.isNull())
        return std::nullopt;
    if (!value.isObject()) {
        reader.fail(key, value.isUndefined() ? QStringLiteral("json.missing") : QStringLiteral("json.type"),
                    tr("Expected an amount such as {\"minor\": 8000, \"currency\": \"USD\"}."));
        return std::nullopt;
    }
    Result<Money> money = Money::fromJson(value.toObject());
    if (!money) {
        reader.fail(key, money.error().code, money.error().message);
        return std::nullopt;
    }
    if (!(money->currency() == currency)) {
        reader.fail(key, QStringLiteral("report.currency"),
                    tr("The amount is in %1, the report in %2.").arg(money->currency().code(), currency.code()));
        return std::nullopt;
    }
    if (money->isNegative()) {
        reader.fail(key, QStringLiteral("json.range"), tr("Must not be negative."));
        return std::nullopt;
    }
    return *money;
}

QList<BudgetReport::Share> readShares(JsonObjectReader &reader, const QString &key, const QString &idKey, Currency currency)
{
    QList<BudgetReport::Share> shares;
    const QJsonArray array = reader.requiredArray(key);
    for (qsizetype i = 0; i < array.size(); ++i) {
        JsonObjectReader item = reader.arrayObject(array, key, i);
        const QString id = item.requiredString(idKey);
        const qint64 minor = item.requiredInteger(u"minor", 0, Money::MaxMinor);
        shares.append({id, Money(minor, currency)});
    }
    return shares;
}

} // namespace

Result<BudgetReport> BudgetReport::fromJson(const QJsonObject &json)
{
    BudgetReport report;
    JsonObjectReader reader(json);
    report.m_team = reader.requiredString(u"team");
    JsonObjectReader period = reader.object(QStringLiteral("period"), true);
    report.m_from = requiredDate(period, u"from");
    report.m_to = requiredDate(period, u"to");
    report.m_unit = period.optionalString(u"unit", QStringLiteral("month"));
    const QString code = reader.requiredString(u"currency");
    if (const std::optional<Currency> currency = Currency::fromCode(code))
        report.m_currency = *currency;
    else if (!code.isEmpty())
        reader.fail(u"currency", QStringLiteral("money.unknown_currency"), tr("Unknown currency \"%1\".").arg(code.left(16)));
    if (reader.failed())
        return *reader.error(); // the amounts below are checked against the currency

    if (!reader.has(u"budget"))
        reader.fail(u"budget", QStringLiteral("json.missing"), tr("Required member is missing; expected an amount or null."));
    report.m_budget = readMoney(reader, u"budget", report.m_currency, true);
    report.m_spent = readMoney(reader, u"spent", report.m_currency, false).value_or(Money());
    report.m_pending = readMoney(reader, u"pending", report.m_currency, false).value_or(Money());

    const QString agentsKey = QStringLiteral("by_agent");
    const QJsonArray agents = reader.requiredArray(agentsKey);
    for (qsizetype i = 0; i < agents.size(); ++i) {
        JsonObjectReader item = reader.arrayObject(agents, agentsKey, i);
        Agent agent;
        agent.userId = item.requiredString(u"user_id");
        agent.username = item.requiredString(u"username");
        if (!item.has(u"display_name"))
            item.fail(u"display_name", QStringLiteral("json.missing"), tr("Required member is missing; expected a string."));
        agent.displayName = item.optionalString(u"display_name");
        agent.role = item.optionalString(u"role");
        agent.spent = Money(item.requiredInteger(u"spent_minor", 0, Money::MaxMinor), report.m_currency);
        agent.today = Money(item.requiredInteger(u"today_minor", 0, Money::MaxMinor), report.m_currency);
        if (!item.has(u"daily_budget_minor"))
            item.fail(u"daily_budget_minor", QStringLiteral("json.missing"), tr("Required member is missing; expected a number or null."));
        if (const std::optional<qint64> daily = item.optionalInteger(u"daily_budget_minor", 0, Money::MaxMinor))
            agent.dailyBudget = Money(*daily, report.m_currency);
        report.m_agents.append(agent);
    }
    report.m_byTier = readShares(reader, QStringLiteral("by_tier"), QStringLiteral("tier"), report.m_currency);
    report.m_byCategory = readShares(reader, QStringLiteral("by_category"), QStringLiteral("category"), report.m_currency);
    if (reader.failed())
        return *reader.error();
    return report;
}

std::optional<Money> BudgetReport::left() const
{
    if (!m_budget)
        return std::nullopt;
    // All three are within ±2^53 and non-negative, so the difference cannot overflow.
    return Money(m_budget->minor() - m_spent.minor() - m_pending.minor(), m_currency);
}

BudgetReport::Level BudgetReport::level() const
{
    if (!m_budget)
        return Level::Normal;
    if (m_spent.minor() > m_budget->minor())
        return Level::Over;
    // spent + pending >= 80 % of budget, in integers: 5 × (spent + pending) >= 4 × budget.
    if (5 * (m_spent.minor() + m_pending.minor()) >= 4 * m_budget->minor())
        return Level::Warning;
    return Level::Normal;
}

} // namespace redress
