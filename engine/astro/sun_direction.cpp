#include "astro/sun_direction.h"

#include <cmath>

#include "astro/constants.h"
#include "astro/time_scales.h"

namespace rv::astro {

SunPosition sunPosition(double utcS) {
  // Days of TT since J2000 (the Almanac uses UT; the 69 s difference moves
  // the Sun by 0.0008 deg, well inside the formula's own accuracy).
  const double n = ttFromUtc(utcS) / kSecondsPerDay;
  const double meanLongitudeDeg = std::fmod(280.460 + 0.9856474 * n, 360.0);
  const double meanAnomalyRad = std::fmod(357.528 + 0.9856003 * n, 360.0) * kDegToRad;
  const double eclipticLongitudeRad = (meanLongitudeDeg + 1.915 * std::sin(meanAnomalyRad) +
                                       0.020 * std::sin(2.0 * meanAnomalyRad)) *
                                      kDegToRad;
  const double obliquityRad = (23.439 - 0.0000004 * n) * kDegToRad;
  const double distanceAu =
      1.00014 - 0.01671 * std::cos(meanAnomalyRad) - 0.00014 * std::cos(2.0 * meanAnomalyRad);

  SunPosition sun;
  sun.directionTeme = glm::dvec3(std::cos(eclipticLongitudeRad),
                                 std::cos(obliquityRad) * std::sin(eclipticLongitudeRad),
                                 std::sin(obliquityRad) * std::sin(eclipticLongitudeRad));
  sun.distanceM = distanceAu * kAstronomicalUnit;
  sun.rightAscensionRad = std::atan2(sun.directionTeme.y, sun.directionTeme.x);
  if (sun.rightAscensionRad < 0.0) sun.rightAscensionRad += kTwoPi;
  sun.declinationRad = std::asin(sun.directionTeme.z);
  return sun;
}

}  // namespace rv::astro
