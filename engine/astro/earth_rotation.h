#pragma once
// Earth rotation. The mission's inertial frame is TEME (true equator, mean
// equinox of date), the frame SGP4 works in; ECEF follows from it by a single
// rotation about Z through the Greenwich mean sidereal angle (IAU-82, as SGP4
// computes it). Polar motion (< 0.5 arcsec) is neglected.

#include <glm/glm.hpp>

namespace rv::astro {

// Greenwich mean sidereal time (radians, 0..2pi) for a UT1 Julian date,
// IAU-82 formula as in Vallado's gstime().
double gmstRad(double jdUt1);

// Rotations between TEME and ECEF for a given GMST angle.
glm::dvec3 temeToEcef(const glm::dvec3& posTeme, double gmst);
glm::dvec3 ecefToTeme(const glm::dvec3& posEcef, double gmst);
// Velocity including the Earth's rotation (v_ecef = R v_teme - w x r_ecef).
glm::dvec3 temeToEcefVelocity(const glm::dvec3& posTeme, const glm::dvec3& velTeme, double gmst);
// The 3x3 matrix that takes ECEF vectors to TEME (column-major, glm).
glm::dmat3 ecefToTemeMatrix(double gmst);

}  // namespace rv::astro
