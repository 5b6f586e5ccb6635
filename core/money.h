#pragma once

#include "currency.h"
#include "result.h"

#include <QJsonObject>

#include <compare>

namespace redress {

/// An amount of money: an integer count of minor units and an ISO 4217 currency. Never a double.
/// Arithmetic is checked: mixing currencies or overflowing 64 bits gives an Error, never a wrong number.
class Money
{
public:
    /// Zero in no currency: a placeholder for "not set" that combines with no real amount.
    Money() = default;
    Money(qint64 minor, Currency currency) : m_minor(minor), m_currency(currency) {}

    /// Parses a decimal such as "80", "80.5" or "-0.25" in the given currency.
    /// Rejects more decimals than the currency has, exponents, thousands separators and overflow.
    static Result<Money> parse(QStringView decimal, QStringView currencyCode);
    static Result<Money> parse(QStringView decimal, Currency currency);
    /// Parses "USD 80.00" (code, space, decimal).
    static Result<Money> parseWithCode(QStringView text);
    /// Reads {"minor": 8000, "currency": "USD"}; minor must be an integer that a double holds exactly.
    static Result<Money> fromJson(const QJsonObject &object);

    qint64 minor() const { return m_minor; }
    Currency currency() const { return m_currency; }
    bool isNegative() const { return m_minor < 0; }
    bool isZero() const { return m_minor == 0; }

    Result<Money> plus(const Money &other) const;
    Result<Money> minus(const Money &other) const;
    /// Multiplies by an integer factor, e.g. a count of nights.
    Result<Money> times(qint64 factor) const;

    /// "80.00"
    QString toDecimalString() const;
    /// "USD 80.00", the form used in verdicts and logs.
    QString toString() const;
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
