#include "sim/reaction_control.h"

#include <algorithm>
#include <cmath>

#include "astro/constants.h"

namespace rv::sim {
namespace {

// On-time of a group asked for `request` out of `max` over the step.
double onTime(double request, double max, double minPulse, double dt) {
  if (max <= 0.0) return 0.0;
  const double want = std::min(std::abs(request) / max, 1.0) * dt;
  if (want < 0.5 * minPulse) return 0.0;
  return std::clamp(want, std::min(minPulse, dt), dt);
}

}  // namespace

double rcsMaxForceN(const RcsConfig& c) {
  return c.thrustN * c.perTranslationGroup;
}

glm::dvec3 rcsMaxTorqueNm(const RcsConfig& c) {
  return c.thrustN * static_cast<double>(c.perRotationCouple) * c.couplesArmM;
}

RcsFiring fireRcs(const RcsConfig& c, const glm::dvec3& force, const glm::dvec3& torque,
                  double dt) {
  RcsFiring f;
  const double fMax = rcsMaxForceN(c);
  const glm::dvec3 tMax = rcsMaxTorqueNm(c);
  double thrusterSeconds = 0.0;
  for (int axis = 0; axis < 3; ++axis) {
    const double tf = onTime(force[axis], fMax, c.minPulseS, dt);
    if (tf > 0.0) {
      const double sign = force[axis] > 0.0 ? 1.0 : -1.0;
      f.forceBodyN[axis] = sign * fMax * tf / dt;
      f.mask |= static_cast<uint16_t>(1u << (2 * axis + (sign > 0.0 ? 0 : 1)));
      thrusterSeconds += tf * c.perTranslationGroup;
    }
    const double tt = onTime(torque[axis], tMax[axis], c.minPulseS, dt);
    if (tt > 0.0) {
      const double sign = torque[axis] > 0.0 ? 1.0 : -1.0;
      f.torqueBodyNm[axis] = sign * tMax[axis] * tt / dt;
      f.mask |= static_cast<uint16_t>(1u << (6 + 2 * axis + (sign > 0.0 ? 0 : 1)));
      thrusterSeconds += tt * c.perRotationCouple;
    }
  }
  f.massFlowKgS = thrusterSeconds / dt * c.thrustN / (c.ispS * astro::kStandardGravity);
  return f;
}

}  // namespace rv::sim
