#include "sim/attitude_control.h"

namespace rv::sim {

glm::dvec3 attitudeTorque(const AttitudeState& now, const glm::dquat& target,
                          const glm::dvec3& targetRateTeme, const glm::dvec3& inertia,
                          const AttitudeGains& g) {
  const glm::dvec3 err = attitudeErrorBody(now.bodyToTeme, target);
  glm::dvec3 rateCmd = g.anglePerS * err;
  const double r = glm::length(rateCmd);
  if (r > g.maxRateRadS) rateCmd *= g.maxRateRadS / r;
  rateCmd += glm::conjugate(now.bodyToTeme) * targetRateTeme;
  const glm::dvec3 w = now.rateBodyRadS;
  return inertia * (g.rateLoopPerS * (rateCmd - w)) + glm::cross(w, inertia * w);
}

}  // namespace rv::sim
