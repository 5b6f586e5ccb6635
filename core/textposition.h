#pragma once

#include <QByteArrayView>
#include <QString>
#include <QStringView>

namespace redress {

/// Characters as a person counts them: Unicode code points, so an emoji (a surrogate pair) is one.
/// Channel limits, `truncate` and error columns all count this way.
qsizetype codePointCount(QStringView text);

/// "line 3, column 7" for `offset` (in UTF-16 units) into `text`: both 1-based, the column in code points,
/// which is what an editor shows. Lines end at '\n'.
QString lineAndColumn(QStringView text, qsizetype offset);
/// The same for a byte offset into UTF-8, as JSON parse errors report it.
QString lineAndColumn(QByteArrayView utf8, qsizetype offset);

} // namespace redress
