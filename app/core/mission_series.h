#pragma once
// Series the plots and the timeline bar draw, computed once from the timeline
// when the mission loads (never per frame): altitude, inertial speed, g and
// range to the port on a uniform grid, and the phases as time bands.

#include <vector>

#include "sim/mission_timeline.h"

namespace rv::app {

struct PhaseBand {
  double startUtcS = 0.0;
  double endUtcS = 0.0;
  sim::Phase phase = sim::Phase::Prelaunch;
};

struct MissionSeries {
  double startUtcS = 0.0;
  double stepS = 1.0;
  // One value per grid point; NaN where there is none (range on the stack).
  std::vector<float> altitudeKm, speedKms, accelG, rangeKm;
  // The Soyuz in the station's LVLH frame (relative_motion.h), in free flight.
  std::vector<float> vBarKm, rBarKm;
  std::vector<PhaseBand> bands;
  size_t size() const { return altitudeKm.size(); }
  double utcOf(size_t i) const { return startUtcS + static_cast<double>(i) * stepS; }
};

// Samples every `stepS` of the mission (1 s: about 22 000 points, ~0.1 s).
MissionSeries computeMissionSeries(const sim::MissionTimeline& timeline, double stepS = 1.0);

}  // namespace rv::app
