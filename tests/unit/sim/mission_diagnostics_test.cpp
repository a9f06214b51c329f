// Prints the simulated event table and key figures (not a check; the checks
// are in mission_events_test.cpp and docking_test.cpp). Run with
// --gtest_filter=MissionDiagnostics.* to see them.
#include <gtest/gtest.h>

#include <cstdio>

#include "astro/time_scales.h"
#include "mission_fixture.h"
#include "sim/orbit_elements.h"

namespace rv::sim::test {

TEST(MissionDiagnostics, PrintEventTable) {
  const MissionTimeline& t = missionTimeline();
  std::printf("%s", formatEventTable(t.events()).c_str());
  for (const MissionEvent& e : t.events())
    std::printf("  %s: %s\n", e.id.c_str(), e.caption.c_str());
  if (const MissionEvent* sep = t.findEvent("spacecraft_sep")) {
    const ObjectState s = t.objectState(ObjectId::Soyuz, sep->utcS + 1.0);
    const OrbitFigures o = orbitFigures(s.posTeme, s.velTeme);
    std::printf("insertion: %.2f x %.2f km, i=%.4f deg\n", o.perigeeHeightM / 1000,
                o.apogeeHeightM / 1000, o.inclinationRad * 57.29577951308232);
  }
  if (t.data().docking) {
    const DockingFigures& d = *t.data().docking;
    std::printf("contact %s closing %.4f m/s lateral %.4f m\n",
                astro::formatIsoUtc(d.contactUtcS).c_str(), d.closingSpeedMs, d.lateralMissM);
  }
  std::printf("stored samples: %zu\n", t.storedSampleCount());
}

}  // namespace rv::sim::test

#include "sim/ascent_guidance.h"
namespace rv::sim::test {
TEST(MissionDiagnostics, PrintAscent) {
  const MissionTimeline& t = missionTimeline();
  for (double met : {0.0, 30.0, 60.0, 90.0, 118.0, 150.0, 200.0, 250.0, 285.0, 300.0, 400.0, 500.0,
                     520.0, 530.0}) {
    const double utc = t.liftoffUtcS() + met;
    const ObjectState s = t.objectState(ObjectId::Stack, utc);
    const StateVector iss = t.iss().state(utc);
    const glm::dvec3 n = targetPlaneNormal(iss.posTeme, iss.velTeme, 51.66 * astro::kDegToRad);
    const glm::dvec3 up = glm::normalize(s.posTeme);
    std::printf(
        "T+%5.0f exists %d m=%8.0f h=%7.1fkm v=%6.0f vr=%6.0f rn=%8.0f vn=%6.1f acc=%5.1f "
        "thrust=%8.0f\n",
        met, s.exists, s.massKg, (glm::length(s.posTeme) - 6378137.0) / 1000.0,
        glm::length(s.velTeme), glm::dot(s.velTeme, up), glm::dot(s.posTeme, n),
        glm::dot(s.velTeme, n), glm::length(s.accelTeme), s.thrustN);
  }
}
}  // namespace rv::sim::test

namespace rv::sim::test {
TEST(MissionDiagnostics, PrintApproach) {
  const MissionTimeline& t = missionTimeline();
  const double c = t.data().docking ? t.data().docking->contactUtcS : t.liftoffUtcS() + 12449.0;
  for (double dt : {-3000.0, -2400.0, -1800.0, -1500.0, -1200.0, -900.0, -700.0, -600.0, -400.0,
                    -200.0, -100.0, -50.0, -10.0, -1.0}) {
    const double utc = c + dt;
    const ObjectState s = t.objectState(ObjectId::Soyuz, utc);
    const StateVector iss = t.iss().state(utc);
    const DockingPort p = t.iss().portFromState(iss);
    const glm::dquat q = t.iss().attitudeFromState(iss);
    const glm::dvec3 relBody = glm::inverse(q) * (s.posTeme - p.posTeme);
    const glm::dvec3 relVelBody = glm::inverse(q) * (s.velTeme - p.velTeme);
    std::printf(
        "%7.0f %-16s rel port body [%9.3f %9.3f %9.3f] vel [%7.4f %7.4f %7.4f] thrust %.1f mass "
        "%.1f\n",
        dt, phaseName(s.phase), relBody.x, relBody.y, relBody.z, relVelBody.x, relVelBody.y,
        relVelBody.z, s.thrustN, s.massKg);
  }
}
}  // namespace rv::sim::test
namespace rv::sim::test {
TEST(MissionDiagnostics, PrintTracks) {
  const MissionTimeline& t = missionTimeline();
  for (int i = 0; i < kObjectCount; ++i) {
    const auto& tr = t.data().tracks[static_cast<size_t>(i)];
    if (tr.empty()) {
      std::printf("%s empty\n", objectIdName(static_cast<ObjectId>(i)));
      continue;
    }
    std::printf("%-12s n=%6zu first=%7lld last=%7lld phase=%s sep=%lld end=%lld\n",
                objectIdName(static_cast<ObjectId>(i)), tr.size(),
                static_cast<long long>(tr.front().tick), static_cast<long long>(tr.back().tick),
                phaseName(tr.back().phase),
                static_cast<long long>(t.data().separationTick[static_cast<size_t>(i)]),
                static_cast<long long>(t.data().endTick));
  }
}
}  // namespace rv::sim::test
