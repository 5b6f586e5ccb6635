#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace redress {

/// An ISO 4217 currency: its three-letter code and the number of digits after the decimal point.
/// Small and trivially copyable so that Money stays cheap in the policy engine's hot path.
class Currency
{
public:
    /// An invalid currency (no code); Money made without a currency has it, and mixes with nothing.
    Currency() = default;

    /// The currency for an active ISO 4217 code (upper case), or nothing for an unknown code.
    static std::optional<Currency> fromCode(QStringView code);

    bool isValid() const { return m_packed != 0; }
    QString code() const;
    /// Digits of the minor unit: 2 for USD, 0 for JPY, 3 for KWD.
    int exponent() const { return m_exponent; }

    friend bool operator==(Currency a, Currency b) { return a.m_packed == b.m_packed; }

private:
    Currency(quint32 packed, int exponent) : m_packed(packed), m_exponent(static_cast<quint8>(exponent)) {}

    quint32 m_packed = 0; // three ASCII letters
    quint8 m_exponent = 2;
};

} // namespace redress
