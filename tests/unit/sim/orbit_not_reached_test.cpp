// A mission that never reaches orbit (too little propellant or thrust): the
// simulation says so with one event, flies no rendezvous, and no state, event
// or telemetry read-out is ever NaN or infinite, before or after the rocket
// comes down.
#include <gtest/gtest.h>

#include <cmath>
#include <memory>
#include <string>
#include <variant>

#include "mission_fixture.h"
#include "sim/telemetry.h"

namespace rv::sim::test {
namespace {

std::unique_ptr<MissionTimeline> simulate(const MissionConfig& c) {
  auto s = simulateMission(c);
  if (!s) {
    ADD_FAILURE() << s.error().message;
    return nullptr;
  }
  return std::make_unique<MissionTimeline>(std::move(s).value());
}

bool finite(const glm::dvec3& v) {
  return std::isfinite(v.x) && std::isfinite(v.y) && std::isfinite(v.z);
}

// Every object, every 10 s of the whole timeline: finite state and read-outs.
void expectAllFinite(const MissionTimeline& tl) {
  int bad = 0;
  for (double t = tl.startUtcS(); t <= tl.endUtcS() && bad < 5; t += 10.0) {
    const MissionFrame f = tl.frame(t);
    for (const ObjectState& o : f.objects) {
      if (!o.exists) continue;
      const Telemetry m = telemetry(tl, o, t);
      const bool ok = finite(o.posTeme) && finite(o.velTeme) && std::isfinite(o.massKg) &&
                      std::isfinite(o.attitudeTeme.w) && std::isfinite(m.altitudeM) &&
                      std::isfinite(m.latDeg) && std::isfinite(m.accelG) &&
                      std::isfinite(m.orbit.perigeeHeightM) &&
                      (!m.rangeM || std::isfinite(*m.rangeM));
      if (!ok) {
        ++bad;
        ADD_FAILURE() << objectIdName(o.object) << " not finite at T" << t - tl.liftoffUtcS();
      }
    }
  }
}

void expectNotReached(const MissionTimeline& tl) {
  const MissionEvent* e = tl.findEvent("orbit_not_reached");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->name, "Orbit not reached");
  EXPECT_NE(e->caption.find("no rendezvous is flown"), std::string::npos) << e->caption;
  EXPECT_TRUE(std::isfinite(e->utcS));
  EXPECT_EQ(tl.findEvent("spacecraft_sep"), nullptr);
  EXPECT_EQ(tl.findEvent("contact"), nullptr);
  for (const MissionEvent& ev : tl.events()) {
    EXPECT_TRUE(std::isfinite(ev.utcS)) << ev.id;
    EXPECT_EQ(ev.caption.find("nan"), std::string::npos) << ev.id << ": " << ev.caption;
  }
  expectAllFinite(tl);
}

TEST(OrbitNotReached, ThirdStageShortOfPropellantFallsBack) {
  MissionConfig c = missionConfig();
  c.vehicle.third.propellantKg = 2000.0;
  auto tl = simulate(c);
  ASSERT_TRUE(tl);
  expectNotReached(*tl);
  EXPECT_NE(tl->findEvent("orbit_not_reached")->caption.find("falls back to Earth"),
            std::string::npos);
  const MissionEvent* impact = tl->findEvent("stack_impact");
  ASSERT_NE(impact, nullptr);
  EXPECT_GT(impact->utcS, tl->findEvent("orbit_not_reached")->utcS);
  // Down on the ground and staying there, on the Earth's surface.
  const ObjectState later = tl->objectState(ObjectId::Stack, impact->utcS + 3600.0);
  EXPECT_EQ(later.phase, Phase::Impacted);
  EXPECT_LT(std::abs(telemetry(*tl, later, impact->utcS + 3600.0).altitudeM), 5000.0);
}

TEST(OrbitNotReached, NoThirdStagePropellant) {
  MissionConfig c = missionConfig();
  c.vehicle.third.propellantKg = 0.0;
  auto tl = simulate(c);
  ASSERT_TRUE(tl);
  expectNotReached(*tl);
}

TEST(OrbitNotReached, TooLittleThrustToLiftOff) {
  MissionConfig c = missionConfig();
  c.vehicle.booster.engine.thrustVacN = c.vehicle.booster.engine.thrustSlN = 1.0;
  c.vehicle.core.engine.thrustVacN = c.vehicle.core.engine.thrustSlN = 1.0;
  auto tl = simulate(c);
  ASSERT_TRUE(tl);
  expectNotReached(*tl);
  EXPECT_EQ(tl->findEvent("liftoff"), nullptr);
  EXPECT_NE(tl->findEvent("orbit_not_reached")->caption.find("does not lift off"),
            std::string::npos);
  // Still on the pad at the end, not drifting with the sky.
  const ObjectState end = tl->objectState(ObjectId::Stack, tl->endUtcS());
  EXPECT_EQ(end.phase, Phase::Prelaunch);
  EXPECT_NEAR(telemetry(*tl, end, tl->endUtcS()).altitudeM, c.launch.padHeightM, 1.0);
}

TEST(OrbitNotReached, WeakThirdStage) {
  MissionConfig c = missionConfig();
  c.vehicle.third.engine.thrustVacN = 1000.0;
  auto tl = simulate(c);
  ASSERT_TRUE(tl);
  expectNotReached(*tl);
}

TEST(OrbitNotReached, ShippedMissionReachesOrbit) {
  EXPECT_EQ(missionTimeline().findEvent("orbit_not_reached"), nullptr);
  EXPECT_EQ(missionTimeline().findEvent("stack_impact"), nullptr);
}

}  // namespace
}  // namespace rv::sim::test
