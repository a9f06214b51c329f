#pragma once
// The replay clock: mission time advanced by wall-clock time times a signed
// warp factor, within the mission span. At an end it stops (pauses) or loops
// to the other end, as chosen. Wall-clock time lives only in app/.
//
// The warp is one of kWarpSteps (negative = backwards); stepWarp() goes one
// step faster or slower in the same direction (slow motion down to x0.1,
// never through zero into reverse), reverse() flips the sign, realTime() goes
// back to x1 forwards.

#include <span>

namespace rv::app {

enum class EndMode { Stop, Loop };

// The signed warp list, from fastest backwards to fastest forwards, with slow
// motion (x0.1, x0.25, x0.5) each way: the boosters leave the frame in 2 s at
// x1, a class wants to see them go.
inline constexpr double kWarpSteps[] = {-10000, -1000, -100, -30, -10,  -5,   -2, -1,
                                        -0.5,   -0.25, -0.1, 0.1, 0.25, 0.5,  1,  2,
                                        5,      10,    30,   100, 1000, 10000};

// The list entry nearest to a warp (ties toward the slower one); used when a
// saved or typed warp is not on the list.
double nearestWarpStep(double warp);
// One step faster (+1) or slower (-1) in the same direction, clamped at
// x10000 and at x0.1: slower never turns into reverse.
double steppedWarp(double warp, int direction);

class PlaybackClock {
 public:
  PlaybackClock(double startUtcS, double endUtcS, double nowUtcS);
  // Advances by a wall-clock interval. At an end: Stop pauses there; Loop
  // wraps to the other end (the start when playing forwards).
  void advance(double wallSeconds);
  void seek(double utcS);
  void setPlaying(bool playing) { m_playing = playing; }
  void togglePlaying();
  void setWarp(double warp) { m_warp = nearestWarpStep(warp); }
  void stepWarp(int direction) { m_warp = steppedWarp(m_warp, direction); }
  void reverse() { m_warp = -m_warp; }
  void realTime();
  void setEndMode(EndMode mode) { m_endMode = mode; }
  bool playing() const { return m_playing; }
  double warp() const { return m_warp; }
  EndMode endMode() const { return m_endMode; }
  double nowUtcS() const { return m_now; }
  double startUtcS() const { return m_start; }
  double endUtcS() const { return m_end; }

 private:
  double m_start, m_end, m_now;
  double m_warp = 1.0;
  bool m_playing = false;
  EndMode m_endMode = EndMode::Stop;
};

}  // namespace rv::app
