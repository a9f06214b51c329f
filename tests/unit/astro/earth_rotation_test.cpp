// GMST (IAU-82, SGP4's gstime) and the TEME <-> ECEF rotation.
#include "astro/earth_rotation.h"

#include "astro/constants.h"
#include "astro/time_scales.h"

#include <gtest/gtest.h>

#include <cmath>

using namespace rv::astro;

TEST(EarthRotation, GmstValladoExample3_5) {
  // Vallado, Fundamentals of Astrodynamics and Applications, Example 3-5:
  // 1992 August 20, 12:14 UT1 -> GMST = 152.578787886 deg.
  CalendarUtc c;
  c.year = 1992;
  c.month = 8;
  c.day = 20;
  c.hour = 12;
  c.minute = 14;
  const double jdUt1 = julianDate(utcFromCalendar(c));  // the UT1 instant, as a date
  // A Julian date near 2.4e6 resolves ~40 us of time = ~2e-7 deg of GMST.
  EXPECT_NEAR(gmstRad(jdUt1) * kRadToDeg, 152.578787886, 1e-6);
}

TEST(EarthRotation, GmstAtJ2000) {
  // IAU-82 at 2000-01-01 12:00 UT1: 67310.54841 s of time = 18.697374558 h
  // = 280.46061837 deg (the formula's constant term).
  EXPECT_NEAR(gmstRad(2451545.0) * kRadToDeg, 280.46061837, 1e-8);
  // One sidereal day later in UT1 (0.99726957 d), GMST returns to the same angle.
  EXPECT_NEAR(std::remainder(gmstRad(2451545.0 + 0.99726957) - gmstRad(2451545.0), kTwoPi), 0.0,
              2e-6);
}

TEST(EarthRotation, TemeEcefRoundTripAndSense) {
  const double gmst = 0.7;
  const glm::dvec3 p(6778e3, -1234e3, 3456e3);
  EXPECT_NEAR(glm::length(ecefToTeme(temeToEcef(p, gmst), gmst) - p), 0.0, 1e-8);
  // The Greenwich meridian (ECEF +X) lies at right ascension = GMST in TEME.
  const glm::dvec3 x = ecefToTeme(glm::dvec3(1, 0, 0), gmst);
  EXPECT_NEAR(std::atan2(x.y, x.x), gmst, 1e-15);
  EXPECT_NEAR(x.z, 0.0, 1e-15);
  // A point fixed on the ground moves with the Earth in TEME: its ECEF
  // velocity is zero.
  const glm::dvec3 ground = ecefToTeme(glm::dvec3(4e6, 3e6, 3.5e6), gmst);
  const glm::dvec3 vTeme = glm::cross(glm::dvec3(0, 0, kEarthRotationRate), ground);
  EXPECT_NEAR(glm::length(temeToEcefVelocity(ground, vTeme, gmst)), 0.0, 1e-9);
}
