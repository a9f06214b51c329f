#include "playback_clock.h"

#include <algorithm>
#include <cmath>
#include <iterator>

namespace rv::app {

double nearestWarpStep(double warp) {
  double best = kWarpSteps[0];
  for (double w : kWarpSteps)
    if (std::abs(w - warp) < std::abs(best - warp)) best = w;
  return best;
}

double steppedWarp(double warp, int direction) {
  const double* first = std::begin(kWarpSteps);
  const double* last = std::end(kWarpSteps);
  const double* at = std::find(first, last, nearestWarpStep(warp));
  // Faster is away from zero, slower toward it, in the warp's own direction.
  const int away = *at > 0.0 ? +1 : -1;
  const double* next = at + direction * away;
  if (next < first || next >= last || (*next > 0.0) != (*at > 0.0)) return *at;
  return *next;
}

PlaybackClock::PlaybackClock(double startUtcS, double endUtcS, double nowUtcS)
    : m_start(startUtcS), m_end(endUtcS), m_now(std::clamp(nowUtcS, startUtcS, endUtcS)) {}

void PlaybackClock::advance(double wallSeconds) {
  if (!m_playing) return;
  const double next = m_now + wallSeconds * m_warp;
  if (next >= m_start && next <= m_end) {
    m_now = next;
    return;
  }
  // Reached an end. Looping restarts from the far end rather than carrying
  // the overshoot: the class sees the start (or end) of the mission.
  if (m_endMode == EndMode::Loop && m_end > m_start) {
    m_now = next > m_end ? m_start : m_end;
    return;
  }
  m_now = std::clamp(next, m_start, m_end);
  m_playing = false;
}

void PlaybackClock::seek(double utcS) {
  m_now = std::clamp(utcS, m_start, m_end);
}

void PlaybackClock::togglePlaying() {
  // Play at a stopped end in the direction of travel starts over from the
  // other end, as a video player does.
  if (!m_playing && m_endMode == EndMode::Stop) {
    if (m_warp > 0 && m_now >= m_end) m_now = m_start;
    if (m_warp < 0 && m_now <= m_start) m_now = m_end;
  }
  m_playing = !m_playing;
}

void PlaybackClock::realTime() {
  m_warp = 1.0;
  m_playing = true;
}

}  // namespace rv::app
