#include "templatetext.h"

#include "textposition.h"

#include <QCoreApplication>
#include <QSet>

#include <array>
#include <optional>

namespace redress {
namespace {

struct FilterEntry
{
    const char *name;
    TemplateText::FilterKind kind;
};

constexpr std::array kFilters = std::to_array<FilterEntry>({
    {"upper", TemplateText::FilterKind::Upper},
    {"lower", TemplateText::FilterKind::Lower},
    {"capitalize", TemplateText::FilterKind::Capitalize},
    {"default", TemplateText::FilterKind::Default},
    {"money", TemplateText::FilterKind::Money},
    {"truncate", TemplateText::FilterKind::Truncate},
    {"date", TemplateText::FilterKind::Date},
});

bool isSpace(QChar c)
{
    return c == u' ' || c == u'\t' || c == u'\n' || c == u'\r';
}

bool isKeyStart(QChar c)
{
    return c >= u'a' && c <= u'z';
}

bool isKeyChar(QChar c)
{
    return isKeyStart(c) || (c >= u'0' && c <= u'9') || c == u'_';
}

// Characters that may belong to a path someone meant to write, so that "firstName" is reported whole.
bool isPathLike(QChar c)
{
    return c.isLetterOrNumber() || c == u'_' || c == u'.' || c == u'-';
}

/// Parses the placeholders of one field. Positions in errors are 1-based line and column (in characters)
/// inside the field, because that is what an author sees in an editor.
class Parser
{
public:
    Parser(const QString &source, const QString &where) : m_source(source), m_where(where) {}

    Error error(const QString &code, const QString &message) const { return Error{code, message, m_where}; }

    QString position(qsizetype offset) const { return lineAndColumn(QStringView(m_source), offset); }

    Error unterminated(qsizetype open) const
    {
        return error(QStringLiteral("template.unterminated"),
                     QCoreApplication::translate("TemplateText", "\"{{\" at %1 is never closed with \"}}\".")
                         .arg(position(open)));
    }

    // A syntax error inside a placeholder that has no "}}" of its own is reported as the missing "}}",
    // which is what the author has to fix.
    Error syntaxError(qsizetype open, const Error &specific) const
    {
        const qsizetype close = m_source.indexOf(QLatin1String("}}"), open + 2);
        const qsizetype nextOpen = m_source.indexOf(QLatin1String("{{"), open + 2);
        if (close < 0 || (nextOpen >= 0 && nextOpen < close))
            return unterminated(open);
        return specific;
    }

    void skipSpaces()
    {
        while (m_pos < m_source.size() && isSpace(m_source[m_pos]))
            ++m_pos;
    }

    bool atEnd() const { return m_pos >= m_source.size(); }
    /// Where the last placeholder() ended.
    qsizetype end() const { return m_pos; }
    bool atClose() const { return QStringView(m_source).mid(m_pos).startsWith(u"}}"); }

    QString shown(qsizetype from, qsizetype length) const { return m_source.mid(from, qMin(length, qsizetype(40))); }

