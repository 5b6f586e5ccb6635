#include "money.h"

#include "jsonnumber.h"

#include <QCoreApplication>

#include <cmath>

namespace redress {
namespace {

Error moneyError(const QString &message)
{
    return Error{QStringLiteral("money.invalid"), message, {}};
}

Error currencyMismatch(const Money &a, const Money &b)
{
    return Error{QStringLiteral("money.currency_mismatch"),
                 QCoreApplication::translate("Money", "Cannot combine %1 with %2.")
                     .arg(a.currency().code(), b.currency().code()),
                 {}};
}

Error overflow()
{
    return Error{QStringLiteral("money.overflow"),
                 QCoreApplication::translate("Money", "The amount is too large: amounts are limited to %1 minor units "
                                                      "(2^53) either side of zero.")
                     .arg(Money::MaxMinor),
                 {}};
}

bool inRange(qint64 minor)
{
    return minor >= -Money::MaxMinor && minor <= Money::MaxMinor;
}

} // namespace

Result<Money> Money::parse(QStringView decimal, QStringView currencyCode)
{
    const std::optional<Currency> currency = Currency::fromCode(currencyCode);
    if (!currency) {
        return Error{QStringLiteral("money.unknown_currency"),
                     QCoreApplication::translate("Money", "Unknown currency \"%1\"; expected an ISO 4217 code such as USD.")
                         .arg(currencyCode.left(16)),
                     {}};
    }
    return parse(decimal, *currency);
}

Result<Money> Money::parse(QStringView decimal, Currency currency)
{
    const QStringView text = decimal.trimmed();
    const QString shown = text.left(40).toString();
    if (text.isEmpty())
        return moneyError(QCoreApplication::translate("Money", "The amount is empty."));

    qsizetype i = 0;
    const bool negative = text[0] == u'-';
    if (negative || text[0] == u'+')
        ++i;

    // Accumulate as a negative number (the negative range of qint64 is the larger one); the checked steps keep an
    // absurdly long number from wrapping before the range check below.
    qint64 value = 0;
    int integerDigits = 0;
    int fractionDigits = 0;
    bool inFraction = false;
    for (; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c == u'.' && !inFraction) {
            inFraction = true;
            continue;
        }
        if (c < u'0' || c > u'9') {
            return moneyError(QCoreApplication::translate("Money", "\"%1\" is not a decimal amount such as 80.00.")
                                  .arg(shown));
        }
        if (inFraction && ++fractionDigits > currency.exponent()) {
            return moneyError(QCoreApplication::translate("Money", "\"%1\" has more than %n decimal(s), the most %2 allows.",
                                                          nullptr, currency.exponent())
                                  .arg(shown, currency.code()));
        }
        if (!inFraction)
            ++integerDigits;
        const int digit = c.unicode() - u'0';
        if (__builtin_mul_overflow(value, qint64(10), &value) || __builtin_sub_overflow(value, qint64(digit), &value))
            return overflow();
    }
    if (integerDigits == 0 && fractionDigits == 0)
        return moneyError(QCoreApplication::translate("Money", "\"%1\" is not a decimal amount such as 80.00.").arg(shown));
    for (int pad = fractionDigits; pad < currency.exponent(); ++pad) {
        if (__builtin_mul_overflow(value, qint64(10), &value))
            return overflow();
    }
    if (value < -MaxMinor)
        return overflow();
    return Money(negative ? value : -value, currency);
}

Result<Money> Money::parseWithCode(QStringView text)
{
    const QStringView trimmed = text.trimmed();
    const qsizetype space = trimmed.indexOf(u' ');
    if (space < 0) {
        return moneyError(QCoreApplication::translate("Money", "\"%1\" is not an amount with a currency such as USD 80.00.")
                              .arg(trimmed.left(40)));
    }
    return parse(trimmed.mid(space + 1), trimmed.left(space));
}

Result<Money> Money::fromJson(const QJsonObject &object)
{
    const QJsonValue minor = object.value(QLatin1String("minor"));
    const QJsonValue currency = object.value(QLatin1String("currency"));
    if (!currency.isString())
        return moneyError(QCoreApplication::translate("Money", "\"currency\" must be a string such as \"USD\"."));
    const std::optional<Currency> parsedCurrency = Currency::fromCode(currency.toString());
    if (!parsedCurrency) {
        return Error{QStringLiteral("money.unknown_currency"),
                     QCoreApplication::translate("Money", "Unknown currency \"%1\".").arg(currency.toString().left(16)), {}};
    }
    const double number = minor.toDouble();
    if (!minor.isDouble() || !std::isfinite(number) || std::trunc(number) != number)
        return moneyError(QCoreApplication::translate("Money", "\"minor\" must be a whole number of minor units."));
    // JSON numbers are doubles: only integers up to 2^53 survive the trip exactly. Qt keeps an integer literal
    // that fits 64 bits as itself, so 2^53 + 1 must be refused here rather than read as its rounded double, 2^53.
    const std::optional<qint64> minorUnits = exactInteger(number);
    if (!minorUnits || minor.toInteger(*minorUnits) != *minorUnits)
        return overflow();
    return Money(*minorUnits, *parsedCurrency);
}

Result<Money> Money::plus(const Money &other) const
{
    if (!(m_currency == other.m_currency))
        return currencyMismatch(*this, other);
    qint64 sum = 0;
    if (__builtin_add_overflow(m_minor, other.m_minor, &sum) || !inRange(sum))
        return overflow();
    return Money(sum, m_currency);
}

Result<Money> Money::minus(const Money &other) const
{
    if (!(m_currency == other.m_currency))
        return currencyMismatch(*this, other);
    qint64 difference = 0;
    if (__builtin_sub_overflow(m_minor, other.m_minor, &difference) || !inRange(difference))
        return overflow();
    return Money(difference, m_currency);
}

Result<Money> Money::times(qint64 factor) const
{
    qint64 product = 0;
    if (__builtin_mul_overflow(m_minor, factor, &product) || !inRange(product))
        return overflow();
    return Money(product, m_currency);
}

QString Money::toDecimalString() const
{
    // Work on the unsigned magnitude so that the most negative value prints correctly.
    const bool negative = m_minor < 0;
    const quint64 magnitude = negative ? quint64(0) - quint64(m_minor) : quint64(m_minor);
    QString digits = QString::number(magnitude);
    const int exponent = m_currency.exponent();
    if (exponent > 0) {
        if (digits.size() <= exponent)
            digits.prepend(QString(exponent - digits.size() + 1, u'0'));
        digits.insert(digits.size() - exponent, u'.');
    }
    return negative ? QLatin1Char('-') + digits : digits;
}

QString Money::toString() const
{
    return m_currency.code() + QLatin1Char(' ') + toDecimalString();
}

QJsonObject Money::toJson() const
{
    return QJsonObject{{QLatin1String("minor"), double(m_minor)}, {QLatin1String("currency"), m_currency.code()}};
}

} // namespace redress
