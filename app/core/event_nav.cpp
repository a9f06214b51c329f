#include "event_nav.h"

namespace rv::app {

const sim::MissionEvent* nextEvent(const std::vector<sim::MissionEvent>& events, double utcS) {
  for (const auto& e : events)
    if (e.utcS > utcS + kEventEpsS) return &e;
  return nullptr;
}

const sim::MissionEvent* previousEvent(const std::vector<sim::MissionEvent>& events, double utcS) {
  const sim::MissionEvent* found = nullptr;
  for (const auto& e : events)
    if (e.utcS < utcS - kBackGraceS) found = &e;
  return found;
}

const sim::MissionEvent* currentEvent(const std::vector<sim::MissionEvent>& events, double utcS) {
  const sim::MissionEvent* found = nullptr;
  for (const auto& e : events)
    if (e.utcS <= utcS + kEventEpsS) found = &e;
  return found;
}

}  // namespace rv::app
