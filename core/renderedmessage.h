#pragma once

#include "channel.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace redress {

/// What TemplateRenderer made of one variant and one render context. A message is sent only when
/// isSendable(): every placeholder resolved and the text within its channel's limit.
struct RenderedMessage
{
    /// A placeholder the context could not fill; the text shows it as "[[path]]" in its place.
    struct Unresolved
    {
        QString path;   ///< "order.reference", as written in the template
        QString reason; ///< for a person, e.g. "has no value"
    };

    Channel channel = Channel::Email;
    QString locale;     ///< of the variant used, after locale fallback
    bool hasSubject = false;
    QString subject;    ///< email only
    QString text;       ///< the body
    qsizetype length = 0; ///< characters (code points) in text
    qsizetype limit = 0;  ///< the channel's limit for text
    QList<Unresolved> unresolved; ///< each path once, in order of first appearance (subject first)

    bool withinLimit() const { return length <= limit; }
    bool isSendable() const { return unresolved.isEmpty() && withinLimit(); }
    QStringList unresolvedPaths() const
    {
        QStringList paths;
        paths.reserve(unresolved.size());
        for (const Unresolved &item : unresolved)
            paths.append(item.path);
        return paths;
    }
};

} // namespace redress
