// Rigid-body attitude, the DPO-B pulse model and the attitude control law.
#include <gtest/gtest.h>

#include <cmath>

#include "astro/constants.h"
#include "mission_fixture.h"
#include "sim/attitude_control.h"
#include "sim/reaction_control.h"
#include "sim/rigid_body.h"

namespace rv::sim::test {
namespace {

constexpr double kDeg = astro::kDegToRad;

TEST(RigidBody, TorqueFreeTumbleKeepsEnergyAndAngularMomentum) {
  const glm::dvec3 inertia{6000.0, 34000.0, 35500.0};
  AttitudeState s;
  s.rateBodyRadS = {0.05, 0.2, -0.1};  // off-axis: the body nutates
  auto momentum = [&](const AttitudeState& a) { return a.bodyToTeme * (inertia * a.rateBodyRadS); };
  auto energy = [&](const AttitudeState& a) {
    return 0.5 * glm::dot(a.rateBodyRadS, inertia * a.rateBodyRadS);
  };
  const glm::dvec3 h0 = momentum(s);
  const double e0 = energy(s);
  for (int i = 0; i < 6000; ++i) s = stepAttitude(s, inertia, glm::dvec3(0.0), 0.1);
  EXPECT_LT(glm::length(momentum(s) - h0) / glm::length(h0), 1e-8);
  EXPECT_NEAR(energy(s), e0, 1e-8 * e0);
  EXPECT_NEAR(glm::length(s.bodyToTeme), 1.0, 1e-12);
}

TEST(RigidBody, ConstantTorqueSpinsUpAsTorqueOverInertia) {
  AttitudeState s;
  const glm::dvec3 inertia{100.0, 200.0, 300.0};
  for (int i = 0; i < 10; ++i) s = stepAttitude(s, inertia, {0.0, 0.0, 30.0}, 0.1);
  EXPECT_NEAR(s.rateBodyRadS.z, 30.0 / 300.0 * 1.0, 1e-12);                      // alpha t
  EXPECT_NEAR(attitudeAngle(glm::dquat(1, 0, 0, 0), s.bodyToTeme), 0.05, 1e-9);  // alpha t^2 / 2
}

TEST(ReactionControl, BelowHalfAPulseNothingFiresAboveItAtLeastOnePulse) {
  RcsConfig c;  // 4 x 130 N per half-axis, 30 ms minimum pulse
  const double fMax = rcsMaxForceN(c);
  const RcsFiring none = fireRcs(c, {0.1 * fMax, 0.0, 0.0}, glm::dvec3(0.0), 0.1);  // 10 ms asked
  EXPECT_EQ(none.mask, 0);
  EXPECT_EQ(none.forceBodyN.x, 0.0);
  const RcsFiring one = fireRcs(c, {-0.2 * fMax, 0.0, 0.0}, glm::dvec3(0.0), 0.1);  // 20 ms asked
  EXPECT_NEAR(one.forceBodyN.x, -fMax * 0.03 / 0.1, 1e-9);  // rounded up to the 30 ms pulse
  EXPECT_EQ(one.mask, 1u << 1);                             // the -X group
  EXPECT_GT(one.massFlowKgS, 0.0);
  const RcsFiring full = fireRcs(c, {0.0, 5.0 * fMax, 0.0}, glm::dvec3(0.0), 0.1);
  EXPECT_NEAR(full.forceBodyN.y, fMax, 1e-9);  // saturates
}

TEST(AttitudeControl, A90DegreeSlewTakesWhatTorqueAndInertiaAllow) {
  const MissionConfig& m = missionConfig();
  const glm::dvec3 inertia = m.spacecraft.attitude.inertiaKgM2;
  RcsConfig rcs;
  rcs.couplesArmM = m.spacecraft.attitude.coupleArmM;
  const glm::dquat target = glm::angleAxis(90.0 * kDeg, glm::dvec3(0, 1, 0));  // a pitch slew
  AttitudeGains g;
  g.maxRateRadS = m.spacecraft.attitude.maxSlewRateDegS * kDeg;
  // Time until the slew has settled: within 1 deg and nearly at rest.
  auto settle = [&](const glm::dvec3& inertia) {
    AttitudeState s;
    double t = 0.0;
    while ((attitudeAngle(s.bodyToTeme, target) > 1.0 * kDeg ||
            glm::length(s.rateBodyRadS) > 0.1 * kDeg) &&
           t < 2000.0) {
      const glm::dvec3 torque = attitudeTorque(s, target, glm::dvec3(0.0), inertia, g);
      s = stepAttitude(s, inertia, fireRcs(rcs, glm::dvec3(0.0), torque, 0.1).torqueBodyNm, 0.1);
      t += 0.1;
    }
    return t;
  };
  const double t = settle(inertia);
  // Lower bound: bang-coast-bang at the couple's torque and the rate cap.
  const double alpha = rcsMaxTorqueNm(rcs).y / inertia.y;
  const double coast = 89.0 * kDeg / g.maxRateRadS;
  std::printf("90 deg pitch slew: %.1f s (rate cap alone %.1f s, spin-up %.1f s)\n", t, coast,
              g.maxRateRadS / alpha);
  EXPECT_GT(t, coast);
  EXPECT_LT(t, coast + 60.0);
  // A heavier body (10x the inertia) is slower: the torque is what it is.
  const double th = settle(10.0 * inertia);
  std::printf("the same slew at 10x the inertia: %.1f s\n", th);
  EXPECT_GT(th, t + 5.0);
}

TEST(SoyuzAttitude, SlewsBeforeEachBurnAndFiresAlongItsBodyAxis) {
  const MissionTimeline& t = missionTimeline();
  for (const char* id : {"burn_1", "burn_2", "burn_3", "burn_4"}) {
    const MissionEvent* e = t.findEvent(id);
    ASSERT_NE(e, nullptr) << id;
    // Ten minutes before: orbital attitude; at ignition: the burn attitude.
    EXPECT_EQ(t.objectState(ObjectId::Soyuz, e->utcS - 600.0).attitudeMode, AttitudeMode::Orbital)
        << id;
    const ObjectState burning = t.objectState(ObjectId::Soyuz, e->utcS + 3.0);
    EXPECT_EQ(burning.attitudeMode, AttitudeMode::BurnAttitude) << id;
    EXPECT_EQ(burning.phase, Phase::Burn) << id;
    EXPECT_NEAR(burning.thrustDirBody.x, 1.0, 1e-6) << id;  // the S5.80's axis
    // The thrust (accelerometer) is along the body's +X in inertial space.
    const glm::dvec3 x = burning.attitudeTeme * glm::dvec3(1, 0, 0);
    EXPECT_GT(glm::dot(glm::normalize(burning.accelTeme), x), std::cos(3.0 * kDeg)) << id;
  }
}

TEST(SeparatedPieces, TumbleWithTheirSeparationRates) {
  const MissionTimeline& t = missionTimeline();
  const double sep = t.findEvent("booster_sep")->utcS;
  const ObjectState b = t.objectState(ObjectId::Booster1, sep + 4.0);
  const ObjectState b3 = t.objectState(ObjectId::Booster3, sep + 4.0);
  ASSERT_TRUE(b.exists);
  EXPECT_EQ(b.attitudeMode, AttitudeMode::Free);
  EXPECT_NEAR(glm::length(b.rateBodyRadS), 15.0 * kDeg, 0.5 * kDeg);
  // Opposite boosters tip out in opposite directions.
  const glm::dvec3 w1 = b.attitudeTeme * b.rateBodyRadS, w3 = b3.attitudeTeme * b3.rateBodyRadS;
  EXPECT_LT(glm::dot(w1, w3), 0.0);
  // 4 s at 15 deg/s: the booster has turned ~60 deg from the stack's attitude.
  const ObjectState stack = t.objectState(ObjectId::Stack, sep);
  EXPECT_NEAR(attitudeAngle(stack.attitudeTeme, b.attitudeTeme), 60.0 * kDeg, 10.0 * kDeg);
}

}  // namespace
}  // namespace rv::sim::test
