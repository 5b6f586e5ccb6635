#pragma once

#include "currency.h"
#include "jsonnumber.h"
#include "result.h"

#include <QJsonObject>

#include <compare>

namespace redress {

/// An amount of money: an integer count of minor units and an ISO 4217 currency. Never a double.
/// Amounts lie within ±MaxMinor minor units. Parsing and arithmetic are checked: mixing currencies or going beyond
/// that range gives an Error, never a wrong number.
class Money
{
public:
    /// The largest magnitude, in minor units: 2^53 (USD 90,071,992,547,409.92). toJson() writes the count as a JSON
    /// number, which readers hold as a double; beyond 2^53 neighbouring counts share one double, so a larger
    /// amount would not read back as written.
    static constexpr qint64 MaxMinor = kMaxExactJsonInteger;

    /// Zero in no currency: a placeholder for "not set" that combines with no real amount.
    Money() = default;
    /// Not checked: `minor` should lie within ±MaxMinor (amounts from parse(), fromJson() and the arithmetic do).
    /// Outside it, toString() is still exact but toJson() is not.
    Money(qint64 minor, Currency currency) : m_minor(minor), m_currency(currency) {}

    /// Parses a decimal such as "80", "80.5" or "-0.25" in the given currency.
    /// Rejects more decimals than the currency has, exponents, thousands separators, and amounts beyond ±MaxMinor
    /// minor units ("money.overflow").
    static Result<Money> parse(QStringView decimal, QStringView currencyCode);
    static Result<Money> parse(QStringView decimal, Currency currency);
    /// Parses "USD 80.00" (code, space, decimal).
    static Result<Money> parseWithCode(QStringView text);
    /// Reads {"minor": 8000, "currency": "USD"}; minor must be a whole number within ±MaxMinor.
    static Result<Money> fromJson(const QJsonObject &object);

    qint64 minor() const { return m_minor; }
    Currency currency() const { return m_currency; }
    bool isNegative() const { return m_minor < 0; }
    bool isZero() const { return m_minor == 0; }

    /// Results beyond ±MaxMinor are "money.overflow"; different currencies are "money.currency_mismatch".
    Result<Money> plus(const Money &other) const;
    Result<Money> minus(const Money &other) const;
    /// Multiplies by an integer factor, e.g. a count of nights.
    Result<Money> times(qint64 factor) const;

    /// "80.00"
    QString toDecimalString() const;
    /// "USD 80.00", the form used in verdicts and logs.
    QString toString() const;
    /// {"minor": 8000, "currency": "USD"}; fromJson() reads it back unchanged for every amount within ±MaxMinor.
    QJsonObject toJson() const;

    friend bool operator==(const Money &a, const Money &b)
    {
        return a.m_minor == b.m_minor && a.m_currency == b.m_currency;
    }
    /// Amounts in different currencies are unordered.
    friend std::partial_ordering operator<=>(const Money &a, const Money &b)
    {
        if (!(a.m_currency == b.m_currency))
            return std::partial_ordering::unordered;
        return a.m_minor <=> b.m_minor;
    }

private:
    qint64 m_minor = 0;
    Currency m_currency;
};

} // namespace redress
