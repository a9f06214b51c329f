#include "frame_builder.h"

#include <cmath>

#include "astro/constants.h"
#include "astro/earth_rotation.h"
#include "astro/sun_direction.h"
#include "astro/time_scales.h"

namespace rv::app {

render::Camera overviewCamera(double gmstRad) {
  using namespace astro;
  const double lat = 30.0 * kDegToRad, lon = 103.6 * kDegToRad;
  const glm::dvec3 dirEcef(std::cos(lat) * std::cos(lon), std::cos(lat) * std::sin(lon),
                           std::sin(lat));
  const glm::dvec3 eye = ecefToTeme(dirEcef * (3.2 * kWgs84A), gmstRad);
  return render::lookAt(eye, glm::dvec3(0.0), glm::dvec3(0.0, 0.0, 1.0), 45.0 * kDegToRad);
}

render::RenderFrame buildFrame(const FrameRequest& req) {
  render::RenderFrame f;
  f.utcS = req.utcS;
  // DUT1 for early October 2021 was about -0.11 s (IERS Bulletin A); 0.11 s
  // of Earth rotation is 50 m at the equator, invisible at this stage.
  f.gmstRad = astro::gmstRad(astro::julianDate(astro::ut1FromUtc(req.utcS, -0.11)));
  f.sunDirTeme = astro::sunPosition(req.utcS).directionTeme;
  f.camera = overviewCamera(f.gmstRad);
  return f;
}

} // namespace rv::app
