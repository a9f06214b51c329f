// What-if: the mission file with the launch 10 minutes late
// (assets/missions/what-if-late-10min.toml). The simulation must re-plan and
// give a sensible outcome: the ascent re-aims at the ISS plane and reaches
// orbit; the two-orbit rendezvous is out of reach (the station is ~41 deg
// ahead instead of ~10), so the Soyuz waits whole orbits and docks hours
// later - or, if it may not wait, the event list says no rendezvous is made.
#include <gtest/gtest.h>

#include <cstdlib>
#include <memory>
#include <string>
#include <variant>

#include "astro/constants.h"
#include "astro/time_scales.h"
#include "sim/mission_config.h"
#include "sim/mission_simulation.h"
#include "sim/orbit_elements.h"

namespace rv::sim::test {
namespace {

MissionConfig lateConfig() {
  auto r = loadMission(std::string(RV_ASSET_DIR) + "/missions/what-if-late-10min.toml");
  if (!r) {
    ADD_FAILURE() << r.error().message;
    std::abort();
  }
  return std::move(r).value();
}

std::unique_ptr<MissionTimeline> simulate(const MissionConfig& c) {
  auto s = simulateMission(c);
  if (!s) {
    ADD_FAILURE() << s.error().message;
    std::abort();
  }
  return std::make_unique<MissionTimeline>(std::move(s).value());
}

const MissionTimeline& lateTimeline() {
  static const std::unique_ptr<MissionTimeline> timeline = simulate(lateConfig());
  return *timeline;
}

// The same, but the Soyuz may not wait: no rendezvous at all.
const MissionTimeline& noWaitTimeline() {
  static const std::unique_ptr<MissionTimeline> timeline = [] {
    MissionConfig c = lateConfig();
    c.rendezvous.maxWaitOrbits = 0.0;
    return simulate(c);
  }();
  return *timeline;
}

double utcOf(const char* iso) {
  const auto t = astro::parseIsoUtc(iso);
  if (!t) ADD_FAILURE() << iso;
  return t ? *t : 0.0;
}

double azimuthFromCaption(const MissionEvent& e) {
  const auto pos = e.caption.find("zimuth ");
  return pos == std::string::npos ? 0.0 : std::stod(e.caption.substr(pos + 7));
}

TEST(LateLaunch, AscentReplansAndReachesOrbit) {
  const MissionTimeline& t = lateTimeline();
  const MissionEvent* liftoff = t.findEvent("liftoff");
  ASSERT_NE(liftoff, nullptr);
  // 600 s after the real lift-off (SOURCES S1).
  EXPECT_NEAR(liftoff->utcS - utcOf("2021-10-05T08:55:02.442Z"), 600.0, 1e-6);
  // The azimuth follows the ISS plane, which has moved relative to the pad
  // (62.3 deg on the real launch).
  EXPECT_GT(azimuthFromCaption(*liftoff), 63.0);
  const MissionEvent* cutoff = t.findEvent("third_stage_cutoff");
  const MissionEvent* sep = t.findEvent("spacecraft_sep");
  ASSERT_NE(cutoff, nullptr);
  ASSERT_NE(sep, nullptr);
  EXPECT_NEAR(cutoff->metS, 525.0, 5.0);
  const ObjectState s = t.objectState(ObjectId::Soyuz, sep->utcS);
  const OrbitFigures o = orbitFigures(s.posTeme, s.velTeme);
  EXPECT_NEAR(o.perigeeHeightM / 1000.0, 200.0, 10.0);
  EXPECT_NEAR(o.apogeeHeightM / 1000.0, 240.0, 10.0);
  EXPECT_NEAR(o.inclinationRad / astro::kDegToRad, 51.66, 0.05);
}

TEST(LateLaunch, SoyuzWaitsWholeOrbitsAndDocksLater) {
  const MissionTimeline& t = lateTimeline();
  const MissionEvent* plan = t.findEvent("rendezvous_plan");
  ASSERT_NE(plan, nullptr);
  EXPECT_NE(plan->caption.find("more orbits"), std::string::npos) << plan->caption;
  EXPECT_EQ(t.findEvent("rendezvous_impossible"), nullptr);
  for (const char* id : {"burn_1", "burn_4", "approach_start", "flyaround", "final_approach",
                         "contact", "hatch_open"})
    EXPECT_NE(t.findEvent(id), nullptr) << id;
  // The Kurs failure is replayed as many orbits later as the rendezvous was
  // delayed (12:21 + 3 orbits' wait); this late, the automaton has already
  // docked by then, so nobody takes manual control.
  EXPECT_EQ(t.findEvent("manual_control"), nullptr);
  EXPECT_FALSE(t.data().docking->manual);
  ASSERT_TRUE(t.data().docking.has_value());
  const DockingFigures& d = *t.data().docking;
  // Whole orbits later than the real contact (12:22:31 UTC), same quality.
  const double lateBy = d.contactUtcS - utcOf("2021-10-05T12:22:31Z");
  std::printf("late launch: contact %s, %.0f min after the real one\n",
              astro::formatIsoUtc(d.contactUtcS, 1).c_str(), lateBy / 60.0);
  EXPECT_GT(lateBy, 80.0 * 60.0);
  EXPECT_LT(lateBy, 6.0 * 3600.0);
  EXPECT_NEAR(d.closingSpeedMs, 0.1, 0.05);
  EXPECT_LT(d.lateralMissM, 0.3);
  EXPECT_GT(t.findEvent("hatch_open")->utcS, d.contactUtcS);
  EXPECT_GE(t.endUtcS(), t.findEvent("hatch_open")->utcS);
}

TEST(LateLaunch, WithoutWaitingTheRendezvousIsReportedImpossible) {
  const MissionTimeline& t = noWaitTimeline();
  const MissionEvent* no = t.findEvent("rendezvous_impossible");
  ASSERT_NE(no, nullptr);
  EXPECT_NE(no->caption.find("next day"), std::string::npos) << no->caption;
  for (const char* id :
       {"burn_1", "approach_start", "manual_control", "contact", "hooks_closed", "hatch_open"})
    EXPECT_EQ(t.findEvent(id), nullptr) << id;
  EXPECT_FALSE(t.data().docking.has_value());
  // The Soyuz keeps flying in its insertion orbit to the end of the timeline.
  const ObjectState end = t.objectState(ObjectId::Soyuz, t.endUtcS());
  EXPECT_TRUE(end.exists);
  EXPECT_EQ(end.phase, Phase::Orbit);
  const OrbitFigures o = orbitFigures(end.posTeme, end.velTeme);
  EXPECT_GT(o.perigeeHeightM, 150e3);
}

}  // namespace
}  // namespace rv::sim::test
