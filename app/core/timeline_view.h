#pragma once
// The timeline bar's visible window of mission time and its mapping to
// pixels: zoom (from the whole mission down to kMinSpanS) about a point, pan,
// and keeping the playhead in view. Plain data and arithmetic, no ImGui, so it
// is unit-tested; timeline_bar.cpp draws with it.

#include <string>
#include <vector>

namespace rv::app {

class TimelineView {
 public:
  static constexpr double kMinSpanS = 10.0;

  TimelineView(double missionStartUtcS, double missionEndUtcS);

  double viewStartUtcS() const { return m_viewStart; }
  double viewEndUtcS() const { return m_viewStart + m_span; }
  double spanS() const { return m_span; }
  bool showsWholeMission() const { return m_span >= m_missionEnd - m_missionStart; }

  // Pixel mapping for a bar from x0 to x0 + width.
  double xOf(double utcS, double x0, double width) const;
  double utcAt(double x, double x0, double width) const;  // clamped to the mission

  // Zooms by `factor` (< 1 zooms in) keeping the instant `aboutUtcS` at the
  // same place on screen; the span is kept within [kMinSpanS, whole mission].
  void zoom(double factor, double aboutUtcS);
  // Moves the view by a number of seconds (positive: later), within the mission.
  void pan(double seconds);
  void showWholeMission();
  // When `utcS` is outside the view (or within `marginFraction` of its edges),
  // scrolls so that it is inside; the span is unchanged.
  void keepInView(double utcS, double marginFraction = 0.05);

 private:
  void clampToMission();
  double m_missionStart, m_missionEnd;
  double m_viewStart, m_span;
};

// A tick spacing for labelling a span of `spanS` with about `targetTicks`
// ticks: 1, 2, 5, 10, 15, 30 s, 1, 2, 5, 10, 15, 30 min, 1, 2 h.
double niceTickStepS(double spanS, int targetTicks);

// "T+01:23:45" / "T-00:05:00" (whole seconds, floor toward -inf of |t|).
std::string formatMetShort(double metS);

}  // namespace rv::app
