#include "treemembers.h"

#include "jsonobjectreader.h"

#include <QCoreApplication>

#include <algorithm>

namespace redress {

bool rejectUnknownTreeMembers(JsonObjectReader &reader, std::initializer_list<QLatin1String> allowed, qsizetype present)
{
    if (reader.failed())
        return false;
    const QJsonObject &object = reader.json();
    // Fast path without allocating a key string: every member is allowed when the allowed names present
    // account for all of them (JSON object keys are unique).
    if (present < 0) {
        present = 0;
        for (QLatin1String name : allowed)
            present += object.contains(name) ? 1 : 0;
    }
    if (present == object.size())
        return true;
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        const QString key = it.key();
        if (std::find(allowed.begin(), allowed.end(), key) != allowed.end())
            continue;
        QStringList expected;
        for (QLatin1String name : allowed)
            expected.append(name);
        reader.fail(key, QStringLiteral("json.unknown_member"),
                    QCoreApplication::translate("DecisionTree", "Unknown member \"%1\"; expected one of: %2.")
                        .arg(key.left(64), expected.join(QLatin1String(", "))));
        return false;
    }
    return true;
}

} // namespace redress