    /// Parses from just after "{{" to just after "}}".
    Result<TemplateText::Placeholder> placeholder(qsizetype open)
    {
        m_pos = open + 2;
        skipSpaces();
        if (atEnd())
            return unterminated(open);
        if (atClose()) {
            return syntaxError(open, error(QStringLiteral("template.empty_placeholder"),
                                           QCoreApplication::translate("TemplateText", "Empty placeholder at %1.")
                                               .arg(position(open))));
        }

        TemplateText::Placeholder result;
        const qsizetype pathStart = m_pos;
        while (!atEnd() && isPathLike(m_source[m_pos]))
            ++m_pos;
        result.path = m_source.mid(pathStart, m_pos - pathStart);
        if (result.path.isEmpty()) {
            return syntaxError(open, error(QStringLiteral("template.path"),
                                           QCoreApplication::translate("TemplateText",
                                                                       "Expected a path such as customer.first_name at %1, "
                                                                       "found \"%2\".")
                                               .arg(position(pathStart), shown(pathStart, 1))));
        }
        result.keys = result.path.split(u'.');
        bool validPath = result.keys.size() <= TemplateText::kMaxPathDepth;
        for (const QString &key : std::as_const(result.keys)) {
            validPath = validPath && !key.isEmpty() && key.size() <= 64 && isKeyStart(key[0]);
            for (QChar c : key)
                validPath = validPath && isKeyChar(c);
        }
        if (!validPath) {
            return error(QStringLiteral("template.path"),
                         QCoreApplication::translate("TemplateText",
                                                     "\"%1\" at %2 is not a valid path: use up to %3 dot-separated "
                                                     "snake_case keys such as customer.first_name.")
                             .arg(result.path.left(80), position(pathStart))
                             .arg(TemplateText::kMaxPathDepth));
        }

        for (;;) {
            skipSpaces();
            if (atEnd())
                return unterminated(open);
            if (atClose()) {
                m_pos += 2;
                return result;
            }
            if (m_source[m_pos] != u'|') {
                return syntaxError(open, error(QStringLiteral("template.syntax"),
                                               QCoreApplication::translate("TemplateText",
                                                                           "Unexpected \"%1\" at %2; expected \"|\" "
                                                                           "or \"}}\".")
                                                   .arg(shown(m_pos, 1), position(m_pos))));
            }
            ++m_pos;
            skipSpaces();
            if (result.filters.size() >= TemplateText::kMaxFilters) {
                return error(QStringLiteral("template.filter"),
                             QCoreApplication::translate("TemplateText", "More than %1 filters in the placeholder at %2.")
                                 .arg(TemplateText::kMaxFilters)
                                 .arg(position(open)));
            }
            Result<TemplateText::Filter> parsed = filter(open);
            if (!parsed)
                return parsed.error();
            result.filters.append(std::move(parsed).value());
        }
    }

private:
    Result<TemplateText::Filter> filter(qsizetype open)
    {
        const qsizetype nameStart = m_pos;
        while (!atEnd() && isPathLike(m_source[m_pos]))
            ++m_pos;
        const QString name = m_source.mid(nameStart, m_pos - nameStart);
        if (name.isEmpty()) {
            return syntaxError(open, error(QStringLiteral("template.filter"),
                                           QCoreApplication::translate("TemplateText",
                                                                       "Expected a filter name after \"|\" at %1.")
                                               .arg(position(nameStart))));
        }
        std::optional<TemplateText::FilterKind> kind;
        for (const FilterEntry &entry : kFilters) {
            if (name == QLatin1String(entry.name))
                kind = entry.kind;
        }
        if (!kind) {
            return error(QStringLiteral("template.unknown_filter"),
                         QCoreApplication::translate("TemplateText", "Unknown filter \"%1\" at %2; known filters: %3.")
                             .arg(name.left(40), position(nameStart), TemplateText::filterNames()));
        }

        TemplateText::Filter result;
        result.kind = *kind;
        skipSpaces();
        std::optional<QString> text;
        std::optional<qsizetype> number;
        bool hasArgument = false;
        if (!atEnd() && m_source[m_pos] == u':') {
            hasArgument = true;
            ++m_pos;
            skipSpaces();
            if (!atEnd() && m_source[m_pos] == u'"') {
                Result<QString> literal = stringLiteral(open);
                if (!literal)
                    return literal.error();
                text = std::move(literal).value();
            } else {
                const qsizetype digitsStart = m_pos;
                while (!atEnd() && m_source[m_pos] >= u'0' && m_source[m_pos] <= u'9')
                    ++m_pos;
                const QStringView digits = QStringView(m_source).mid(digitsStart, m_pos - digitsStart);
                // Six digits are enough for any limit and keep the conversion from overflowing.
                if (!digits.isEmpty() && digits.size() <= 6)
                    number = digits.toLongLong();
                else if (digits.size() > 6)
                    number = TemplateText::kMaxTruncate + 1;
            }
        }

        const QString filterText = TemplateText::filterName(result.kind);
        switch (result.kind) {
        case TemplateText::FilterKind::Default:
            if (!text) {
                return error(QStringLiteral("template.filter_argument"),
                             QCoreApplication::translate("TemplateText",
                                                         "The filter \"default\" at %1 needs a quoted text, such as "
                                                         "default: \"there\".")
                                 .arg(position(nameStart)));
            }
            result.text = *text;
            break;
        case TemplateText::FilterKind::Truncate:
            if (!number || *number < 1 || *number > TemplateText::kMaxTruncate) {
                return error(QStringLiteral("template.filter_argument"),
                             QCoreApplication::translate("TemplateText",
                                                         "The filter \"truncate\" at %1 needs a whole number of "
                                                         "characters from 1 to %2, such as truncate: 40.")
                                 .arg(position(nameStart))
                                 .arg(TemplateText::kMaxTruncate));
            }
            result.count = *number;
            break;
        default:
            if (hasArgument) {
                return error(QStringLiteral("template.filter_argument"),
                             QCoreApplication::translate("TemplateText", "The filter \"%1\" at %2 takes no argument.")
                                 .arg(filterText, position(nameStart)));
            }
            break;
        }
        return result;
    }

