#pragma once
// The Earth's atmosphere for rendering: an exponential Rayleigh + Mie
// single-scattering model over a sphere (the WGS-84 ellipsoid stretched
// along z into a sphere of the equatorial radius), and the sunlight
// transmittance table the shaders look up. Pure CPU; no GL.
//
// Coefficients: Bruneton & Neyret 2008 / Bruneton 2017 (Rayleigh
// 5.802, 13.558, 33.1 per 1000 km at 680/550/440 nm, H = 8 km; Mie scattering
// 3.996 per 1000 km, extinction 1.11x that, H = 1.2 km, g = 0.8).

#include <vector>

#include <glm/glm.hpp>

namespace rv::render {

struct SkyParams {
  double groundRadiusKm = 6378.137;  // WGS-84 equatorial radius
  double topRadiusKm = 6378.137 + 100.0;
  glm::dvec3 rayleighScatteringPerKm{5.802e-3, 13.558e-3, 33.1e-3};
  double rayleighScaleHeightKm = 8.0;
  double mieScatteringPerKm = 3.996e-3;
  double mieExtinctionPerKm = 4.440e-3;
  double mieScaleHeightKm = 1.2;
  double mieG = 0.8;
};

// Transmittance table: rows by altitude (0 .. top, sqrt-spaced so the dense
// low layers get more rows), columns by the cosine of the sun's zenith angle
// at that point (-1 .. 1). A ray that hits the ground has zero transmittance.
struct TransmittanceTable {
  int heights = 0;
  int cosines = 0;
  std::vector<glm::vec3> rgb;  // heights * cosines, row-major
};

// Optical depth integrated numerically from a point at altitudeKm along a
// direction with zenith cosine mu to the top of the atmosphere; infinity
// when the ray meets the ground.
glm::dvec3 opticalDepthToTop(const SkyParams& p, double altitudeKm, double mu);

TransmittanceTable buildTransmittanceTable(const SkyParams& p, int heights = 32, int cosines = 128);

// Transmittance of the sunlight reaching a point (Earth-centred, sphere
// space, km) from the direction sunDir: 1 above the atmosphere, 0 when the
// Earth blocks it. For the Sun disc seen from the camera.
glm::dvec3 sunTransmittanceAt(const SkyParams& p, const glm::dvec3& posKm,
                              const glm::dvec3& sunDir);

}  // namespace rv::render

#include "render/render_frame.h"

namespace rv::render {

// Per-frame quantities every atmosphere shader needs, computed in double.
// "Sphere space": Earth-fixed (ECEF) kilometres with z stretched by a/b.
struct SkyFrame {
  glm::dmat3 temeToSphere{1.0};  // TEME direction -> sphere-space direction (not unit)
  glm::dvec3 camPosKm{0.0};      // camera, sphere space
  double camRadiusKm = 0.0;
  double camGroundC = 0.0;              // camRadius^2 - ground^2, km^2
  glm::dvec3 sunSphere{1.0, 0.0, 0.0};  // unit
};
SkyFrame makeSkyFrame(const RenderFrame& frame, const SkyParams& p);

}  // namespace rv::render
