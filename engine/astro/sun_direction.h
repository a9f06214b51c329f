#pragma once
// The Sun's direction from the Earth's centre, from the Astronomical Almanac's
// low-precision formulae (accurate to about 0.01 deg between 1950 and 2050),
// expressed in the mission's inertial frame (equator and equinox of date).

#include <glm/glm.hpp>

namespace rv::astro {

struct SunPosition {
  glm::dvec3 directionTeme;  // unit vector
  double distanceM = 0.0;
  double rightAscensionRad = 0.0;
  double declinationRad = 0.0;
};

SunPosition sunPosition(double utcS);

}  // namespace rv::astro
