#include "render/earth_tile_shading.h"

#include <algorithm>
#include <cmath>

#include "astro/constants.h"

namespace rv::render {
namespace {

// earth.frag: every sunlit term (Lambert, glint, skylight, the rim) is zero
// where the Sun's cosine is at or below -0.2; the city lights are zero at or
// above 0.02. The margin covers the shader's float normals.
constexpr double kDayTermsFrom = -0.2;
constexpr double kNightTermsUntil = 0.02;
constexpr double kSunCosMargin = 1e-3;
// earth.frag's cityLights: no towns where a fine cell is 0.7 pixel or less.
// The margin covers the pixel's footprint on the mesh's chords and the
// finite differences of the derivatives.
constexpr double kNoTownsCellsPerPixel = 0.7 * 1.25;

}  // namespace

NormalCone boundNormals(const std::vector<glm::vec3>& normals,
                        const std::vector<std::uint32_t>& indices, std::uint32_t first,
                        std::uint32_t count) {
  NormalCone cone;
  glm::dvec3 sum(0.0);
  for (std::uint32_t k = first; k < first + count; ++k) sum += glm::dvec3(normals[indices[k]]);
  const double len = glm::length(sum);
  if (count == 0 || len < 1e-9) {
    cone.halfAngleRad = astro::kPi;  // no useful cone: any side
    return cone;
  }
  cone.axis = sum / len;
  double minCos = 1.0;
  for (std::uint32_t k = first; k < first + count; ++k) {
    minCos = std::min(minCos, glm::dot(glm::normalize(glm::dvec3(normals[indices[k]])), cone.axis));
  }
  cone.halfAngleRad = std::acos(std::clamp(minCos, -1.0, 1.0));
  return cone;
}

unsigned earthSideShading(double minSunCos, double maxSunCos) {
  unsigned bits = 0;
  if (maxSunCos > kDayTermsFrom - kSunCosMargin) bits |= kEarthDaySide;
  if (minSunCos < kNightTermsUntil + kSunCosMargin) bits |= kEarthNightSide;
  return bits;
}

unsigned earthSideShading(const NormalCone& normals, const glm::dvec3& sunDir) {
  const double angle = std::acos(std::clamp(glm::dot(normals.axis, sunDir), -1.0, 1.0));
  const double nearest = std::max(angle - normals.halfAngleRad, 0.0);
  const double farthest = std::min(angle + normals.halfAngleRad, astro::kPi);
  return earthSideShading(std::cos(farthest), std::cos(nearest));
}

bool earthTownsVisible(double minDistanceM, double minPixelAngleRad, int nightRows) {
  // A pixel's neighbour lands at least distance * angle away on the ground.
  // The night map's fine cells (4 per texel, 4 * nightRows from pole to
  // pole) are no longer than half a meridian over 4 * nightRows, on the
  // ellipsoid whose largest radius of curvature is a^2 / b; across the
  // meridians they are shorter still (twice as many over a full parallel).
  const double maxCurvatureRadiusM = astro::kWgs84A * astro::kWgs84A / astro::kWgs84B;
  const double cellsPerMetre = 4.0 * nightRows / (astro::kPi * maxCurvatureRadiusM);
  return minDistanceM * minPixelAngleRad * cellsPerMetre < kNoTownsCellsPerPixel;
}

bool nightMapDark(const LitRowCounts& night, const glm::dvec2& uvMin, const glm::dvec2& uvMax) {
  if (night.width <= 0 || night.height <= 0) return false;
  const glm::dvec2 size = uvMax - uvMin;
  const glm::dvec2 lo = uvMin - size, hi = uvMax + size;
  const int x0 = static_cast<int>(std::floor(lo.x * night.width)) - 1;
  const int x1 = static_cast<int>(std::ceil(hi.x * night.width)) + 1;
  const int y0 = std::max(static_cast<int>(std::floor(lo.y * night.height)) - 1, 0);
  const int y1 = std::min(static_cast<int>(std::ceil(hi.y * night.height)) + 1, night.height - 1);
  for (int y = y0; y <= y1; ++y) {
    if (night.anyLit(y, x0, x1)) return false;
  }
  return true;
}

double minPixelAngle(double xScale, double yScale, int heightPx) {
  // A step of d on the image plane at distance 1 turns the ray by at least
  // d cos^2(alpha), alpha the ray's angle off the axis: least at a corner.
  const double tanX = 1.0 / xScale, tanY = 1.0 / yScale;
  const double step = 2.0 * tanY / std::max(heightPx, 1);
  return step / (1.0 + tanX * tanX + tanY * tanY);
}

double globeChordSagM(int latSegments, int lonSegments) {
  // Half a cell each way: the middle is cos of both half-steps below.
  const double halfLat = 0.5 * astro::kPi / std::max(latSegments, 1);
  const double halfLon = astro::kPi / std::max(lonSegments, 1);
  return astro::kWgs84A * (1.0 - std::cos(halfLat) * std::cos(halfLon));
}

}  // namespace rv::render
