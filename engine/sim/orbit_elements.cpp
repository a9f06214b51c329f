#include "sim/orbit_elements.h"

#include <cmath>

namespace rv::sim {

OrbitFigures orbitFigures(const glm::dvec3& r, const glm::dvec3& v, double gm) {
  using namespace rv::astro;
  OrbitFigures f;
  const double rm = glm::length(r);
  const double energy = 0.5 * glm::dot(v, v) - gm / rm;
  const glm::dvec3 h = glm::cross(r, v);
  const double hm = glm::length(h);
  const glm::dvec3 eVec = glm::cross(v, h) / gm - r / rm;
  f.eccentricity = glm::length(eVec);
  f.semiMajorAxisM = -gm / (2.0 * energy);
  f.inclinationRad = std::acos(glm::clamp(h.z / hm, -1.0, 1.0));
  f.raanRad = std::atan2(h.x, -h.y);
  if (f.raanRad < 0.0) f.raanRad += kTwoPi;
  f.perigeeHeightM = f.semiMajorAxisM * (1.0 - f.eccentricity) - kWgs84A;
  f.apogeeHeightM = f.semiMajorAxisM * (1.0 + f.eccentricity) - kWgs84A;
  f.periodS = energy < 0.0 ? kTwoPi * std::sqrt(std::pow(f.semiMajorAxisM, 3) / gm) : 0.0;
  return f;
}

}  // namespace rv::sim
