#pragma once

#include <QtGlobal>

#include <cmath>
#include <optional>

namespace redress {

/// The largest magnitude a JSON number (an IEEE double) holds exactly as an integer: 2^53.
inline constexpr qint64 kMaxExactJsonInteger = qint64(1) << 53;

/// `number` as an integer when it is one and lies within ±2^53; std::nullopt otherwise (fractions, NaN,
/// infinities, and magnitudes where neighbouring integers share one double).
/// The range is checked before the cast: casting an out-of-range double to qint64 is undefined behaviour.
inline std::optional<qint64> exactInteger(double number)
{
    if (!std::isfinite(number) || std::fabs(number) > double(kMaxExactJsonInteger) || std::trunc(number) != number)
        return std::nullopt;
    return qint64(number);
}

} // namespace redress
