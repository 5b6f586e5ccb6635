#pragma once

#include "result.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace redress {

/// One compiled template field (a subject or a body): literal text and placeholders, parsed once so that
/// rendering never looks at the template grammar again.
///
/// Grammar: `{{ path | filter | filter: "argument" | truncate: 40 }}`, where path is dot-separated
/// snake_case keys (`customer.first_name`). Whitespace inside the braces is ignored. `{{` always opens a
/// placeholder; a `}}` outside one is literal text.
class TemplateText
{
public:
    enum class FilterKind : quint8 { Upper, Lower, Capitalize, Default, Money, Truncate, Date };

    struct Filter
    {
        FilterKind kind = FilterKind::Upper;
        QString text;        ///< the argument of `default`
        qsizetype count = 0; ///< the argument of `truncate`
    };

    struct Placeholder
    {
        QString path;        ///< "customer.first_name", as shown in unresolved lists
        QStringList keys;    ///< {"customer", "first_name"}
        QList<Filter> filters;
    };

    /// A literal run of text, or (when `placeholder` >= 0) an index into placeholders().
    struct Segment
    {
        QString literal;
        qsizetype placeholder = -1;
    };

    /// Longest path, in keys: the render context is at most this deep where templates read it.
    static constexpr int kMaxPathDepth = 8;
    /// Longest filter chain on one placeholder.
    static constexpr int kMaxFilters = 16;
    /// Largest `truncate` argument: the longest text any channel accepts.
    static constexpr qsizetype kMaxTruncate = 20000;
    /// Longest field source, in characters (code points): over three times the longest message any channel
    /// accepts, so placeholders and filters have room, and a bound on the work one field can cause.
    static constexpr qsizetype kMaxSourceLength = 64 * 1024;
    /// Most placeholders in one field; a real message uses a few dozen at most.
    static constexpr qsizetype kMaxPlaceholders = 500;

    /// Compiles `source`. Errors carry `where` (the field's JSON pointer, e.g. /variants/2/body) and name the
    /// line and column inside the field. A `singleLine` field (an email subject) refuses line breaks.
    /// A source over kMaxSourceLength is `template.too_long`; more than kMaxPlaceholders placeholders is
    /// `template.too_many_placeholders`; so compiling, listing paths and rendering stay linear and small.
    static Result<TemplateText> compile(const QString &source, const QString &where, bool singleLine = false);

    const QString &source() const { return m_source; }
    const QList<Segment> &segments() const { return m_segments; }
    const QList<Placeholder> &placeholders() const { return m_placeholders; }
    /// Every distinct path, in order of first use.
    QStringList placeholderPaths() const;
    /// Characters (code points) of literal text: a floor for the rendered length.
    qsizetype literalLength() const { return m_literalLength; }

    static QString filterName(FilterKind kind);
    /// "upper, lower, capitalize, default, money, truncate, date"
    static QString filterNames();

private:
    QString m_source;
    QList<Segment> m_segments;
    QList<Placeholder> m_placeholders;
    qsizetype m_literalLength = 0;
};

} // namespace redress
