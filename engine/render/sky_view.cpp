#include "render/sky_view.h"

#include <algorithm>
#include <cmath>

namespace rv::render {

SkyViewFrame makeSkyViewFrame(const SkyFrame& sky) {
  SkyViewFrame f;
  const glm::dvec3 up = sky.camPosKm / std::max(sky.camRadiusKm, 1e-9);
  glm::dvec3 x = sky.sunSphere - up * glm::dot(sky.sunSphere, up);
  if (glm::length(x) < 1e-6) {
    // The Sun overhead or underfoot: the sky is the same at every azimuth,
    // so any horizontal axis will do.
    x = glm::cross(up, std::abs(up.z) < 0.9 ? glm::dvec3(0, 0, 1) : glm::dvec3(1, 0, 0));
  }
  x = glm::normalize(x);
  f.localToSphere = glm::dmat3(x, glm::cross(up, x), up);
  // cos(zenith) of the tangent ray is -sqrt(r^2 - R^2) / r; a camera at or
  // below the sphere (the pad, on the stretched ellipsoid) sees it level.
  f.horizonCos = -std::sqrt(std::max(sky.camGroundC, 0.0)) / std::max(sky.camRadiusKm, 1e-9);
  return f;
}

glm::dvec2 skyViewCoords(const glm::dvec3& dirLocal, double horizonCos) {
  const double v = std::sqrt(std::max((dirLocal.z - horizonCos) / (1.0 - horizonCos), 0.0));
  const double across = std::hypot(dirLocal.x, dirLocal.y);
  const double cosAzimuth = across > 1e-12 ? dirLocal.x / across : 1.0;
  const double u = std::sqrt(std::max(0.5 - 0.5 * cosAzimuth, 0.0));
  return {u, v};
}

glm::dvec3 skyViewDirection(const glm::dvec2& coords, double horizonCos) {
  const double cosZenith = horizonCos + coords.y * coords.y * (1.0 - horizonCos);
  const double sinZenith = std::sqrt(std::max(1.0 - cosZenith * cosZenith, 0.0));
  const double azimuth = 2.0 * std::asin(std::clamp(coords.x, 0.0, 1.0));
  return {sinZenith * std::cos(azimuth), sinZenith * std::sin(azimuth), cosZenith};
}

}  // namespace rv::render
