#pragma once
// Clohessy-Wiltshire (Hill) relative motion about a circular target orbit, in
// the LVLH convention of lvlh_frame.h (x along-track/V-bar, y opposite the
// orbit normal, z toward nadir/R-bar). In that frame the linearised equations
// are (Fehse, Automated Rendezvous and Docking of Spacecraft, 2003, ch. 3,
// which uses these same axes; Hill's radial/along-track/normal form of Curtis,
// Orbital Mechanics for Engineering Students, §7.5, after renaming the axes):
//   x'' =  2 n z'
//   y'' = -n^2 y
//   z'' = -2 n x' + 3 n^2 z
// with n the target's mean motion. Valid for ranges small against the orbit
// radius (errors grow as range^2 / radius: about 1 m at 10 km over an orbit is
// typical) and a near-circular target; the planner (rendezvous_planner.h)
// uses full J2-J4 propagation where that matters.

#include <glm/glm.hpp>

#include <optional>

namespace rv::sim {

// 6x6 state transition matrix in 3x3 blocks:
//   pos(t) = rr * pos0 + rv * vel0
//   vel(t) = vr * pos0 + vv * vel0
// (glm matrices, so block * vector is the usual product).
struct CwStm {
  glm::dmat3 rr{1.0}, rv{0.0}, vr{0.0}, vv{1.0};
};

CwStm cwStm(double meanMotionRadS, double dtS);

struct CwState {
  glm::dvec3 posLvlh{0.0};  // m
  glm::dvec3 velLvlh{0.0};  // m/s
};

// Propagate a relative state with the CW solution.
CwState cwPropagate(const CwState& s0, double meanMotionRadS, double dtS);

// Two-impulse CW transfer: from s0, an impulse dv1 now puts the chaser at
// posTargetLvlh after dtS; a second impulse dv2 there gives velTargetLvlh.
struct CwTransfer {
  glm::dvec3 dv1Lvlh{0.0};         // m/s, applied at the start
  glm::dvec3 dv2Lvlh{0.0};         // m/s, applied on arrival
  glm::dvec3 velArrivalLvlh{0.0};  // velocity on arrival, before dv2
};

// std::nullopt when the transfer time makes the position block singular
// (n*dt a multiple of 2 pi in-plane, or of pi out of plane: every initial
// velocity then reaches the same point), or dt <= 0.
std::optional<CwTransfer> cwTwoImpulse(const CwState& s0, const glm::dvec3& posTargetLvlh,
                                       double dtS, double meanMotionRadS,
                                       const glm::dvec3& velTargetLvlh = glm::dvec3(0.0));

}  // namespace rv::sim
