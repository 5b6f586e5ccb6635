#include "treerecovery.h"

#include <QJsonArray>

namespace redress {

QJsonObject TreeRecovery::toJson() const
{
    QJsonArray kindIds;
    for (CompensationKind kind : kinds)
        kindIds.append(compensationKindId(kind));
    QJsonObject json{
        {QLatin1String("kinds"), kindIds},
        {QLatin1String("template"), templateId},
        {QLatin1String("root_cause"), rootCause},
    };
    if (suggested) {
        // Decimal strings, as in the tree file: a double would not round-trip every amount.
        json.insert(QLatin1String("amount"),
                    QJsonObject{{QLatin1String("suggested"), suggested->toDecimalString()},
                                {QLatin1String("min"), minimum.value_or(*suggested).toDecimalString()},
                                {QLatin1String("max"), maximum.value_or(*suggested).toDecimalString()},
                                {QLatin1String("currency"), suggested->currency().code()}});
    }
    if (!note.isEmpty())
        json.insert(QLatin1String("note"), note);
    return json;
}

} // namespace redress
