// Contact with the Rassvet nadir port: time, closing speed, lateral miss,
// and the docked Soyuz at the port's place on the ISS.
#include <gtest/gtest.h>

#include <cmath>

#include "astro/constants.h"
#include "astro/time_scales.h"
#include "mission_fixture.h"

namespace rv::sim::test {
namespace {

TEST(Docking, ContactAtTheRecordedTimeWithin60s) {
  const MissionTimeline& t = missionTimeline();
  ASSERT_TRUE(t.data().docking.has_value());
  const auto record = astro::parseIsoUtc("2021-10-05T12:22:31Z");  // RSW; SOURCES S7
  ASSERT_TRUE(record);
  EXPECT_NEAR(t.data().docking->contactUtcS, *record, 60.0);
  const MissionEvent* e = t.findEvent("contact");
  ASSERT_NE(e, nullptr);
  EXPECT_DOUBLE_EQ(e->utcS, t.data().docking->contactUtcS);
}

TEST(Docking, ClosingSpeedAndLateralMiss) {
  const auto& d = missionTimeline().data().docking;
  ASSERT_TRUE(d.has_value());
  EXPECT_NEAR(d->closingSpeedMs, 0.1, 0.05);  // SOURCES S6: ~0.1-0.15 m/s
  // Inside the probe's capture limits (the mission file's), flown by hand.
  const ProximityConfig& p = missionConfig().proximity;
  EXPECT_LT(d->lateralMissM, p.maxLateralMissM);
  EXPECT_LT(d->misalignmentDeg, p.maxMisalignmentDeg);
  EXPECT_TRUE(d->manual);
}

// The Kurs failure is the one scheduled fact (an input, 12:11 UTC); what
// follows is flown: the commander has the ship from then to contact.
TEST(Docking, AfterTheScheduledKursFailureTheCommanderFliesToContact) {
  const MissionTimeline& t = missionTimeline();
  const MissionEvent* m = t.findEvent("manual_control");
  ASSERT_NE(m, nullptr);
  EXPECT_NEAR(m->utcS, missionConfig().proximity.manualControlUtcS, missionConfig().timeline.stepS);
  const double contact = t.findEvent("contact")->utcS;
  ASSERT_LT(m->utcS, contact);
  for (double f : {0.1, 0.5, 0.9}) {
    const ObjectState s = t.objectState(ObjectId::Soyuz, m->utcS + f * (contact - m->utcS));
    EXPECT_EQ(s.phase, Phase::ManualApproach) << f;
    EXPECT_EQ(s.attitudeMode, AttitudeMode::Manual) << f;
  }
  EXPECT_TRUE(t.data().docking->manual);
  // Not a clock time: contact comes minutes after the failure, as the
  // pilot's reaction, back-off, settling and approach take.
  EXPECT_GT(contact - m->utcS, 120.0);
}

TEST(Docking, DockedSoyuzSitsAtThePortInTheIssBodyFrame) {
  const MissionTimeline& t = missionTimeline();
  const MissionConfig& c = missionConfig();
  for (double dt : {1.0, 600.0, 3600.0}) {
    const double utc = t.data().docking->contactUtcS + dt;
    const ObjectState soyuz = t.objectState(ObjectId::Soyuz, utc);
    const ObjectState iss = t.objectState(ObjectId::Iss, utc);
    ASSERT_TRUE(soyuz.exists);
    EXPECT_EQ(soyuz.phase, Phase::Docked);
    const glm::dvec3 body = glm::inverse(iss.attitudeTeme) * (soyuz.posTeme - iss.posTeme);
    EXPECT_NEAR(body.x, c.iss.portPosBodyM.x, 1e-6);
    EXPECT_NEAR(body.y, c.iss.portPosBodyM.y, 1e-6);
    EXPECT_NEAR(body.z, c.iss.portPosBodyM.z, 1e-6);
    // The Soyuz docking axis points into the port (up, to the zenith).
    const glm::dvec3 xBody =
        glm::inverse(iss.attitudeTeme) * (soyuz.attitudeTeme * glm::dvec3(1, 0, 0));
    EXPECT_NEAR(xBody.z, -1.0, 1e-9);
  }
  // The probe at contact was at the port within the lateral miss.
  const glm::dvec3 rel = t.data().docking->probeRelPortBodyM;
  EXPECT_LT(std::hypot(rel.x, rel.y), c.proximity.maxLateralMissM);
  EXPECT_LT(std::abs(rel.z), 0.05);
}

TEST(Docking, IssAttitudeIsLvlhWithTheTeaOffsets) {
  const MissionTimeline& t = missionTimeline();
  const double utc = t.liftoffUtcS() + 10000.0;
  const ObjectState iss = t.objectState(ObjectId::Iss, utc);
  const glm::dvec3 nadir = -glm::normalize(iss.posTeme);
  const glm::dvec3 zBody = iss.attitudeTeme * glm::dvec3(0, 0, 1);
  // Pitch -3 deg and yaw -4 deg tilt +Z off nadir by the pitch only.
  EXPECT_NEAR(std::acos(glm::dot(zBody, nadir)) / astro::kDegToRad, 3.0, 0.05);
}

}  // namespace
}  // namespace rv::sim::test
