#include "render/view_frustum.h"

namespace rv::render {

ViewFrustum::ViewFrustum(const glm::mat4& proj) {
  // GLM is column-major: proj[c][r]. Row r of the matrix, as a plane.
  const auto row = [&proj](int r) {
    return glm::vec4(proj[0][r], proj[1][r], proj[2][r], proj[3][r]);
  };
  const glm::vec4 w = row(3);
  m_planes = {w + row(0), w - row(0), w + row(1), w - row(1), w + row(2)};
  for (glm::vec4& p : m_planes) {
    const float len = glm::length(glm::vec3(p));
    if (len > 0.0f) p /= len;
  }
}

bool ViewFrustum::excludes(const glm::vec3& centerView, float radius) const {
  for (const glm::vec4& p : m_planes) {
    if (glm::dot(glm::vec3(p), centerView) + p.w < -radius) return true;
  }
  return false;
}

}  // namespace rv::render
