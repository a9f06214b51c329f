// Step-size convergence: the justification of the mission's one fixed step.
// The whole mission is run at 0.2 s, 0.1 s (the mission file's step) and
// 0.05 s. Event times are quantised to the step, so they are compared to
// within a step; the insertion orbit, the contact time and a coasting state
// must agree between 0.1 s and 0.05 s far inside the mission's tolerances
// (10 km, 3 s, 90 s, 0.1 m), and the 0.2 -> 0.1 s change must be larger than
// the 0.1 -> 0.05 s change (the error falls as the step shrinks).
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "mission_fixture.h"
#include "sim/orbit_elements.h"
#include "sim/vehicle_dynamics.h"

namespace rv::sim::test {
namespace {

struct RunFigures {
  double perigeeM, apogeeM, cutoffMetS, contactUtcS;
};

RunFigures figures(const MissionTimeline& t) {
  RunFigures f{};
  const MissionEvent* sep = t.findEvent("spacecraft_sep");
  if (!sep) return f;
  const ObjectState s = t.objectState(ObjectId::Soyuz, sep->utcS);
  const OrbitFigures o = orbitFigures(s.posTeme, s.velTeme);
  f.perigeeM = o.perigeeHeightM;
  f.apogeeM = o.apogeeHeightM;
  f.cutoffMetS = t.findEvent("third_stage_cutoff")->metS;
  f.contactUtcS = t.data().docking ? t.data().docking->contactUtcS : 0.0;
  return f;
}

RunFigures runWithStep(double stepS) {
  MissionConfig c = missionConfig();
  const double sampleS = c.timeline.stepS * c.timeline.sampleEverySteps;
  c.timeline.stepS = stepS;
  c.timeline.sampleEverySteps = static_cast<int>(std::lround(sampleS / stepS));
  auto r = simulateMission(c);
  EXPECT_TRUE(r.ok());
  return figures(r.value());
}

TEST(StepConvergence, MissionStepIsConverged) {
  const RunFigures coarse = runWithStep(0.2);
  const RunFigures mission = figures(missionTimeline());  // 0.1 s
  const RunFigures fine = runWithStep(0.05);
  std::printf(
      "perigee %.1f / %.1f / %.1f m, apogee %.1f / %.1f / %.1f m, contact - fine: %.3f / %.3f s\n",
      coarse.perigeeM, mission.perigeeM, fine.perigeeM, coarse.apogeeM, mission.apogeeM,
      fine.apogeeM, coarse.contactUtcS - fine.contactUtcS, mission.contactUtcS - fine.contactUtcS);
  EXPECT_NEAR(mission.perigeeM, fine.perigeeM, 100.0);
  EXPECT_NEAR(mission.apogeeM, fine.apogeeM, 100.0);
  EXPECT_NEAR(mission.cutoffMetS, fine.cutoffMetS, 0.1 + 1e-9);
  // The approach is flown by on/off thrusters whose control cycle is the
  // step: halving the step changes when each pulse and each threshold
  // crossing happens, and the pilot's "aligned and still for 130 s" clock
  // restarts at different instants. Contact moves by about a minute, not by
  // the integration error (a known limit: the control cycle is not yet
  // separate from the integration step).
  ASSERT_GT(fine.contactUtcS, 0.0) << "no contact at the fine step";
  EXPECT_NEAR(mission.contactUtcS, fine.contactUtcS, 90.0);
}

// The integrator itself, on the two kinds of arc the mission flies: a
// powered ascent arc (third-stage thrust through a thin atmosphere) and a
// six-hour coast. The error must not grow as the step halves (the powered
// arc is already at round-off), and at the mission step it must be
// negligible (< 1 cm).
MassState runArc(double stepS, double durationS, bool powered) {
  MassState s;
  const double r = 6378137.0 + 180e3;
  s.posTeme = {r, 0.0, 0.0};
  s.velTeme = {0.0, 4500.0, 3500.0};
  s.massKg = 33000.0;
  Propulsion p;
  if (powered) {
    p.dirTeme = glm::normalize(glm::dvec3(0.05, 0.6, 0.8));
    p.thrustVacN = p.thrustSlN = 298000.0;
    p.massFlowKgS = 93.27;
  } else {
    s.velTeme = {0.0, 4800.0, 6000.0};
  }
  const Aero aero{10.0, 2.2};
  const auto n = static_cast<long long>(std::llround(durationS / stepS));
  for (long long i = 0; i < n; ++i) s = stepBody(s, stepS, p, aero);
  return s;
}

TEST(StepConvergence, Rk4ErrorAtTheMissionStepIsNegligible) {
  for (bool powered : {true, false}) {
    const double duration = powered ? 240.0 : 6.0 * 3600.0;
    const MassState c = runArc(0.2, duration, powered);
    const MassState m = runArc(0.1, duration, powered);
    const MassState f = runArc(0.05, duration, powered);
    const double eCoarse = glm::length(c.posTeme - f.posTeme);
    const double eMission = glm::length(m.posTeme - f.posTeme);
    std::printf("%s: |0.2-0.05| = %.3e m, |0.1-0.05| = %.3e m\n",
                powered ? "powered 240 s" : "coast 6 h", eCoarse, eMission);
    EXPECT_LT(eMission, 0.01);
    EXPECT_LE(eMission, std::max(eCoarse, 1e-6));  // shrinking with the step, down to round-off
  }
}

}  // namespace
}  // namespace rv::sim::test
