#include "recoverytemplate.h"

#include "jsondocumentparser.h"
#include "jsonobjectreader.h"

#include <QCoreApplication>

#include <algorithm>

namespace redress {
namespace {

bool isLower(QChar c)
{
    return c >= u'a' && c <= u'z';
}

bool isUpper(QChar c)
{
    return c >= u'A' && c <= u'Z';
}

bool isDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

} // namespace

bool RecoveryTemplate::isLocaleTag(QStringView locale)
{
    const QList<QStringView> parts = locale.split(u'-');
    if (parts.size() > 3)
        return false;
    const QStringView language = parts.first();
    if (language.size() < 2 || language.size() > 3 || !std::all_of(language.begin(), language.end(), isLower))
        return false;
    bool seenScript = false;
    bool seenRegion = false;
    for (qsizetype i = 1; i < parts.size(); ++i) {
        const QStringView part = parts[i];
        const bool script = part.size() == 4 && isUpper(part[0])
                            && std::all_of(part.begin() + 1, part.end(), isLower);
        const bool region = (part.size() == 2 && isUpper(part[0]) && isUpper(part[1]))
                            || (part.size() == 3 && std::all_of(part.begin(), part.end(), isDigit));
        if (script && !seenScript && !seenRegion)
            seenScript = true;
        else if (region && !seenRegion)
            seenRegion = true;
        else
            return false;
    }
    return true;
}

QStringList RecoveryTemplate::localeFallbacks(QStringView locale)
{
    // Customers' locales come from other systems: accept "es_MX" and "es-mx" and normalise the case.
    QStringList parts = locale.trimmed().toString().replace(u'_', u'-').split(u'-', Qt::SkipEmptyParts);
    for (qsizetype i = 0; i < parts.size(); ++i) {
        if (i == 0)
            parts[i] = parts[i].toLower();
        else if (parts[i].size() == 4)
            parts[i] = parts[i].left(1).toUpper() + parts[i].mid(1).toLower();
        else
            parts[i] = parts[i].toUpper();
    }
    QStringList chain;
    for (qsizetype n = parts.size(); n > 0; --n)
        chain.append(parts.first(n).join(u'-'));
    if (!chain.contains(QLatin1String("en")))
        chain.append(QStringLiteral("en"));
    return chain;
}

const TemplateVariant *RecoveryTemplate::variant(Channel channel, QStringView locale) const
{
    for (const TemplateVariant &candidate : m_variants) {
        if (candidate.channel() == channel && candidate.locale() == locale)
            return &candidate;
    }
    return nullptr;
}

const TemplateVariant *RecoveryTemplate::selectVariant(Channel channel, QStringView locale) const
{
    const QStringList chain = localeFallbacks(locale);
    for (const QString &candidate : chain) {
        if (const TemplateVariant *found = variant(channel, candidate))
            return found;
    }
    return nullptr;
}

const TemplateVariant *RecoveryTemplate::firstVariant(Channel channel) const
{
    for (const TemplateVariant &candidate : m_variants) {
        if (candidate.channel() == channel)
            return &candidate;
    }
    return nullptr;
}

Result<RecoveryTemplate> RecoveryTemplate::parse(QByteArrayView bytes)
{
    Result<QJsonObject> document = JsonDocumentParser::parse(bytes);
    if (!document)
        return document.error();
    return fromJson(document.value());
}

Result<RecoveryTemplate> RecoveryTemplate::fromJson(const QJsonObject &document)
{
    JsonObjectReader reader(document);
    RecoveryTemplate result;
    reader.rejectUnknownMembers({QLatin1String("format"), QLatin1String("id"), QLatin1String("version"), QLatin1String("title"),
                                 QLatin1String("categories"), QLatin1String("variants")});
    result.m_id = reader.requiredId(u"id");
    result.m_version = int(reader.requiredInteger(u"version", 1, 1000000));
    result.m_title = reader.requiredString(u"title");
    result.m_categories = reader.optionalStringList(u"categories");
    const QJsonArray variants = reader.requiredArray(u"variants");
    if (reader.failed())
        return *reader.error();
    if (variants.isEmpty()) {
        return Error{QStringLiteral("template.no_variants"),
                     QCoreApplication::translate("RecoveryTemplate", "A template needs at least one variant."),
                     reader.pointerTo(u"variants")};
    }
    if (variants.size() > kMaxVariants) {
        return Error{QStringLiteral("template.too_many_variants"),
                     QCoreApplication::translate("RecoveryTemplate", "%1 variants; a template has at most %2.")
                         .arg(variants.size())
                         .arg(kMaxVariants),
                     reader.pointerTo(u"variants")};
    }

    result.m_variants.reserve(variants.size());
    for (qsizetype i = 0; i < variants.size(); ++i) {
        JsonObjectReader item = reader.arrayObject(variants, u"variants", i);
        if (item.failed())
            return *item.error();
        item.rejectUnknownMembers({QLatin1String("channel"), QLatin1String("locale"), QLatin1String("subject"), QLatin1String("body")});
        const QString channelText = item.requiredString(u"channel");
        const QString locale = item.requiredString(u"locale");
        if (item.failed())
            return *item.error();
        const std::optional<Channel> channel = channelFromId(channelText);
        if (!channel) {
            return Error{QStringLiteral("template.channel"),
                         QCoreApplication::translate("RecoveryTemplate", "Unknown channel \"%1\"; expected email, chat or sms.")
                             .arg(channelText.left(40)),
                         item.pointerTo(u"channel")};
        }
        if (!isLocaleTag(locale)) {
            return Error{QStringLiteral("template.locale"),
                         QCoreApplication::translate("RecoveryTemplate",
                                                     "\"%1\" is not a locale tag such as en, es or es-MX.")
                             .arg(locale.left(40)),
                         item.pointerTo(u"locale")};
        }
        if (const TemplateVariant *earlier = result.variant(*channel, locale)) {
            return Error{QStringLiteral("template.duplicate_variant"),
                         QCoreApplication::translate("RecoveryTemplate",
                                                     "A second %1 variant for \"%2\" (the first is /variants/%3); each "
                                                     "channel and locale has one variant.")
                             .arg(channelId(*channel), locale)
                             .arg(earlier - result.m_variants.constData()),
                         item.pointer()};
        }

        std::optional<TemplateText> subject;
        if (*channel == Channel::Email) {
            const QString subjectText = item.requiredString(u"subject");
            if (item.failed())
                return *item.error();
            Result<TemplateText> compiled = TemplateText::compile(subjectText, item.pointerTo(u"subject"), true);
            if (!compiled)
                return compiled.error();
            subject = std::move(compiled).value();
        } else if (item.has(u"subject")) {
            return Error{QStringLiteral("template.subject"),
                         QCoreApplication::translate("RecoveryTemplate", "Only email messages have a subject."),
                         item.pointerTo(u"subject")};
        }

        const QString bodyText = item.requiredString(u"body");
        if (item.failed())
            return *item.error();
        Result<TemplateText> body = TemplateText::compile(bodyText, item.pointerTo(u"body"));
        if (!body)
            return body.error();
        const qsizetype limit = channelLengthLimit(*channel);
        if (body->literalLength() > limit) {
            return Error{QStringLiteral("template.too_long"),
                         QCoreApplication::translate("RecoveryTemplate",
                                                     "The text is %1 characters before any placeholder is filled; "
                                                     "the %2 limit is %3.")
                             .arg(body->literalLength())
                             .arg(channelLabel(*channel))
                             .arg(limit),
                         item.pointerTo(u"body")};
        }
        result.m_variants.append(TemplateVariant(*channel, locale, std::move(subject), std::move(body).value()));
    }
    return result;
}

} // namespace redress