    /// A double-quoted text; \" and \\ are the only escapes, so that a quote can appear in a default.
    Result<QString> stringLiteral(qsizetype open)
    {
        const qsizetype start = m_pos;
        ++m_pos;
        QString text;
        while (!atEnd()) {
            const QChar c = m_source[m_pos];
            if (c == u'"') {
                ++m_pos;
                return text;
            }
            if (c == u'\\') {
                if (m_pos + 1 < m_source.size() && (m_source[m_pos + 1] == u'"' || m_source[m_pos + 1] == u'\\')) {
                    text.append(m_source[m_pos + 1]);
                    m_pos += 2;
                    continue;
                }
                return error(QStringLiteral("template.syntax"),
                             QCoreApplication::translate("TemplateText",
                                                         "Unknown escape at %1; only \\\" and \\\\ are allowed in a "
                                                         "quoted text.")
                                 .arg(position(m_pos)));
            }
            text.append(c);
            ++m_pos;
        }
        return syntaxError(open, error(QStringLiteral("template.syntax"),
                                       QCoreApplication::translate("TemplateText", "The text quoted at %1 is never closed.")
                                           .arg(position(start))));
    }

    const QString &m_source;
    const QString &m_where;
    qsizetype m_pos = 0;
};

} // namespace

Result<TemplateText> TemplateText::compile(const QString &source, const QString &where, bool singleLine)
{
    Parser parser(source, where);
    // Bound the work a field can cause before looking inside it: a document of 16 MiB could otherwise hold
    // over a million placeholders, and every later step (paths, rendering, the unresolved list) grows with them.
    const qsizetype length = codePointCount(source);
    if (length > kMaxSourceLength) {
        return parser.error(QStringLiteral("template.too_long"),
                            QCoreApplication::translate("TemplateText", "The text is %1 characters; a field holds at most %2.")
                                .arg(length)
                                .arg(kMaxSourceLength));
    }

    if (singleLine) {
        for (qsizetype i = 0; i < source.size(); ++i) {
            if (source[i] == u'\n' || source[i] == u'\r') {
                return parser.error(QStringLiteral("template.line_break"),
                                    QCoreApplication::translate("TemplateText", "A subject is one line; found a line "
                                                                                "break at %1.")
                                        .arg(parser.position(i)));
            }
        }
    }

    TemplateText text;
    text.m_source = source;
    qsizetype pos = 0;
    const auto addLiteral = [&text](QString literal) {
        if (literal.isEmpty())
            return;
        text.m_literalLength += codePointCount(literal);
        text.m_segments.append(Segment{std::move(literal), -1});
    };
    for (;;) {
        const qsizetype open = source.indexOf(QLatin1String("{{"), pos);
        if (open < 0) {
            addLiteral(source.mid(pos));
            break;
        }
        addLiteral(source.mid(pos, open - pos));
        if (text.m_placeholders.size() >= kMaxPlaceholders) {
            return parser.error(QStringLiteral("template.too_many_placeholders"),
                                QCoreApplication::translate("TemplateText",
                                                            "The placeholder at %1 is one too many: a field holds at "
                                                            "most %2 placeholders.")
                                    .arg(parser.position(open))
                                    .arg(kMaxPlaceholders));
        }
        Result<Placeholder> placeholder = parser.placeholder(open);
        if (!placeholder)
            return placeholder.error();
        text.m_segments.append(Segment{{}, text.m_placeholders.size()});
        text.m_placeholders.append(std::move(placeholder).value());
        pos = parser.end();
    }
    return text;
}

QStringList TemplateText::placeholderPaths() const
{
    QStringList paths;
    QSet<QString> seen;
    for (const Placeholder &placeholder : m_placeholders) {
        if (!seen.contains(placeholder.path)) {
            seen.insert(placeholder.path);
            paths.append(placeholder.path);
        }
    }
    return paths;
}

QString TemplateText::filterName(FilterKind kind)
{
    for (const FilterEntry &entry : kFilters) {
        if (entry.kind == kind)
            return QLatin1String(entry.name);
    }
    return {};
}

QString TemplateText::filterNames()
{
    QStringList names;
    for (const FilterEntry &entry : kFilters)
        names.append(QLatin1String(entry.name));
    return names.join(QLatin1String(", "));
}

} // namespace redress
