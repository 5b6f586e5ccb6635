#include "templatevariant.h"

#include <QSet>

namespace redress {

TemplateVariant::TemplateVariant(Channel channel, QString locale, std::optional<TemplateText> subject, TemplateText body)
    : m_channel(channel)
    , m_locale(std::move(locale))
    , m_language(m_locale.section(u'-', 0, 0))
    , m_subject(std::move(subject))
    , m_body(std::move(body))
{
}

QStringList TemplateVariant::placeholderPaths() const
{
    QStringList paths = m_subject ? m_subject->placeholderPaths() : QStringList();
    QSet<QString> seen(paths.cbegin(), paths.cend());
    const QStringList bodyPaths = m_body.placeholderPaths();
    for (const QString &path : bodyPaths) {
        if (!seen.contains(path)) {
            seen.insert(path);
            paths.append(path);
        }
    }
    return paths;
}

} // namespace redress
