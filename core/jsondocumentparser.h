#pragma once

#include "result.h"

#include <QByteArrayView>
#include <QJsonObject>

namespace redress {

/// Turns the bytes of a Redress document (policy, tree, template) into a JSON object, refusing what is too big,
/// malformed, not an object or of a format version this build does not know.
class JsonDocumentParser
{
public:
    /// Documents larger than this are refused before parsing: no real policy, tree or template comes close.
    static constexpr qsizetype kMaxDocumentBytes = 16 * 1024 * 1024;
    /// The format version this build reads and writes.
    static constexpr int kFormatVersion = 1;

    /// Parses `bytes` as one JSON object and checks its `"format"` member.
    /// Errors name the byte offset with line and column, or the JSON pointer of a bad member.
    static Result<QJsonObject> parse(QByteArrayView bytes, qsizetype maxBytes = kMaxDocumentBytes);
};

} // namespace redress
