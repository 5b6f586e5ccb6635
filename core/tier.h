#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace redress {

/// Customer loyalty tier, lowest first.
enum class Tier : quint8 { Standard, Silver, Gold, Platinum };
inline constexpr int kTierCount = 4;

std::optional<Tier> tierFromId(QStringView id);
QString tierId(Tier tier);
/// "Gold", for verdicts and the UI.
QString tierLabel(Tier tier);

} // namespace redress
