#include "moneyformatter.h"

#include <array>

namespace redress {
namespace {

struct Symbol
{
    const char *code;
    const char16_t *english;
    const char16_t *spanish;
};

// Where a currency has no symbol of its own in a language, its ISO code is shown.
constexpr std::array kSymbols = std::to_array<Symbol>({
    {"USD", u"$", u"US$"},
    {"EUR", u"€", u"€"},
    {"GBP", u"£", u"GBP"},
    {"JPY", u"¥", u"JPY"},
    {"CAD", u"CA$", u"CAD"},
    {"MXN", u"MX$", u"MXN"},
    {"AUD", u"A$", u"AUD"},
});

QString symbolFor(const Money &money, bool spanish, bool *isCode)
{
    const QString code = money.currency().code();
    for (const Symbol &symbol : kSymbols) {
        if (code == QLatin1String(symbol.code)) {
            const QString text = QString::fromUtf16(spanish ? symbol.spanish : symbol.english);
            *isCode = text == code;
            return text;
        }
    }
    *isCode = true;
    return code;
}

} // namespace

QString MoneyFormatter::format(const Money &money, QStringView language)
{
    const bool spanish = language == u"es";
    QString digits = money.toDecimalString();
    const bool negative = digits.startsWith(u'-');
    if (negative)
        digits.remove(0, 1);
    const qsizetype dot = digits.indexOf(u'.');
    QString integer = dot < 0 ? digits : digits.left(dot);
    const QString fraction = dot < 0 ? QString() : digits.mid(dot + 1);

    const QChar groupSeparator = spanish ? u'.' : u',';
    // Spanish groups only from five integer digits: "1234,50" but "12.345,50".
    const qsizetype minimumForGrouping = spanish ? 5 : 4;
    if (integer.size() >= minimumForGrouping) {
        for (qsizetype at = integer.size() - 3; at > 0; at -= 3)
            integer.insert(at, groupSeparator);
    }
    QString amount = integer;
    if (!fraction.isEmpty())
        amount += (spanish ? u',' : u'.') + fraction;

    bool isCode = false;
    const QString symbol = symbolFor(money, spanish, &isCode);
    const QString sign = negative ? QStringLiteral("-") : QString();
    if (spanish)
        return sign + amount + u' ' + symbol;
    return sign + symbol + (isCode ? QStringLiteral(" ") : QString()) + amount;
}

} // namespace redress
