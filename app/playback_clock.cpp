#include "playback_clock.h"

#include <algorithm>

namespace rv::app {

PlaybackClock::PlaybackClock(double startUtcS, double endUtcS, double nowUtcS)
    : m_start(startUtcS), m_end(endUtcS), m_now(std::clamp(nowUtcS, startUtcS, endUtcS)) {}

void PlaybackClock::advance(double wallSeconds) {
  if (!m_playing) return;
  const double next = m_now + wallSeconds * m_warp;
  m_now = std::clamp(next, m_start, m_end);
  if (next != m_now) m_playing = false; // reached an end
}

void PlaybackClock::seek(double utcS) { m_now = std::clamp(utcS, m_start, m_end); }

} // namespace rv::app
