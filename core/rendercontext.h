#pragma once

#include "result.h"

#include <QByteArrayView>
#include <QJsonObject>
#include <QStringList>

namespace redress {

/// The data a template is rendered from: one JSON object with the case's customer, case, booking or order,
/// compensation, agent and brand (the model is documented in docs/formats/template.md).
/// It is plain data: the renderer decides what can be shown, so a context may carry more than templates use.
class RenderContext
{
public:
    /// A case context is a few kilobytes; four megabytes leaves room for long notes and still refuses junk.
    static constexpr qsizetype kMaxBytes = 4 * 1024 * 1024;

    RenderContext() = default;
    explicit RenderContext(QJsonObject data) : m_data(std::move(data)) {}

    /// Parses a JSON object. Errors say what is wrong and where ("line 3, column 7"); nesting deeper than the
    /// JSON parser's limit is refused as an error, never a crash.
    static Result<RenderContext> parse(QByteArrayView json, qsizetype maxBytes = kMaxBytes);

    const QJsonObject &data() const { return m_data; }
    /// The value at a path such as {"customer", "first_name"}; undefined when a key is absent or a step on
    /// the way is not an object.
    QJsonValue value(const QStringList &keys) const;

private:
    QJsonObject m_data;
};

} // namespace redress
