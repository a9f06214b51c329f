#pragma once
// The view volume's side and near planes, read off a projection matrix
// (Gribb and Hartmann's method: clip-space w +- x, w +- y, w + z), for
// skipping what lies wholly outside the picture before it costs vertex work
// (the vehicles' parts, the Earth's tiles), lens shift included. A software
// rasteriser shades every vertex of a draw on one thread, even those the
// clipper then throws away.

#include <array>

#include <glm/glm.hpp>

namespace rv::render {

class ViewFrustum {
 public:
  explicit ViewFrustum(const glm::mat4& proj);
  // True when a sphere (view space) lies wholly outside one of the planes.
  // No far plane: the scene's projection has none that matters here.
  bool excludes(const glm::vec3& centerView, float radius) const;

 private:
  std::array<glm::vec4, 5> m_planes{};  // unit normals pointing inside
};

}  // namespace rv::render
