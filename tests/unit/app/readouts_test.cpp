// The readouts of the Soyuz's flight: who flies it, how its attitude is
// flown and what fires, read from the simulated state at moments found from
// the simulation's own events.
#include <gtest/gtest.h>

#include <memory>
#include <string>

#include "app_fixture.h"
#include "readouts.h"

using namespace rv;

namespace {

const sim::MissionTimeline& timeline() {
  return app::test::sharedTimeline();
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

// One unit ladder everywhere: metres below 10 km, kilometres above.
TEST(Readouts, RangeLadderAndSpeedsForPupils) {
  EXPECT_EQ(app::formatRangeM(2.54), "2.5 m");
  EXPECT_EQ(app::formatRangeM(300.0), "300 m");
  EXPECT_EQ(app::formatRangeM(9999.0), "9 999 m");
  EXPECT_EQ(app::formatRangeM(12400.0), "12.4 km");
  EXPECT_EQ(app::formatRangeM(1801000.0), "1 801 km");
  EXPECT_EQ(app::formatSpeedMs(-0.001), "0.00 m/s");
  EXPECT_EQ(app::formatSpeedMs(0.12), "0.12 m/s");
  EXPECT_EQ(app::formatSpeedMs(17.28), "17.3 m/s");
  EXPECT_EQ(app::formatSpeedMs(7660.0), "7.66 km/s");
  EXPECT_STREQ(app::rangeRateWords(-17.28).label, "Closing");
  EXPECT_EQ(app::rangeRateWords(-17.28).speed, "17.3 m/s");
  EXPECT_STREQ(app::rangeRateWords(0.3).label, "Opening");
  EXPECT_STREQ(app::rangeRateWords(0.001).label, "Closing");  // not "Opening 0.00"
}

// On the pad the rocket stands still on the turning Earth: its ground speed
// is zero while its inertial speed is the Earth's rotation there (~0.32 km/s
// at Baikonur); in orbit the two differ by about that much again.
TEST(Readouts, GroundSpeedOnThePadIsZeroAndTheRangeReadsFromThePad) {
  const app::Readout pad =
      app::readoutAt(timeline(), timeline().frame(timeline().liftoffUtcS() - 60));
  EXPECT_LT(pad.groundSpeedMs, 0.5);
  EXPECT_GT(pad.vehicle.inertialSpeedMs, 300.0);
  ASSERT_TRUE(pad.issRangeM);
  EXPECT_GT(*pad.issRangeM, 100e3);
}

// A jump to an event shows the phase that event begins, not the one before
// it (the Go to field and Next land exactly on the event's time). Not
// approach_start: the fourth burn's tail still fires for a second after it,
// and the readout rightly says so.
TEST(Readouts, AJumpToAnEventShowsThePhaseItBegins) {
  const std::pair<const char*, sim::Phase> starts[] = {
      {"burn_1", sim::Phase::Burn},
      {"flyaround", sim::Phase::Flyaround},
      {"stationkeeping", sim::Phase::Stationkeeping},
      {"final_approach", sim::Phase::FinalApproach},
      {"manual_control", sim::Phase::ManualApproach},
      {"contact", sim::Phase::Docked},
  };
  for (const auto& [id, phase] : starts) {
    const sim::MissionEvent* e = timeline().findEvent(id);
    ASSERT_NE(e, nullptr) << id;
    EXPECT_STREQ(app::phaseTitle(app::readoutAt(timeline(), timeline().frame(e->utcS)).phase),
                 app::phaseTitle(phase))
        << id;
  }
}

// The station's frame: ahead is +V-bar, up is +R-bar.
TEST(RelativeMotion, LvlhAxes) {
  const glm::dvec3 iss(6.8e6, 0, 0), vel(0, 7.66e3, 0);
  const app::LvlhOffset ahead = app::lvlhOffset(iss + glm::dvec3(0, 1000, 0), iss, vel);
  EXPECT_NEAR(ahead.vBarM, 1000.0, 1e-6);
  EXPECT_NEAR(ahead.rBarM, 0.0, 1e-6);
  const app::LvlhOffset above = app::lvlhOffset(iss + glm::dvec3(50, 0, 0), iss, vel);
  EXPECT_NEAR(above.rBarM, 50.0, 1e-6);
  EXPECT_NEAR(above.vBarM, 0.0, 1e-6);
}

// What the relative-motion view shows comes from the simulation: after
// insertion the Soyuz is behind the station and below it, the phasing
// burns close the distance along V-bar, and at contact both are ~0.
TEST(RelativeMotion, TheSoyuzCatchesUpFromBehindAndBelow) {
  const auto at = [](const char* id, double dt) {
    const app::Readout r =
        app::readoutAt(timeline(), timeline().frame(timeline().findEvent(id)->utcS + dt));
    EXPECT_TRUE(r.soyuzLvlh) << id;
    return r.soyuzLvlh.value_or(app::LvlhOffset{});
  };
  const app::LvlhOffset insertion = at("spacecraft_sep", 60.0);
  const app::LvlhOffset burn3 = at("burn_3", 0.0);
  const app::LvlhOffset approach = at("approach_start", 0.0);
  EXPECT_LT(insertion.vBarM, -100e3) << "behind";
  EXPECT_LT(insertion.rBarM, -10e3) << "below";
  EXPECT_LT(std::abs(burn3.vBarM), std::abs(insertion.vBarM));
  EXPECT_LT(std::abs(approach.vBarM), std::abs(burn3.vBarM));
  const app::LvlhOffset contact = at("contact", -1.0);
  EXPECT_LT(std::abs(contact.vBarM) + std::abs(contact.rBarM), 30.0);
}
