#include "render/sky_model.h"

#include <cmath>
#include <limits>

namespace rv::render {
namespace {

glm::dvec3 extinctionAt(const SkyParams& p, double altitudeKm) {
  const double rayleigh = std::exp(-altitudeKm / p.rayleighScaleHeightKm);
  const double mie = std::exp(-altitudeKm / p.mieScaleHeightKm);
  return p.rayleighScatteringPerKm * rayleigh + glm::dvec3(p.mieExtinctionPerKm * mie);
}

}  // namespace

glm::dvec3 opticalDepthToTop(const SkyParams& p, double altitudeKm, double mu) {
  const double r = p.groundRadiusKm + altitudeKm;
  // Ray r(t)^2 = r^2 + 2 r mu t + t^2; it meets the ground when the
  // discriminant for the ground sphere is positive and mu < 0.
  const double discGround = r * r * (mu * mu - 1.0) + p.groundRadiusKm * p.groundRadiusKm;
  if (mu < 0.0 && discGround >= 0.0) return glm::dvec3(std::numeric_limits<double>::infinity());
  const double discTop = r * r * (mu * mu - 1.0) + p.topRadiusKm * p.topRadiusKm;
  const double length = -r * mu + std::sqrt(std::max(discTop, 0.0));
  constexpr int kSteps = 400;
  const double dt = length / kSteps;
  glm::dvec3 sum(0.0);
  for (int i = 0; i < kSteps; ++i) {
    const double t = (i + 0.5) * dt;
    const double ri = std::sqrt(r * r + 2.0 * r * mu * t + t * t);
    sum += extinctionAt(p, ri - p.groundRadiusKm) * dt;
  }
  return sum;
}

TransmittanceTable buildTransmittanceTable(const SkyParams& p, int heights, int cosines) {
  TransmittanceTable table{heights, cosines, {}};
  table.rgb.resize(static_cast<size_t>(heights) * static_cast<size_t>(cosines));
  const double top = p.topRadiusKm - p.groundRadiusKm;
  for (int i = 0; i < heights; ++i) {
    const double x = static_cast<double>(i) / (heights - 1);
    const double altitude = x * x * top;  // the shaders invert this with sqrt
    for (int j = 0; j < cosines; ++j) {
      const double mu = -1.0 + 2.0 * j / (cosines - 1);
      const glm::dvec3 tau = opticalDepthToTop(p, altitude, mu);
      table.rgb[static_cast<size_t>(i) * static_cast<size_t>(cosines) + static_cast<size_t>(j)] =
          glm::vec3(glm::exp(-tau));
    }
  }
  return table;
}

glm::dvec3 sunTransmittanceAt(const SkyParams& p, const glm::dvec3& posKm,
                              const glm::dvec3& sunDir) {
  const glm::dvec3 d = glm::normalize(sunDir);
  double r = glm::length(posKm);
  double mu = glm::dot(posKm, d) / r;
  if (r > p.topRadiusKm) {
    // Above the atmosphere: move to where the ray enters it, if it does.
    const double b = r * mu;
    const double disc = b * b - (r * r - p.topRadiusKm * p.topRadiusKm);
    if (b >= 0.0 || disc <= 0.0) return glm::dvec3(1.0);
    const double t = -b - std::sqrt(disc);
    const glm::dvec3 entry = posKm + d * t;
    r = p.topRadiusKm;
    mu = glm::dot(entry, d) / r;
  }
  return glm::exp(-opticalDepthToTop(p, r - p.groundRadiusKm, mu));
}

}  // namespace rv::render

#include "astro/constants.h"
#include "astro/earth_rotation.h"

namespace rv::render {

SkyFrame makeSkyFrame(const RenderFrame& frame, const SkyParams& p) {
  SkyFrame s;
  glm::dmat3 stretch(1.0);
  stretch[2][2] = astro::kWgs84A / astro::kWgs84B;
  s.temeToSphere = stretch * glm::transpose(astro::ecefToTemeMatrix(frame.gmstRad));
  s.camPosKm = s.temeToSphere * frame.camera.posTeme * 1e-3;
  s.camRadiusKm = glm::length(s.camPosKm);
  s.camGroundC = (s.camRadiusKm - p.groundRadiusKm) * (s.camRadiusKm + p.groundRadiusKm);
  s.sunSphere = glm::normalize(s.temeToSphere * frame.sunDirTeme);
  return s;
}

}  // namespace rv::render
