#pragma once
// Plans a phasing burn: the impulse at a given instant that takes the
// coasting spacecraft to an aim point at a later instant. First guess from
// Lambert's problem (lambert.h, point-mass gravity); then a shooting loop
// propagates the arc with the full force model (J2..J4, drag) and moves the
// Lambert aim point against the miss until the real arc hits the aim point.
// Deterministic: fixed iteration count and fixed propagation step.

#include <optional>
#include <string>

#include <glm/glm.hpp>

#include "sim/vehicle_dynamics.h"

namespace rv::sim {

struct PhasingBurn {
  glm::dvec3 deltaVTeme{0.0}; // impulsive delta-v at the burn centre
  double missM = 0.0;         // remaining miss of the propagated arc
};

// Coasts a body for durationS with steps of at most stepS (the last step is
// shortened to land on the end time exactly).
MassState coast(const MassState& s, const Aero& aero, double durationS, double stepS);

std::optional<PhasingBurn> planPhasingBurn(const MassState& atCenter, const Aero& aero,
                                           double timeOfFlightS, const glm::dvec3& aimTeme,
                                           std::string* error = nullptr);

} // namespace rv::sim
