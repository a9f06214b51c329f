#include "render/mesh_tiles.h"

#include <algorithm>
#include <cmath>

#include "astro/constants.h"

namespace rv::render {

MeshTile boundMeshTile(const std::vector<glm::vec3>& positions,
                       const std::vector<std::uint32_t>& indices, std::uint32_t first,
                       std::uint32_t count) {
  MeshTile tile;
  tile.firstIndex = first;
  tile.indexCount = count;
  if (count < 3) return tile;
  glm::dvec3 lo(positions[indices[first]]), hi = lo;
  glm::dvec3 normalSum(0.0);
  std::vector<glm::dvec3> normals;
  normals.reserve(count / 3);
  for (std::uint32_t k = first; k + 2 < first + count; k += 3) {
    const glm::dvec3 a(positions[indices[k]]), b(positions[indices[k + 1]]),
        c(positions[indices[k + 2]]);
    lo = glm::min(lo, glm::min(a, glm::min(b, c)));
    hi = glm::max(hi, glm::max(a, glm::max(b, c)));
    const glm::dvec3 n = glm::cross(b - a, c - a);
    const double len = glm::length(n);
    if (len <= 0.0) continue;  // degenerate: draws nothing
    normals.push_back(n / len);
    normalSum += n / len;
  }
  tile.center = 0.5 * (lo + hi);
  for (std::uint32_t k = first; k < first + count; ++k) {
    tile.radius =
        std::max(tile.radius, glm::length(glm::dvec3(positions[indices[k]]) - tile.center));
  }
  const double sumLen = glm::length(normalSum);
  if (normals.empty() || sumLen < 1e-9) {
    tile.coneHalfAngleRad = astro::kPi;  // no useful cone: never faces away
    return tile;
  }
  tile.coneAxis = normalSum / sumLen;
  double minCos = 1.0;
  for (const glm::dvec3& n : normals) minCos = std::min(minCos, glm::dot(n, tile.coneAxis));
  tile.coneHalfAngleRad = std::acos(std::clamp(minCos, -1.0, 1.0));
  return tile;
}

bool tileFacesAway(const MeshTile& tile, const glm::dvec3& eye) {
  // A triangle with unit normal n through point p is drawn when
  // dot(n, eye - p) > 0. With p in the bounding sphere (c, r) and n within
  // the cone: dot(n, eye - p) <= L cos(max(beta - alpha, 0)) + r, where
  // L = |eye - c| and beta = angle(axis, eye - c). All face away when that
  // bound is <= 0, i.e. beta - alpha >= acos(-r / L).
  if (tile.coneHalfAngleRad >= astro::kPi * 0.5) return false;
  const glm::dvec3 w = eye - tile.center;
  const double len = glm::length(w);
  if (len <= tile.radius) return false;
  const double beta = std::acos(std::clamp(glm::dot(tile.coneAxis, w) / len, -1.0, 1.0));
  // A small angular margin covers the float rounding of the GPU's own test.
  constexpr double kMarginRad = 1e-5;
  return beta - tile.coneHalfAngleRad >= std::acos(-tile.radius / len) + kMarginRad;
}

}  // namespace rv::render
