#include "astro/earth_rotation.h"

#include <cmath>

#include "astro/constants.h"

namespace rv::astro {

double gmstRad(double jdUt1) {
  const double tut1 = (jdUt1 - 2451545.0) / 36525.0;
  // Seconds of time; 1 s of time = 15 arcsec, hence / 240 to degrees.
  double seconds = -6.2e-6 * tut1 * tut1 * tut1 + 0.093104 * tut1 * tut1 +
                   (876600.0 * 3600.0 + 8640184.812866) * tut1 + 67310.54841;
  double rad = std::fmod(seconds * kDegToRad / 240.0, kTwoPi);
  if (rad < 0.0) rad += kTwoPi;
  return rad;
}

glm::dmat3 ecefToTemeMatrix(double gmst) {
  const double c = std::cos(gmst), s = std::sin(gmst);
  // Column-major: columns are the images of the ECEF basis vectors.
  return glm::dmat3(c, s, 0.0, -s, c, 0.0, 0.0, 0.0, 1.0);
}

glm::dvec3 ecefToTeme(const glm::dvec3& p, double gmst) {
  return ecefToTemeMatrix(gmst) * p;
}

glm::dvec3 temeToEcef(const glm::dvec3& p, double gmst) {
  return glm::transpose(ecefToTemeMatrix(gmst)) * p;
}

glm::dvec3 temeToEcefVelocity(const glm::dvec3& posTeme, const glm::dvec3& velTeme, double gmst) {
  const glm::dvec3 rEcef = temeToEcef(posTeme, gmst);
  const glm::dvec3 omega(0.0, 0.0, kEarthRotationRate);
  return temeToEcef(velTeme, gmst) - glm::cross(omega, rEcef);
}

}  // namespace rv::astro
