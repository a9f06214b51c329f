#include "world_map.h"

#include <algorithm>
#include <cmath>

#include "astro/earth_rotation.h"

namespace rv::app {
namespace {
constexpr double kDeg = 3.14159265358979323846 / 180.0;
}

LatLonDeg subsolarPoint(const glm::dvec3& sunDirTeme, double gmstRad) {
  const glm::dvec3 s = glm::normalize(astro::temeToEcef(glm::normalize(sunDirTeme), gmstRad));
  return {std::asin(std::clamp(s.z, -1.0, 1.0)) / kDeg, std::atan2(s.y, s.x) / kDeg};
}

double terminatorLatDeg(double lonDeg, const LatLonDeg& sun) {
  // The Sun's elevation is zero where sin(lat) sin(decl) + cos(lat) cos(decl)
  // cos(dlon) = 0, i.e. tan(lat) = -cos(dlon) / tan(decl).
  const double decl = std::clamp(sun.latDeg, -89.9, 89.9) * kDeg;
  const double tanDecl = std::abs(decl) < 1e-4 ? (decl < 0 ? -1e-4 : 1e-4) : std::tan(decl);
  return std::atan(-std::cos((lonDeg - sun.lonDeg) * kDeg) / tanDecl) / kDeg;
}

}  // namespace rv::app
