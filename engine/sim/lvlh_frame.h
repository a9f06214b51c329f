#pragma once
// Local-vertical local-horizontal (LVLH) frame of a target orbit, in the ISS
// convention (also Fehse, Automated Rendezvous and Docking of Spacecraft, 2003,
// §3.1 "orbital frame"; the ISS +XVV attitude of docs/SOURCES.md S5):
//   +Z  toward nadir:                  z = -r / |r|
//   +Y  opposite the orbit normal:     y = -(r x v) / |r x v|
//   +X  completes the right-handed triad, x = y x z; along the velocity for a
//       circular orbit (V-bar), within the flight-path angle otherwise.
// So "behind" is -X, "below" is +Z, and the orbit normal (north side for a
// prograde orbit's ascending pass) is -Y.
//
// The frame rotates with the target: its angular velocity is taken as
// omega = (r x v) / |r|^2 (the orbital rate about the orbit normal, i.e.
// (0, -|omega|, 0) in LVLH). The small out-of-plane rotation that J2 adds is
// neglected (of order 1e-3 of the orbital rate, and it only shifts the
// relative-velocity transform by micrometres per second at 1 km).
//
// Relative states are chaser minus target; velocities seen in LVLH are the
// time derivatives of the LVLH coordinates, i.e. they include the -omega x r
// transport term.

#include "sim/state_vector.h"

#include <glm/glm.hpp>

namespace rv::sim {

struct LvlhFrame {
  // Rows of the inertial-to-LVLH rotation: LVLH axes expressed in TEME.
  glm::dvec3 xTeme{1.0, 0.0, 0.0};
  glm::dvec3 yTeme{0.0, 1.0, 0.0};
  glm::dvec3 zTeme{0.0, 0.0, 1.0};
  glm::dvec3 omegaTeme{0.0};      // frame angular velocity, rad/s, in TEME
  glm::dvec3 originTeme{0.0};     // target position, m
  glm::dvec3 originVelTeme{0.0};  // target velocity, m/s

  // Rotation matrices (glm is column-major: toLvlh() * vTeme == components
  // along x, y, z).
  glm::dmat3 toLvlh() const;
  glm::dmat3 toTeme() const;
};

struct RelativeState {
  glm::dvec3 posLvlh{0.0};  // chaser minus target, m
  glm::dvec3 velLvlh{0.0};  // rate of change of posLvlh, m/s
};

// LVLH frame of a target state. The target must not have zero position or
// angular momentum (asserted in debug builds; release builds return an
// identity frame rather than NaNs).
LvlhFrame lvlhFrame(const StateVector& target);

// Rotate a free vector (direction, acceleration, impulse) between frames;
// no translation, no transport term.
glm::dvec3 vectorToLvlh(const LvlhFrame& frame, const glm::dvec3& vTeme);
glm::dvec3 vectorToTeme(const LvlhFrame& frame, const glm::dvec3& vLvlh);

// Chaser inertial state -> chaser relative state in the target's LVLH frame.
RelativeState relativeStateLvlh(const StateVector& target, const StateVector& chaser);
RelativeState relativeStateLvlh(const LvlhFrame& frame, const StateVector& chaser);

// Relative state in LVLH -> chaser inertial state (exact inverse of the above).
StateVector inertialFromLvlh(const StateVector& target, const RelativeState& rel);
StateVector inertialFromLvlh(const LvlhFrame& frame, const RelativeState& rel);

// Mean motion of the target's orbit, sqrt(GM / a^3) with a from vis-viva,
// rad/s: the n of the Clohessy-Wiltshire equations.
double meanMotion(const StateVector& target);

}  // namespace rv::sim
