#include "searchquery.h"

namespace redress {
namespace {

bool hasTokenCharacter(QStringView word)
{
    for (qsizetype i = 0; i < word.size(); ++i) {
        // unicode61 keeps letters and numbers (and their combining marks); everything else separates tokens.
        const char32_t c = word.at(i).isHighSurrogate() && i + 1 < word.size() && word.at(i + 1).isLowSurrogate()
                               ? QChar::surrogateToUcs4(word.at(i), word.at(i + 1))
                               : char32_t(word.at(i).unicode());
        if (QChar::isLetterOrNumber(c))
            return true;
    }
    return false;
}

} // namespace

QStringList SearchQuery::tokens(QStringView text)
{
    QStringList words;
    qsizetype start = -1;
    auto take = [&](qsizetype end) {
        QStringView word = text.mid(start, end - start);
        if (word.size() > kMaxTokenLength) {
            // Never cut a surrogate pair in half.
            qsizetype cut = kMaxTokenLength;
            if (word.at(cut - 1).isHighSurrogate())
                --cut;
            word = word.left(cut);
        }
        if (hasTokenCharacter(word) && words.size() < kMaxTokens)
            words.append(word.toString());
        start = -1;
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i).isSpace() || text.at(i).category() == QChar::Other_Control) {
            if (start >= 0)
                take(i);
        } else if (start < 0) {
            start = i;
        }
    }
    if (start >= 0)
        take(text.size());
    return words;
}

QString SearchQuery::matchExpression(QStringView text)
{
    QString expression;
    const QStringList words = tokens(text);
    for (const QString &word : words) {
        if (!expression.isEmpty())
            expression += QLatin1Char(' ');
        QString quoted = word;
        quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
        expression += QLatin1Char('"') + quoted + QLatin1String("\"*");
    }
    return expression;
}

} // namespace redress
