#pragma once

#include "channel.h"
#include "templatetext.h"

#include <optional>

namespace redress {

/// One message of a recovery template: a channel and a locale ("en", "es", "es-MX"), a body and, for
/// email only, a subject. Compiled once; rendered by TemplateRenderer.
class TemplateVariant
{
public:
    TemplateVariant(Channel channel, QString locale, std::optional<TemplateText> subject, TemplateText body);

    Channel channel() const { return m_channel; }
    /// As written in the template: a BCP 47 tag such as "es-MX".
    const QString &locale() const { return m_locale; }
    /// The language subtag ("es" for "es-MX"), which picks the money and date formats.
    const QString &language() const { return m_language; }
    bool hasSubject() const { return m_subject.has_value(); }
    /// Only meaningful when hasSubject().
    const TemplateText &subject() const { return *m_subject; }
    const TemplateText &body() const { return m_body; }
    /// Distinct paths used by subject and body, subject first.
    QStringList placeholderPaths() const;
    qsizetype lengthLimit() const { return channelLengthLimit(m_channel); }

private:
    Channel m_channel;
    QString m_locale;
    QString m_language;
    std::optional<TemplateText> m_subject;
    TemplateText m_body;
};

} // namespace redress
