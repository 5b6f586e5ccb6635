#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>

namespace redress {

/// Turns what an agent types into a safe FTS5 MATCH expression: every word becomes a quoted prefix phrase
/// ("bell"* "555"*), so FTS5 operators (OR, NOT, NEAR, column filters, `*`, `^`, `-`) typed by a person are
/// searched for as text and can never make the query fail. Words are ANDed, as search boxes do.
class SearchQuery
{
public:
    /// More words than this add no precision and only cost time; the rest is ignored.
    static constexpr int kMaxTokens = 16;
    /// A word longer than this is cut: no name, e-mail, phone or reference is longer.
    static constexpr int kMaxTokenLength = 64;

    /// The words of `text` that FTS5's unicode61 tokenizer would find anything in: split at white space, and a
    /// word made only of punctuation or symbols (`"`, `*`, `-`, an emoji) is dropped, because as a phrase it has
    /// no token and would match nothing, emptying the whole AND.
    static QStringList tokens(QStringView text);
    /// The MATCH expression for `text`; empty when there is nothing to search for (run no query then).
    static QString matchExpression(QStringView text);
};

} // namespace redress
