// What-if: the mission file with the launch 10 minutes late
// (assets/missions/what-if-late-10min.toml). The simulation must re-plan and
// give a sensible outcome: the ascent re-aims at the ISS plane and reaches
// orbit; the two-orbit rendezvous is out of reach (the station is ~41 deg
// ahead instead of ~10), which the event list says, and nothing docks.
#include <gtest/gtest.h>

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

const MissionTimeline& lateTimeline() {
  static const std::unique_ptr<MissionTimeline> timeline = [] {
    MissionLoadResult r = loadMission(std::string(RV_ASSET_DIR) + "/missions/what-if-late-10min.toml");
    if (auto* e = std::get_if<MissionLoadError>(&r)) {
      ADD_FAILURE() << e->message;
      std::abort();
    }
    auto s = simulateMission(std::get<MissionConfig>(r));
    if (auto* e = std::get_if<std::string>(&s)) {
      ADD_FAILURE() << *e;
      std::abort();
    }
    return std::make_unique<MissionTimeline>(std::get<MissionTimeline>(std::move(s)));
  }();
  return *timeline;
}

double azimuthFromCaption(const MissionEvent& e) {
  const auto pos = e.caption.find("zimuth ");
  return pos == std::string::npos ? 0.0 : std::stod(e.caption.substr(pos + 7));
}

TEST(LateLaunch, AscentReplansAndReachesOrbit) {
  const MissionTimeline& t = lateTimeline();
  const MissionEvent* liftoff = t.findEvent("liftoff");
  ASSERT_NE(liftoff, nullptr);
  // 600 s after the real lift-off (MISSION.md 1.1).
  const auto real = astro::parseIsoUtc("2021-10-05T08:55:02.442Z");
  ASSERT_TRUE(real);
  EXPECT_NEAR(liftoff->utcS - *real, 600.0, 1e-6);
  // The azimuth follows the ISS plane, which has moved relative to the pad.
  EXPECT_GT(azimuthFromCaption(*liftoff), 63.0);
  const MissionEvent* sep = t.findEvent("spacecraft_sep");
  ASSERT_NE(sep, nullptr);
  EXPECT_NE(t.findEvent("third_stage_cutoff"), nullptr);
  const ObjectState s = t.objectState(ObjectId::Soyuz, sep->utcS);
  const OrbitFigures o = orbitFigures(s.posTeme, s.velTeme);
  EXPECT_NEAR(o.perigeeHeightM / 1000.0, 200.0, 10.0);
  EXPECT_NEAR(o.apogeeHeightM / 1000.0, 240.0, 10.0);
  EXPECT_NEAR(o.inclinationRad / astro::kDegToRad, 51.66, 0.05);
}

TEST(LateLaunch, RendezvousIsReportedImpossibleAndNothingDocks) {
  const MissionTimeline& t = lateTimeline();
  const MissionEvent* no = t.findEvent("rendezvous_impossible");
  ASSERT_NE(no, nullptr);
  EXPECT_NE(no->caption.find("next day"), std::string::npos) << no->caption;
  for (const char* id : {"burn_1", "approach_start", "manual_control", "contact", "hooks_closed", "hatch_open"})
    EXPECT_EQ(t.findEvent(id), nullptr) << id;
  EXPECT_FALSE(t.data().docking.has_value());
  // The Soyuz keeps flying in its insertion orbit to the end of the timeline.
  const ObjectState end = t.objectState(ObjectId::Soyuz, t.endUtcS());
  EXPECT_TRUE(end.exists);
  EXPECT_EQ(end.phase, Phase::Orbit);
  const OrbitFigures o = orbitFigures(end.posTeme, end.velTeme);
  EXPECT_GT(o.perigeeHeightM, 150e3);
}

} // namespace
} // namespace rv::sim::test
