#pragma once
// The replay clock: mission time advanced by wall-clock time times a warp
// factor, clamped to the mission span. Wall-clock time lives only in app/.

namespace rv::app {

class PlaybackClock {
 public:
  PlaybackClock(double startUtcS, double endUtcS, double nowUtcS);
  // Advances by a wall-clock interval; stops (pauses) at either end.
  void advance(double wallSeconds);
  void seek(double utcS);
  void setPlaying(bool playing) { m_playing = playing; }
  void setWarp(double warp) { m_warp = warp; }
  bool playing() const { return m_playing; }
  double warp() const { return m_warp; }
  double nowUtcS() const { return m_now; }
  double startUtcS() const { return m_start; }
  double endUtcS() const { return m_end; }

 private:
  double m_start, m_end, m_now;
  double m_warp = 1.0;
  bool m_playing = false;
};

} // namespace rv::app
