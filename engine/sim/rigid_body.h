#pragma once
// Rotational dynamics of a rigid body for the fixed-step integrator: unit
// quaternion attitude (body -> TEME) and body angular rate, driven by a body
// torque held over the step (Euler's equations with the gyroscopic term).
//
// Every body here is described by its principal moments about body axes
// (diagonal inertia): the Soyuz and the rocket pieces are near enough to
// axisymmetric that the products of inertia are small against the estimate's
// own uncertainty.
#include <glm/glm.hpp>
#include <glm/gtc/quaternion.hpp>

namespace rv::sim {

struct AttitudeState {
  glm::dquat bodyToTeme{1.0, 0.0, 0.0, 0.0};
  glm::dvec3 rateBodyRadS{0.0};  // angular velocity relative to inertial space, body axes
};

// One RK4 step of length dtS with a constant body torque; the quaternion is
// renormalised at the end (RK4 drifts off the unit sphere by ~1e-12 a step).
AttitudeState stepAttitude(const AttitudeState& y, const glm::dvec3& inertiaDiagKgM2,
                           const glm::dvec3& torqueBodyNm, double dtS);

// Principal moments of a solid cylinder with its axis along body +X
// (Ixx = m r^2 / 2, Iyy = Izz = m (3 r^2 + L^2) / 12).
glm::dvec3 cylinderInertia(double massKg, double lengthM, double radiusM);

// Rotation vector (axis times angle, radians, in the body frame of `from`)
// that turns attitude `from` into `to`, the short way round.
glm::dvec3 attitudeErrorBody(const glm::dquat& from, const glm::dquat& to);

// Angle between two attitudes, radians, in [0, pi].
double attitudeAngle(const glm::dquat& a, const glm::dquat& b);

}  // namespace rv::sim
