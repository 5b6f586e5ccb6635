#include "textposition.h"

#include <QCoreApplication>

namespace redress {

qsizetype codePointCount(QStringView text)
{
    qsizetype count = text.size();
    for (QChar c : text) {
        if (c.isLowSurrogate())
            --count;
    }
    return count;
}

QString lineAndColumn(QStringView text, qsizetype offset)
{
    const QStringView before = text.first(qBound(qsizetype(0), offset, text.size()));
    const qsizetype line = before.count(u'\n') + 1;
    const qsizetype column = codePointCount(before.mid(before.lastIndexOf(u'\n') + 1)) + 1;
    return QCoreApplication::translate("TextPosition", "line %1, column %2").arg(line).arg(column);
}

QString lineAndColumn(QByteArrayView utf8, qsizetype offset)
{
    // Decoding only the part before the error keeps one definition of a column; this runs once, on failure.
    const QByteArrayView before = utf8.first(qBound(qsizetype(0), offset, utf8.size()));
    const QString text = QString::fromUtf8(before);
    return lineAndColumn(QStringView(text), text.size());
}

} // namespace redress
