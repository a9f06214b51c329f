// The readouts of the Soyuz's flight: who flies it, how its attitude is
// flown and what fires, read from the simulated state at moments found from
// the simulation's own events.
#include <gtest/gtest.h>

#include <memory>
#include <string>

#include "sim/mission_config.h"
#include "sim/mission_simulation.h"
#include "ui_readouts.h"

using namespace rv;

namespace {

const sim::MissionTimeline& timeline() {
  static const std::unique_ptr<sim::MissionTimeline> t = [] {
    auto c = sim::loadMission(std::string(RV_ASSET_DIR) + "/missions/soyuz-ms19.toml");
    EXPECT_TRUE(std::holds_alternative<sim::MissionConfig>(c));
    auto r = sim::simulateMission(std::get<sim::MissionConfig>(c));
    return std::make_unique<sim::MissionTimeline>(std::get<sim::MissionTimeline>(std::move(r)));
  }();
  return *t;
}

app::Readout readoutAfter(const char* event, double afterS) {
  const sim::MissionEvent* e = timeline().findEvent(event);
  EXPECT_NE(e, nullptr) << event;
  return app::readoutAt(timeline(), timeline().frame(e->utcS + afterS));
}

TEST(Readouts, DuringABurnTheMainEngineFiresInTheBurnAttitude) {
  const app::Readout r = readoutAfter("burn_2", 5.0);
  EXPECT_EQ(r.attitude, "Burn attitude");
  EXPECT_EQ(r.thrusters, "S5.80 main engine");
  EXPECT_EQ(r.control, "");
}

TEST(Readouts, TheKursFliesTheFlyaroundPointingAtTheStation) {
  const app::Readout r = readoutAfter("flyaround", 30.0);
  EXPECT_EQ(r.control, "Kurs-NA (automatic)");
  EXPECT_EQ(r.attitude, "Docking axis at the station");
}

TEST(Readouts, AfterTheKursFailureTheCommanderFlies) {
  const app::Readout r = readoutAfter("manual_control", 60.0);
  EXPECT_EQ(r.control, "Manual: commander Shkaplerov");
  EXPECT_EQ(r.attitude, "Hand-flown (docking attitude)");
  const app::Readout docked = readoutAfter("contact", 10.0);
  EXPECT_TRUE(docked.docked);
  EXPECT_EQ(docked.control, "");
}

}  // namespace
