#include "story_mode.h"

#include <algorithm>

#include "event_nav.h"
#include "sim/mission_timeline.h"

namespace rv::app {
namespace {

std::vector<const sim::MissionEvent*> storyStops(const sim::MissionTimeline& timeline) {
  std::vector<const sim::MissionEvent*> stops;
  for (const char* id : kStoryStopIds)
    if (const sim::MissionEvent* e = timeline.findEvent(id)) stops.push_back(e);
  std::sort(stops.begin(), stops.end(),
            [](const auto* a, const auto* b) { return a->utcS < b->utcS; });
  return stops;
}

}  // namespace

StoryMode::StoryMode(const sim::MissionTimeline& timeline, StoryOptions options)
    : m_timeline(timeline),
      m_options(options),
      m_warp(fullMissionWarp(timeline.startUtcS(), timeline.endUtcS(), timeline.liftoffUtcS(),
                             timeline.events())),
      m_director(CameraDirector::forMission(timeline.startUtcS(), timeline.liftoffUtcS(),
                                            timeline.events(), &m_warp)),
      m_stops(storyStops(timeline)),
      m_utcS(timeline.startUtcS()) {
  m_options.speedFactor = std::max(m_options.speedFactor, 1e-3);
}

void StoryMode::holdAt(size_t i) {
  m_utcS = m_stops[i]->utcS;
  m_nextStop = i + 1;
  m_holding = true;
  m_heldS = 0.0;
  ++m_stopsHeld;
}

StoryFrame StoryMode::advance(double wallDtS) {
  wallDtS = std::max(wallDtS, 0.0);
  if (m_holding) {
    m_heldS += wallDtS;
    if (m_options.autoContinueS && m_heldS >= *m_options.autoContinueS) m_holding = false;
  } else if (!m_paused) {
    // Presentation seconds are video seconds of the film, sped up by the factor.
    const double video = m_warp.videoTimeAt(m_utcS) + wallDtS * m_options.speedFactor;
    const double to = std::min(m_warp.utcAtVideoTime(video), m_timeline.endUtcS());
    if (m_nextStop < m_stops.size() && m_stops[m_nextStop]->utcS <= to)
      holdAt(m_nextStop);
    else
      m_utcS = std::max(to, m_utcS);
  }
  updateCaption(wallDtS);
  return current();
}

void StoryMode::updateCaption(double wallDtS) {
  m_captionShownS += wallDtS;
  // At a stop its own caption shows at once; else the newest event's, once
  // the one up has been readable for long enough.
  const sim::MissionEvent* now =
      m_holding ? m_stops[m_nextStop - 1] : currentEvent(m_timeline.events(), m_utcS);
  if (now == m_caption) return;
  if (m_holding || !m_caption ||
      m_captionShownS >= kStoryCaptionMinS / std::max(m_options.speedFactor, 1.0)) {
    m_caption = now;
    m_captionShownS = 0.0;
  }
}

void StoryMode::next() {
  m_paused = false;
  if (m_holding) {
    m_holding = false;
    return;
  }
  if (m_nextStop < m_stops.size())
    holdAt(m_nextStop);
  else
    m_utcS = m_timeline.endUtcS();
}

void StoryMode::previous() {
  m_paused = false;
  // The stop before the current one (the one held at counts as current).
  size_t i = m_holding ? m_nextStop - 1 : m_nextStop;
  if (i == 0) {
    m_utcS = m_timeline.startUtcS();
    m_nextStop = 0;
    m_holding = false;
    return;
  }
  holdAt(i - 1);
}

StoryFrame StoryMode::current() const {
  StoryFrame f;
  f.utcS = m_utcS;
  f.shot = m_director.shotAt(m_utcS);
  f.caption = m_caption;
  f.holding = m_holding;
  f.finished = !m_holding && m_utcS >= m_timeline.endUtcS();
  return f;
}

}  // namespace rv::app
