#include "backoff.h"

#include <QRandomGenerator>

#include <algorithm>

namespace redress {

int Backoff::nextDelayMs()
{
    const qint64 ceiling = std::min<qint64>(m_maximumMs, qint64(m_initialMs) << std::min(m_failures, 20));
    ++m_failures;
    return int(ceiling / 2 + QRandomGenerator::global()->bounded(ceiling / 2 + 1));
}

} // namespace redress
