#pragma once
// Stepping through the mission's events from the current instant (keys
// Left/Right, the Prev/Next buttons) and the event that is "current" for the
// captions. Events are sorted by time (the timeline keeps them so).

#include <vector>

#include "sim/mission_events.h"

namespace rv::app {

// The first event strictly after utcS (more than kEventEpsS later), or null.
const sim::MissionEvent* nextEvent(const std::vector<sim::MissionEvent>& events, double utcS);
// The last event strictly before utcS (more than kEventEpsS earlier), or
// null. Stepping back from just after an event goes to the one before it
// when we are within kBackGraceS of it, as media players do with chapters.
const sim::MissionEvent* previousEvent(const std::vector<sim::MissionEvent>& events, double utcS);
// The latest event at or before utcS, or null before the first one.
const sim::MissionEvent* currentEvent(const std::vector<sim::MissionEvent>& events, double utcS);

inline constexpr double kEventEpsS = 0.05;
inline constexpr double kBackGraceS = 1.0;

}  // namespace rv::app
