#pragma once

#include "compensationkind.h"
#include "money.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace redress {

/// What a decision-tree outcome recommends: the kinds of compensation, an amount with the range an agent may
/// move within, the message template and the root-cause tag recorded with the case.
struct TreeRecovery
{
    QList<CompensationKind> kinds;   ///< never empty; an apology alone is {Gesture}
    std::optional<Money> suggested;  ///< absent for an outcome that offers no money
    std::optional<Money> minimum;    ///< set whenever suggested is; minimum <= suggested
    std::optional<Money> maximum;    ///< set whenever suggested is; suggested <= maximum
    QString templateId;              ///< recovery template, e.g. "late_delivery_apology"
    QString rootCause;               ///< snake_case tag, e.g. "carrier_delay"
    QString note;                    ///< optional guidance for the agent

    /// {"kinds": [...], "amount": {"suggested", "min", "max", "currency"}?, "template", "root_cause", "note"?}
    QJsonObject toJson() const;
};

} // namespace redress
