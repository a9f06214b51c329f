#include "world_map.h"

#include <gtest/gtest.h>

#include "app_fixture.h"
#include "astro/sun_direction.h"
#include "astro/time_scales.h"
#include "frame_builder.h"

using namespace rv;

// At 12:00 UTC on the mission day the Sun stands over about 3 degrees west
// (the equation of time is +11 minutes in early October) and 4.8 degrees
// south (the declination): the ephemeris and the Earth's rotation agree.
TEST(WorldMap, SubsolarPointAtNoonUtcOnTheMissionDay) {
  const app::LoadedMission* m = &app::test::sharedMission();
  const double noon = *astro::parseIsoUtc("2021-10-05T12:00:00Z");
  const app::LatLonDeg s =
      app::subsolarPoint(astro::sunPosition(noon).directionTeme, app::gmstAt(*m, noon));
  EXPECT_NEAR(s.latDeg, -4.8, 0.3);
  EXPECT_NEAR(s.lonDeg, -2.9, 0.3);
}

TEST(WorldMap, TerminatorIsNinetyDegreesFromTheSubsolarPoint) {
  const app::LatLonDeg sun{-4.8, 30.0};
  // On the Sun's meridian the boundary is near the pole in darkness; a
  // quarter turn away it crosses the equator.
  EXPECT_NEAR(app::terminatorLatDeg(30.0, sun), 90.0 - 4.8, 1e-9);
  EXPECT_NEAR(app::terminatorLatDeg(120.0, sun), 0.0, 1e-9);
  EXPECT_NEAR(app::terminatorLatDeg(210.0, sun), -(90.0 - 4.8), 1e-9);
}
