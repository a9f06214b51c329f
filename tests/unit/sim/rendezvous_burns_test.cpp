// The rendezvous burns of the simulated mission: computed against the ISS
// ephemeris (no delta-v in the mission file), a sensible total for the
// two-orbit profile (SOURCES S6: a Hohmann raise alone is ~110 m/s,
// ~110-130 m/s in all), and propellant left for the deorbit burn.
#include <gtest/gtest.h>

#include <cmath>

#include "astro/constants.h"
#include "mission_fixture.h"

namespace rv::sim::test {
namespace {

double massAt(const char* eventId) {
  const MissionTimeline& t = missionTimeline();
  const MissionEvent* e = t.findEvent(eventId);
  if (!e) {
    ADD_FAILURE() << "no event " << eventId;
    return NAN;
  }
  return t.objectState(ObjectId::Soyuz, e->utcS).massKg;
}

TEST(RendezvousBurns, EveryBurnOfTheMissionFileIsFlown) {
  const MissionTimeline& t = missionTimeline();
  EXPECT_NE(t.findEvent("rendezvous_plan"), nullptr);
  for (const BurnPlan& b : missionConfig().burns)
    EXPECT_NE(t.findEvent(b.id.c_str()), nullptr) << b.id;
  EXPECT_EQ(t.findEvent("rendezvous_impossible"), nullptr);
}

TEST(RendezvousBurns, TotalDeltaVIsThatOfATwoOrbitProfile) {
  // Only the S5.80 fires between separation and the approach, so the rocket
  // equation on the masses gives the delta-v flown.
  const EngineConfig& e = missionConfig().spacecraft.mainEngine;
  const double ve = e.ispVacS * astro::kStandardGravity;
  const double dv = ve * std::log(massAt("spacecraft_sep") / massAt("approach_start"));
  std::printf("rendezvous burns: %.1f m/s\n", dv);
  EXPECT_GT(dv, 100.0);  // at least the ~110 m/s Hohmann raise, less drag and geometry
  EXPECT_LT(dv, 160.0);
}

TEST(RendezvousBurns, PropellantIsLeftForTheDeorbitBurn) {
  const MissionConfig& c = missionConfig();
  const double ve = c.spacecraft.mainEngine.ispVacS * astro::kStandardGravity;
  const double docked = missionTimeline().data().soyuzDockedMassKg;
  const double left = c.spacecraft.propellantKg - (c.spacecraft.massKg - docked);
  ASSERT_GT(left, 0.0);
  const double dvLeft = ve * std::log(docked / (docked - left));
  std::printf("propellant left %.0f kg: %.0f m/s\n", left, dvLeft);
  EXPECT_GE(dvLeft, 120.0);  // SOURCES S4: about 115-130 m/s kept for deorbit
}

}  // namespace
}  // namespace rv::sim::test
