#pragma once

#include "money.h"

namespace redress {

/// Writes an amount the way a customer reading the given language expects it.
/// English: symbol before, "," thousands, "." decimals — "$1,234.50", "€80.00", "CHF 80.00".
/// Spanish: amount, space, symbol after, "." thousands from five integer digits, "," decimals —
/// "80,00 US$", "1234,50 €", "12.345,00 MXN" (CLDR's forms for "es"). Any other language uses English forms.
/// A plain space, not CLDR's no-break space: a no-break space would push an SMS out of the GSM alphabet.
class MoneyFormatter
{
public:
    static QString format(const Money &money, QStringView language);
};

} // namespace redress
