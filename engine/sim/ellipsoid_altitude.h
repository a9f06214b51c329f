#pragma once
// Height above the WGS-84 ellipsoid from an Earth-centred position. The
// ellipsoid is symmetric about the spin axis, so the height needs only the
// distance from the axis and z: any Earth-centred frame sharing the Z axis
// (TEME or ECEF) gives the same answer, with no Earth rotation angle. Used
// every integration step for drag, so it is a short closed-form (Bowring
// 1985, one iteration: < 1 mm below 1000 km) rather than the general
// geodetic conversion in astro/geodetic.h.

#include <glm/glm.hpp>

namespace rv::sim {

double ellipsoidHeightM(const glm::dvec3& posEarthCentred);
// Geodetic latitude (radians) from the same inputs.
double geodeticLatitudeRad(const glm::dvec3& posEarthCentred);

}  // namespace rv::sim
