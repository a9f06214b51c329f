#pragma once
// Lambert's problem: the Keplerian (point-mass) arc that joins two inertial
// positions in a given time of flight. Used by the rendezvous planner as the
// first guess for the J2-J4 shooting solution (rendezvous_planner.h).
//
// Method: universal variables (Bate, Mueller & White 1971 §5.3; Vallado,
// Fundamentals of Astrodynamics and Applications, 4th ed., Algorithm 58),
// solved for the universal variable z = alpha * chi^2 by bracketing and
// bisection down to the resolution of a double. The time of flight is monotonic
// in z on the single-revolution branch (-inf, 4 pi^2), so the bracket always
// holds the root when one exists: no divergence, no starting guess, and the
// same operations in the same order on every call (deterministic).
// Single revolution only (multi-revolution is not implemented).

#include "astro/constants.h"

#include <glm/glm.hpp>

#include <optional>

namespace rv::sim {

// Sense of motion. Prograde: the transfer's angular momentum has a positive Z
// component in the input frame (for TEME, an eastward orbit such as the ISS's).
enum class LambertDirection { Prograde, Retrograde };

struct LambertSolution {
  glm::dvec3 v1{0.0};  // velocity at r1 on the transfer arc, m/s (input frame)
  glm::dvec3 v2{0.0};  // velocity at r2 on the transfer arc, m/s
  double transferAngleRad = 0.0;
  int iterations = 0;
};

// Returns std::nullopt when there is no solution or the geometry is degenerate:
// a zero position, a non-positive time of flight, positions collinear with the
// centre (transfer angle 0 or 180 degrees, where the transfer plane is not
// defined), or no convergence.
std::optional<LambertSolution> solveLambert(const glm::dvec3& r1, const glm::dvec3& r2,
                                            double timeOfFlightS,
                                            LambertDirection direction = LambertDirection::Prograde,
                                            double gm = astro::kEarthGm);

}  // namespace rv::sim
