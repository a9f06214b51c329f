#include "sim/rigid_body.h"

#include <algorithm>
#include <cmath>

namespace rv::sim {
namespace {

struct Rate {
  glm::dquat dq{0.0, 0.0, 0.0, 0.0};
  glm::dvec3 dw{0.0};
};

// q' = q * (0, w) / 2 (body rates); I w' = tau - w x (I w).
Rate derivative(const glm::dquat& q, const glm::dvec3& w, const glm::dvec3& inertia,
                const glm::dvec3& torque) {
  Rate r;
  r.dq = 0.5 * (q * glm::dquat(0.0, w.x, w.y, w.z));
  r.dw = (torque - glm::cross(w, inertia * w)) / inertia;
  return r;
}

}  // namespace

AttitudeState stepAttitude(const AttitudeState& y, const glm::dvec3& inertia,
                           const glm::dvec3& torque, double dt) {
  const glm::dquat q0 = y.bodyToTeme;
  const glm::dvec3 w0 = y.rateBodyRadS;
  const Rate k1 = derivative(q0, w0, inertia, torque);
  const Rate k2 = derivative(q0 + (0.5 * dt) * k1.dq, w0 + (0.5 * dt) * k1.dw, inertia, torque);
  const Rate k3 = derivative(q0 + (0.5 * dt) * k2.dq, w0 + (0.5 * dt) * k2.dw, inertia, torque);
  const Rate k4 = derivative(q0 + dt * k3.dq, w0 + dt * k3.dw, inertia, torque);
  AttitudeState out;
  out.bodyToTeme = glm::normalize(q0 + (dt / 6.0) * (k1.dq + 2.0 * k2.dq + 2.0 * k3.dq + k4.dq));
  out.rateBodyRadS = w0 + (dt / 6.0) * (k1.dw + 2.0 * k2.dw + 2.0 * k3.dw + k4.dw);
  return out;
}

glm::dvec3 cylinderInertia(double m, double length, double radius) {
  const double axial = 0.5 * m * radius * radius;
  const double transverse = m * (3.0 * radius * radius + length * length) / 12.0;
  return {axial, transverse, transverse};
}

glm::dvec3 attitudeErrorBody(const glm::dquat& from, const glm::dquat& to) {
  glm::dquat e = glm::conjugate(from) * to;  // body-frame rotation from -> to
  if (e.w < 0.0) e = -e;                     // the short way
  const glm::dvec3 v(e.x, e.y, e.z);
  const double s = glm::length(v);
  if (s < 1e-15) return 2.0 * v;  // small-angle limit
  const double angle = 2.0 * std::atan2(s, e.w);
  return v * (angle / s);
}

double attitudeAngle(const glm::dquat& a, const glm::dquat& b) {
  return glm::length(attitudeErrorBody(a, b));
}

}  // namespace rv::sim
