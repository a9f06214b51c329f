#include "timeline_view.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace rv::app {

TimelineView::TimelineView(double missionStartUtcS, double missionEndUtcS)
    : m_missionStart(missionStartUtcS),
      m_missionEnd(std::max(missionEndUtcS, missionStartUtcS)),
      m_viewStart(missionStartUtcS),
      m_span(std::max(m_missionEnd - m_missionStart, 1e-3)) {}

double TimelineView::xOf(double utcS, double x0, double width) const {
  return x0 + (utcS - m_viewStart) / m_span * width;
}

double TimelineView::utcAt(double x, double x0, double width) const {
  const double t = width > 0 ? m_viewStart + (x - x0) / width * m_span : m_viewStart;
  return std::clamp(t, m_missionStart, m_missionEnd);
}

void TimelineView::zoom(double factor, double aboutUtcS) {
  const double whole = m_missionEnd - m_missionStart;
  const double minSpan = std::min(kMinSpanS, whole);
  const double newSpan = std::clamp(m_span * factor, minSpan, std::max(whole, minSpan));
  const double frac = (aboutUtcS - m_viewStart) / m_span;
  m_viewStart = aboutUtcS - frac * newSpan;
  m_span = newSpan;
  clampToMission();
}

void TimelineView::pan(double seconds) {
  m_viewStart += seconds;
  clampToMission();
}

void TimelineView::showWholeMission() {
  m_viewStart = m_missionStart;
  m_span = std::max(m_missionEnd - m_missionStart, 1e-3);
}

void TimelineView::keepInView(double utcS, double marginFraction) {
  const double margin = m_span * marginFraction;
  if (utcS < m_viewStart + margin)
    m_viewStart = utcS - margin;
  else if (utcS > m_viewStart + m_span - margin)
    m_viewStart = utcS + margin - m_span;
  clampToMission();
}

void TimelineView::clampToMission() {
  m_viewStart =
      std::clamp(m_viewStart, m_missionStart, std::max(m_missionStart, m_missionEnd - m_span));
}

double niceTickStepS(double spanS, int targetTicks) {
  static constexpr double kSteps[] = {1,   2,   5,   10,   15,   30,   60,   120,
                                      300, 600, 900, 1800, 3600, 7200, 14400};
  const double ideal = spanS / std::max(targetTicks, 1);
  for (double s : kSteps)
    if (s >= ideal) return s;
  return kSteps[std::size(kSteps) - 1];
}

std::string formatMetShort(double metS) {
  const char sign = metS < 0 ? '-' : '+';
  const long long s = static_cast<long long>(std::floor(std::abs(metS)));
  char buf[32];
  std::snprintf(buf, sizeof buf, "T%c%02lld:%02lld:%02lld", sign, s / 3600, s / 60 % 60, s % 60);
  return buf;
}

}  // namespace rv::app
