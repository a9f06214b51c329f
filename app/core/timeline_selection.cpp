#include "timeline_selection.h"

#include <algorithm>

namespace rv::app {

void TimelineSelection::setIn(double utcS) {
  m_in = utcS;
  if (m_out && *m_out <= utcS) m_out.reset();
}

void TimelineSelection::setOut(double utcS) {
  m_out = utcS;
  if (m_in && *m_in >= utcS) m_in.reset();
}

void TimelineSelection::clear() {
  m_in.reset();
  m_out.reset();
  m_dragging = false;
}

void TimelineSelection::beginDrag(double utcS) {
  m_dragging = true;
  m_anchor = utcS;
  m_in = m_out = utcS;
}

void TimelineSelection::dragTo(double utcS) {
  if (!m_dragging) return;
  m_in = std::min(m_anchor, utcS);
  m_out = std::max(m_anchor, utcS);
}

std::optional<TimeRange> TimelineSelection::range() const {
  if (!m_in || !m_out || *m_out - *m_in < kMinLengthS) return std::nullopt;
  return TimeRange{*m_in, *m_out};
}

}  // namespace rv::app
