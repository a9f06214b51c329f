#pragma once
// Osculating two-body orbit figures from an inertial state (telemetry and
// guidance targets). Heights of perigee and apogee are radius minus the
// WGS-84 equatorial radius, the convention of published orbit figures
// ("200 x 240 km").

#include <glm/glm.hpp>

#include "astro/constants.h"

namespace rv::sim {

struct OrbitFigures {
  double semiMajorAxisM = 0.0;
  double eccentricity = 0.0;
  double inclinationRad = 0.0;
  double raanRad = 0.0;
  double perigeeHeightM = 0.0;
  double apogeeHeightM = 0.0;  // infinite/negative on escape orbits
  double periodS = 0.0;
};

OrbitFigures orbitFigures(const glm::dvec3& posTeme, const glm::dvec3& velTeme,
                          double gm = astro::kEarthGm);

}  // namespace rv::sim
