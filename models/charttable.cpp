#include "charttable.h"

#include <QVariant>

namespace redress {
namespace {

QString field(const QVariant &value)
{
    if (!value.isValid() || value.isNull())
        return {};
    if (value.typeId() == QMetaType::Double)
        return QString::number(value.toDouble(), 'g', 15);
    QString text = value.toString();
    // A leading =, +, - or @ is a formula to a spreadsheet: quoted with a leading apostrophe it stays text.
    if (!text.isEmpty() && QStringLiteral("=+-@").contains(text.front()) && value.typeId() == QMetaType::QString)
        text.prepend(QLatin1Char('\''));
    if (text.contains(QLatin1Char(',')) || text.contains(QLatin1Char('"')) || text.contains(QLatin1Char('\n'))
        || text.contains(QLatin1Char('\r')) || text.contains(QLatin1Char('\''))) {
        text.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        text = QLatin1Char('"') + text + QLatin1Char('"');
    }
    return text;
}

} // namespace

QByteArray ChartTable::toCsv() const
{
    QString csv;
    QStringList cells;
    for (const QString &header : headers)
        cells.append(field(header));
    csv += cells.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    for (const QList<QVariant> &row : rows) {
        cells.clear();
        for (const QVariant &value : row)
            cells.append(field(value));
        csv += cells.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    }
    return csv.toUtf8();
}

} // namespace redress
