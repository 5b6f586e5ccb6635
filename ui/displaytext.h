#pragma once

#include <QString>

namespace redress {

class Money;

/// How ids and values read on screen, in the user's language: "gold" → "Gold", "fee_waiver" → "Fee waiver".
namespace DisplayText {

QString tier(const QString &tierId);
QString compensationKind(const QString &kindId);
QString caseStatus(const QString &status);
QString compensationState(const QString &state);
QString channel(const QString &channelId);
QString role(const QString &roleId);
/// A snake_case id the program has no label for, readable: "carrier_delay" → "Carrier delay".
QString fromId(const QString &id);
/// "USD 40.00"
QString money(const Money &amount);
/// Local date and time of a UTC instant in ms, short form.
QString dateTime(qint64 msSinceEpoch);
QString date(qint64 msSinceEpoch);

} // namespace DisplayText
} // namespace redress
