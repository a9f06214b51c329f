#pragma once
// The range marked on the timeline bar, for the Record panel: an in and an
// out instant set at the playhead (keys I and U) or by Shift+dragging on the
// bar. Plain data and rules, no ImGui, so it is unit-tested;
// timeline_bar.cpp draws it as a band and the Record panel records it.

#include <optional>

namespace rv::app {

struct TimeRange {
  double fromUtcS = 0.0;
  double toUtcS = 0.0;
  double lengthS() const { return toUtcS - fromUtcS; }
};

class TimelineSelection {
 public:
  // The shortest range worth recording (one frame at 24 fps is 42 ms; a
  // click on the bar without a real drag must not make a range).
  static constexpr double kMinLengthS = 0.1;

  std::optional<double> inUtcS() const { return m_in; }
  std::optional<double> outUtcS() const { return m_out; }

  // A mark that would cross the other one clears the other: the new mark
  // is what the presenter meant, the old one no longer makes sense with it.
  void setIn(double utcS);
  void setOut(double utcS);
  void clear();

  // Shift+drag: the range between where the drag began and where the
  // pointer is, whichever way it goes.
  void beginDrag(double utcS);
  void dragTo(double utcS);
  void endDrag() { m_dragging = false; }
  bool dragging() const { return m_dragging; }

  // Both marks set and at least kMinLengthS apart.
  std::optional<TimeRange> range() const;

 private:
  std::optional<double> m_in, m_out;
  bool m_dragging = false;
  double m_anchor = 0.0;
};

}  // namespace rv::app
