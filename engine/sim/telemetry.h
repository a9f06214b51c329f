#pragma once
// Telemetry read-outs for the UI and the CSV export, computed from a
// timeline state at the query time.

#include <optional>

#include "sim/mission_timeline.h"
#include "sim/orbit_elements.h"

namespace rv::sim {

struct Telemetry {
  double latDeg = 0.0, lonDeg = 0.0, altitudeM = 0.0;  // geodetic, WGS-84
  glm::dvec3 posEcefM{0.0};
  double inertialSpeedMs = 0.0;
  double dynamicPressurePa = 0.0;
  double accelG = 0.0;  // non-gravitational acceleration in g
  OrbitFigures orbit;   // osculating
  // Soyuz docking-probe tip to the Rassvet port centre (Soyuz only).
  std::optional<double> rangeM;
  std::optional<double> rangeRateMs;  // positive when opening
};

Telemetry telemetry(const MissionTimeline& timeline, const ObjectState& state, double utcS);

}  // namespace rv::sim
