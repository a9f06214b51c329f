#pragma once
// Ascent guidance of the Soyuz-2.1a:
//  - a vertical rise, then the open-loop pitch program of the mission file
//    (angle of the thrust from the local vertical) while the boosters and the
//    core burn, turning in the target orbital plane;
//  - out-of-plane steering through the whole flight that drives the
//    out-of-plane position and velocity to zero by orbit insertion (linear
//    acceleration profile), which is what turns the Earth's eastward push at
//    Baikonur into a flight along the ISS plane;
//  - closed-loop Powered Explicit Guidance for the third stage (linear-tangent
//    style radial steering, re-solved every step: Jaggers 1977, "An explicit
//    solution to the exoatmospheric powered flight guidance and trajectory
//    optimization problem for rocket propelled vehicles", AIAA 77-1051; the
//    formulation of the Orbiter "Powered Explicit Guidance" notes), aimed at
//    the perigee of the insertion orbit with zero radial speed.
// The target plane has the ISS's ascending node at the current instant
// (from SGP4) and the insertion inclination of the mission file, so the
// launch azimuth follows from the ISS orbit, not from a typed-in angle.

#include <vector>

#include <glm/glm.hpp>

#include "sim/mission_config.h"

namespace rv::sim {

// Unit normal of the target orbital plane (TEME) from the ISS state and the
// wanted inclination.
glm::dvec3 targetPlaneNormal(const glm::dvec3& issPosTeme, const glm::dvec3& issVelTeme,
                             double inclinationRad);

// Inertial launch azimuth (radians from north, clockwise) at a site: the
// direction of the target plane's horizontal at the site.
double inertialLaunchAzimuthRad(const glm::dvec3& siteTeme, const glm::dvec3& planeNormal);

// Pitch from vertical (degrees) of the program at a time; linear between
// points, held after the last.
double pitchProgramDeg(const std::vector<PitchPoint>& program, double metS);

struct PegTarget {
  double radiusM = 0.0;        // insertion radius (perigee)
  double radialSpeedMs = 0.0;  // 0 at perigee
  double horizontalSpeedMs = 0.0;
  double semiMajorAxisM = 0.0;  // cut-off when the orbit's energy reaches this
};
PegTarget pegTarget(double perigeeHeightM, double apogeeHeightM);

struct PegState {
  bool initialised = false;
  double a = 0.0, b = 0.0;  // steering constants: radial thrust fraction A + B t
  double timeToGoS = 0.0;
  double lastUpdateS = 0.0;  // time the constants refer to (any clock, seconds)
};

struct PegInputs {
  glm::dvec3 posTeme{0.0}, velTeme{0.0};
  glm::dvec3 planeNormal{0.0, 0.0, 1.0};
  double thrustAccel = 0.0;   // current thrust / mass, m/s^2
  double exhaustSpeed = 0.0;  // Isp g0, m/s
  double timeS = 0.0;
};

// Updates the PEG constants for the current state (one iteration per call;
// several on the first) and returns the unit thrust direction (TEME), with
// the out-of-plane steering included. Below a few seconds to go the
// constants are frozen, as PEG does, since they become ill-conditioned.
glm::dvec3 pegSteer(PegState& peg, const PegTarget& target, const PegInputs& in);

// Out-of-plane thrust fraction that brings the out-of-plane position and
// velocity to zero after timeToGoS (clamped to +-limit).
double outOfPlaneFraction(const glm::dvec3& posTeme, const glm::dvec3& velTeme,
                          const glm::dvec3& planeNormal, double thrustAccel, double timeToGoS,
                          double limit);

// Thrust direction of the open-loop phase: pitch from the vertical in the
// plane, with the out-of-plane fraction added.
glm::dvec3 programSteer(const glm::dvec3& posTeme, const glm::dvec3& planeNormal,
                        double pitchFromVerticalRad, double outOfPlane);

}  // namespace rv::sim
