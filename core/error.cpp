#include "error.h"

#include <QDir>

namespace redress {

Error Error::inFile(const QString &path) const
{
    Error placed = *this;
    const QString file = QDir::toNativeSeparators(path);
    if (where.isEmpty())
        placed.where = file;
    else if (where.startsWith(QLatin1Char('/')))
        placed.where = file + QLatin1Char('#') + where;
    else
        placed.where = file + QLatin1String(", ") + where;
    return placed;
}

} // namespace redress
