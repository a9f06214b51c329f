#include "relative_motion.h"

namespace rv::app {

LvlhOffset lvlhOffset(const glm::dvec3& chaserPos, const glm::dvec3& targetPos,
                      const glm::dvec3& targetVel) {
  const glm::dvec3 r = glm::normalize(targetPos);
  const glm::dvec3 h = glm::normalize(glm::cross(targetPos, targetVel));
  const glm::dvec3 v = glm::cross(h, r);  // completes the frame; along the velocity for a circle
  const glm::dvec3 d = chaserPos - targetPos;
  return {glm::dot(d, v), glm::dot(d, h), glm::dot(d, r)};
}

}  // namespace rv::app
