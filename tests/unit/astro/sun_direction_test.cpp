// Sun direction (Astronomical Almanac low-precision formulae, ~0.01 deg).
#include "astro/sun_direction.h"

#include "astro/constants.h"
#include "astro/time_scales.h"

#include <gtest/gtest.h>

#include <cmath>

using namespace rv::astro;

TEST(SunDirection, MeeusExample25a) {
  // Meeus, Astronomical Algorithms (2nd ed., 1998), Example 25.a, from the
  // full VSOP87 theory: 1992 October 13.0 TD, apparent
  //   right ascension 13h13m31.4s = 198.38083 deg, declination -7d47'06" =
  //   -7.78507 deg, distance R = 0.99766 AU (the R package oce's
  //   sunDeclinationRightAscension() docs quote the same figures).
  // TD = TT; 1992 October: TAI - UTC = 27 s, so TT - UTC = 59.184 s.
  const double utcS = *parseIsoUtc("1992-10-13T00:00:00Z") - 59.184;
  const SunPosition sun = sunPosition(utcS);
  EXPECT_NEAR(sun.rightAscensionRad * kRadToDeg, 198.38083, 0.01);
  EXPECT_NEAR(sun.declinationRad * kRadToDeg, -7.78507, 0.01);
  EXPECT_NEAR(sun.distanceM / kAstronomicalUnit, 0.99766, 1e-4);
  EXPECT_NEAR(glm::length(sun.directionTeme), 1.0, 1e-15);
}

TEST(SunDirection, March2021Equinox) {
  // USNO "Earth's Seasons": March equinox 2021-03-20 09:37 UTC, when the
  // Sun's apparent declination crosses zero (it moves ~0.016 deg per hour).
  const SunPosition sun = sunPosition(*parseIsoUtc("2021-03-20T09:37:00Z"));
  EXPECT_NEAR(sun.declinationRad * kRadToDeg, 0.0, 0.01);
  EXPECT_NEAR(std::remainder(sun.rightAscensionRad, kTwoPi) * kRadToDeg, 0.0, 0.02);
}

TEST(SunDirection, LaunchDayIsAfterTheSeptemberEquinox) {
  // On 2021-10-05 the Sun is south of the equator (about -5 deg) at
  // right ascension about 12h45m (autumn, northern hemisphere).
  const SunPosition sun = sunPosition(*parseIsoUtc("2021-10-05T08:55:02Z"));
  EXPECT_NEAR(sun.declinationRad * kRadToDeg, -4.9, 0.3);
  EXPECT_NEAR(sun.rightAscensionRad * kRadToDeg / 15.0, 12.75, 0.1);
}
