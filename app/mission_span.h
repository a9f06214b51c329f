#pragma once
// The span of the replay and its reference instant (lift-off).
// TODO(issue 4): comes from the loaded mission and its simulated timeline;
// until then, the fact-sheet times (shared/MISSION.md §1.1).

#include "astro/time_scales.h"

namespace rv::app {

struct MissionSpan {
  double liftoffUtcS = 0.0;
  double startUtcS = 0.0; // T-5 min
  double endUtcS = 0.0;   // hatch opening
};

inline MissionSpan defaultMissionSpan() {
  MissionSpan s;
  s.liftoffUtcS = *astro::parseIsoUtc("2021-10-05T08:55:02.442Z"); // RSW, MISSION.md 1.1
  s.startUtcS = s.liftoffUtcS - 300.0;
  s.endUtcS = *astro::parseIsoUtc("2021-10-05T15:00:00Z"); // hatch opening, MISSION.md 1.1
  return s;
}

} // namespace rv::app
