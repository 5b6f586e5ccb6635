#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace redress {

/// What a recovery gives. Every kind carries a money value (points and upgrades at their cost to the company),
/// so that one limit, budget and cap covers them all.
enum class CompensationKind : quint8 { Refund, Voucher, Points, Upgrade, FeeWaiver, Gesture };
inline constexpr int kCompensationKindCount = 6;

std::optional<CompensationKind> compensationKindFromId(QStringView id);
QString compensationKindId(CompensationKind kind);
QString compensationKindLabel(CompensationKind kind);

} // namespace redress
