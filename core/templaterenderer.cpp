#include "templaterenderer.h"

#include "jsonnumber.h"

#include "moneyformatter.h"
#include "textposition.h"

#include <QCoreApplication>
#include <QDate>
#include <QSet>

#include <array>

namespace redress {
namespace {

constexpr std::array<const char16_t *, 12> kEnglishMonths{u"January", u"February", u"March",     u"April",
                                                          u"May",     u"June",     u"July",      u"August",
                                                          u"September", u"October", u"November", u"December"};
constexpr std::array<const char16_t *, 12> kSpanishMonths{u"enero", u"febrero", u"marzo",      u"abril",
                                                          u"mayo",  u"junio",   u"julio",      u"agosto",
                                                          u"septiembre", u"octubre", u"noviembre", u"diciembre"};

/// A value on its way through a filter chain.
struct Value
{
    enum Kind { Missing, Object, Text, Problem };
    Kind kind = Missing;
    QJsonValue object; // when Object
    QString text;      // the text, or the reason when Problem
};

Value problem(const QString &reason)
{
    return Value{Value::Problem, {}, reason};
}

QString objectReason()
{
    return QCoreApplication::translate("TemplateRenderer",
                                       "is an object; only an amount {minor, currency} can be shown, with | money");
}

QString numberText(double number)
{
    if (const std::optional<qint64> whole = exactInteger(number))
        return QString::number(*whole);
    return QString::number(number, 'g', QLocale::FloatingPointShortest);
}

bool isBlank(const QString &text)
{
    for (QChar c : text) {
        if (!c.isSpace())
            return false;
    }
    return true;
}

Value fromJson(const QJsonValue &json)
{
    switch (json.type()) {
    case QJsonValue::String: {
        QString text = json.toString();
        // A blank name is as good as none: "Hi ," must not go out.
        if (isBlank(text))
            return Value{};
        return Value{Value::Text, {}, std::move(text)};
    }
    case QJsonValue::Double:
        return Value{Value::Text, {}, numberText(json.toDouble())};
    case QJsonValue::Bool:
        return Value{Value::Text, {}, json.toBool() ? QStringLiteral("true") : QStringLiteral("false")};
    case QJsonValue::Array:
        return problem(QCoreApplication::translate("TemplateRenderer",
                                                   "is a list; a message can show only text, numbers and amounts"));
    case QJsonValue::Object:
        return Value{Value::Object, json, {}};
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        break;
    }
    return Value{};
}

QString capitalized(const QString &text)
{
    if (text.isEmpty())
        return text;
    const bool pair = text.size() > 1 && text[0].isHighSurrogate() && text[1].isLowSurrogate();
    const char32_t first = pair ? QChar::surrogateToUcs4(text[0], text[1]) : char32_t(text[0].unicode());
    const char32_t title = QChar::toTitleCase(first);
    if (title == first)
        return text;
    return QString::fromUcs4(&title, 1) + QStringView(text).mid(pair ? 2 : 1);
}

QString truncated(const QString &text, qsizetype count, QStringView mark)
{
    if (codePointCount(text) <= count)
        return text;
    // Keep count - |mark| characters and the mark, never splitting a surrogate pair. A limit shorter than the
    // mark itself gets a plain cut: the result never exceeds the limit.
    const qsizetype markLength = codePointCount(mark);
    const qsizetype keep = count >= markLength ? count - markLength : count;
    qsizetype index = 0;
    for (qsizetype kept = 0; kept < keep && index < text.size(); ++kept)
        index += (text[index].isHighSurrogate() && index + 1 < text.size() && text[index + 1].isLowSurrogate()) ? 2 : 1;
    const QStringView kept = QStringView(text).first(index).trimmed();
    if (count < markLength)
        return kept.toString();
    return kept + mark;
}

Value dated(const QString &text, QStringView language)
{
    // "2024-05-14" or an RFC 3339 timestamp; the calendar date is taken as written, without time-zone
    // conversion, because the sender already chose the date the customer knows.
    const QDate date = (text.size() == 10 || (text.size() > 10 && (text[10] == u'T' || text[10] == u' ')))
                           ? QDate::fromString(QStringView(text).first(10), Qt::ISODate)
                           : QDate();
    if (!date.isValid())
        return problem(QCoreApplication::translate("TemplateRenderer", "is not a date such as 2024-05-14"));
    const std::size_t month = std::size_t(date.month() - 1);
    if (language == u"es") {
        return Value{Value::Text, {},
                     QString::number(date.day()) + QLatin1String(" de ") + QString::fromUtf16(kSpanishMonths[month])
                         + QLatin1String(" de ") + QString::number(date.year())};
    }
    return Value{Value::Text, {},
                 QString::fromUtf16(kEnglishMonths[month]) + u' ' + QString::number(date.day()) + QLatin1String(", ")
                     + QString::number(date.year())};
}

Value applyFilter(Value value, const TemplateText::Filter &filter, QStringView language, QStringView truncationMark)
{
    using Kind = TemplateText::FilterKind;
    if (filter.kind == Kind::Default)
        return value.kind == Value::Missing ? Value{Value::Text, {}, filter.text} : value;
    if (value.kind == Value::Missing)
        return value; // a later default may still fill it
    if (filter.kind == Kind::Money) {
        if (value.kind != Value::Object)
            return problem(QCoreApplication::translate("TemplateRenderer", "is not an amount {minor, currency}"));
        const Result<Money> money = Money::fromJson(value.object.toObject());
        if (!money) {
            return problem(QCoreApplication::translate("TemplateRenderer", "is not an amount: %1")
                               .arg(money.error().message));
        }
        return Value{Value::Text, {}, MoneyFormatter::format(money.value(), language)};
    }
    if (value.kind == Value::Object)
        return problem(objectReason());
    switch (filter.kind) {
    case Kind::Upper:
        value.text = value.text.toUpper();
        break;
    case Kind::Lower:
        value.text = value.text.toLower();
        break;
    case Kind::Capitalize:
        value.text = capitalized(value.text);
        break;
    case Kind::Truncate:
        value.text = truncated(value.text, filter.count, truncationMark);
        break;
    case Kind::Date:
        return dated(value.text, language);
    case Kind::Default:
    case Kind::Money:
        break;
    }
    return value;
}

} // namespace

QStringView TemplateRenderer::truncationMark(Channel channel)
{
    // "…" (U+2026) is outside the GSM 7-bit alphabet: one in an SMS sends the whole text as UCS-2, 67 characters
    // per part instead of 153, so a truncated 459-character SMS would go out in seven parts, not three.
    return channel == Channel::Sms ? QStringView(u"...") : QStringView(u"…");
}

QString TemplateRenderer::unresolvedMarker(const QString &path)
{
    return QLatin1String("[[") + path + QLatin1String("]]");
}

QString TemplateRenderer::renderText(const TemplateText &text, const RenderContext &context, Channel channel,
                                     QStringView language, QList<RenderedMessage::Unresolved> &unresolved, bool singleLine)
{
    const QStringView mark = truncationMark(channel);
    // Paths already listed, so that each placeholder costs one lookup, not a scan of the list.
    QSet<QString> listed;
    listed.reserve(unresolved.size());
    for (const RenderedMessage::Unresolved &item : std::as_const(unresolved))
        listed.insert(item.path);
    const QList<TemplateText::Placeholder> &placeholders = text.placeholders();
    QString out;
    out.reserve(text.source().size() + 16 * placeholders.size());
    for (const TemplateText::Segment &segment : text.segments()) {
        if (segment.placeholder < 0) {
            out += segment.literal;
            continue;
        }
        const TemplateText::Placeholder &placeholder = placeholders[segment.placeholder];
        Value value = fromJson(context.value(placeholder.keys));
        for (const TemplateText::Filter &filter : placeholder.filters) {
            if (value.kind == Value::Problem)
                break;
            value = applyFilter(std::move(value), filter, language, mark);
        }
        if (value.kind == Value::Text) {
            if (singleLine && (value.text.contains(u'\n') || value.text.contains(u'\r'))) {
                // A line break in a subject would end the header; keep subjects one line whatever the data says.
                value.text.replace(u'\r', u' ');
                value.text.replace(u'\n', u' ');
            }
            out += value.text;
            continue;
        }
        out += unresolvedMarker(placeholder.path);
        if (listed.contains(placeholder.path))
            continue;
        listed.insert(placeholder.path);
        QString reason = value.kind == Value::Problem ? std::move(value.text)
                         : value.kind == Value::Object
                             ? objectReason()
                             : QCoreApplication::translate("TemplateRenderer", "has no value");
        unresolved.append(RenderedMessage::Unresolved{placeholder.path, std::move(reason)});
    }
    return out;
}

RenderedMessage TemplateRenderer::render(const TemplateVariant &variant, const RenderContext &context)
{
    RenderedMessage message;
    message.channel = variant.channel();
    message.locale = variant.locale();
    message.limit = variant.lengthLimit();
    if (variant.hasSubject()) {
        message.hasSubject = true;
        message.subject =
            renderText(variant.subject(), context, variant.channel(), variant.language(), message.unresolved, true);
    }
    message.text = renderText(variant.body(), context, variant.channel(), variant.language(), message.unresolved);
    message.length = codePointCount(message.text);
    return message;
}

} // namespace redress
