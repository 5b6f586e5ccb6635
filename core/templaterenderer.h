#pragma once

#include "rendercontext.h"
#include "renderedmessage.h"
#include "templatevariant.h"

namespace redress {

/// Fills a compiled variant from a render context. Never fails: what the context cannot fill is listed in
/// RenderedMessage::unresolved and shown as "[[path]]" in the text, so an agent sees the gap in the preview
/// and the outbox refuses to send it.
class TemplateRenderer
{
public:
    static RenderedMessage render(const TemplateVariant &variant, const RenderContext &context);

    /// Renders one field. `channel` picks the mark `truncate` ends with; `language` picks the money and date
    /// forms; a `singleLine` field (a subject) gets line breaks in values replaced by spaces. Unresolved
    /// placeholders are appended to `unresolved` unless their path is already there.
    static QString renderText(const TemplateText &text, const RenderContext &context, Channel channel, QStringView language,
                              QList<RenderedMessage::Unresolved> &unresolved, bool singleLine = false);

    /// The visible stand-in for a placeholder that could not be filled: "[[order.reference]]".
    static QString unresolvedMarker(const QString &path);
    /// What `truncate` ends a shortened text with: "..." in an SMS, which keeps it within the GSM 7-bit
    /// alphabet; "…" elsewhere.
    static QStringView truncationMark(Channel channel);
};

} // namespace redress
