#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace redress {

/// The numbers one chart shows, as a table: what the chart draws and what "Export CSV" writes are the same rows.
struct ChartTable
{
    QString id;      ///< "resolution", "repeat_contacts"… (file names, object names)
    QString title;   ///< for people
    QStringList headers;
    QList<QList<QVariant>> rows; ///< first column a label, the others numbers (or empty for none)

    /// RFC 4180 CSV with a header row: fields quoted when they hold a comma, quote or line break; numbers with a
    /// dot as decimal separator, so Excel and notebooks read them in any locale setting of the file's reader.
    QByteArray toCsv() const;
};

} // namespace redress
