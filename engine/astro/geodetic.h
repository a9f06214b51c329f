#pragma once
// Geodetic coordinates on the WGS-84 ellipsoid (NIMA TR8350.2), conversions
// to and from ECEF, and the local east-north-up (ENU) frame.
//
// Latitude is geodetic (angle between the ellipsoid normal and the equator),
// longitude is east-positive in (-pi, pi], altitude is height above the
// ellipsoid along the normal, in metres.

#include <glm/glm.hpp>

namespace rv::astro {

struct Geodetic {
  double latRad = 0.0;
  double lonRad = 0.0;
  double altM = 0.0;
};

// ECEF (m) -> geodetic. Bowring's iteration; below 0.1 mm error from the
// centre of the Earth out to beyond the Moon. The poles and the centre are
// handled (longitude 0 where undefined).
Geodetic geodeticFromEcef(const glm::dvec3& posEcef);
// Geodetic -> ECEF (m). Exact.
glm::dvec3 ecefFromGeodetic(const Geodetic& g);
// TEME (m) -> geodetic, for the Greenwich mean sidereal angle gmst (rad) of
// the same instant (earth_rotation.h: gmstRad()).
Geodetic geodeticFromTeme(const glm::dvec3& posTeme, double gmst);

// The matrix whose columns are the local east, north and up unit vectors
// expressed in ECEF: it takes ENU vectors to ECEF (its transpose does the
// reverse). Column-major, glm.
glm::dmat3 enuToEcefMatrix(double latRad, double lonRad);

}  // namespace rv::astro
