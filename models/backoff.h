#pragma once

namespace redress {

/// Exponential back-off with jitter: the wait doubles with each failure up to a ceiling, and each wait is drawn
/// from the upper half of its range, so that a hundred desks that lost the server together do not all come back
/// in the same second.
class Backoff
{
public:
    Backoff(int initialMs = 1000, int maximumMs = 60000) : m_initialMs(initialMs), m_maximumMs(maximumMs) {}

    void setRange(int initialMs, int maximumMs)
    {
        m_initialMs = initialMs;
        m_maximumMs = maximumMs;
    }
    /// The wait before the next attempt; counts one more failure.
    int nextDelayMs();
    void reset() { m_failures = 0; }
    int failures() const { return m_failures; }

private:
    int m_initialMs;
    int m_maximumMs;
    int m_failures = 0;
};

} // namespace redress
