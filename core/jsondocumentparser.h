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

    /// The sentences that name what is being parsed, as QT_TRANSLATE_NOOP source texts in `context`: whole
    /// sentences rather than a spliced noun, so that each reads naturally in translation.
    struct Wording
    {
        const char *context;
        const char *tooLarge; ///< %1: the size, %2: the limit, in bytes
        const char *empty;
        const char *notObject;
    };
    static const Wording kDocumentWording;

    /// Parses `bytes` as one JSON object and checks its `"format"` member.
    /// Errors name the byte offset with line and column, or the JSON pointer of a bad member.
    static Result<QJsonObject> parse(QByteArrayView bytes, qsizetype maxBytes = kMaxDocumentBytes);

    /// Parses `bytes` as one JSON object without looking at its members: the size, emptiness, syntax and
    /// object checks that every JSON input shares. A syntax error is located as "line L, column C" (column
    /// in code points); nesting deeper than the parser's limit is a syntax error, never a crash.
    static Result<QJsonObject> parseObject(QByteArrayView bytes, qsizetype maxBytes, const Wording &wording = kDocumentWording);
};

} // namespace redress
