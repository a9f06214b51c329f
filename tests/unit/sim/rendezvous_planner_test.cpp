#include "sim/rendezvous_planner.h"

#include "astro/constants.h"
#include "sim/gravity.h"
#include "sim/lvlh_frame.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <cstdio>

using namespace rv::sim;
using rv::astro::kDegToRad;
using rv::astro::kEarthGm;
using rv::astro::kWgs84A;

namespace {

constexpr double kT0 =
    686735702.0;  // 2021-10-05T09:04:02Z (UTC s since J2000): ~ insertion + 1 min

// Orbit from apsis radii, inclination, RAAN and argument of latitude at
// perigee-passing (perigee at u = argPerigee), at true anomaly nu.
StateVector orbit(double rpM, double raM, double incRad, double raanRad, double argpRad,
                  double nuRad) {
  const double a = 0.5 * (rpM + raM);
  const double e = (raM - rpM) / (raM + rpM);
  const double p = a * (1.0 - e * e);
  const double r = p / (1.0 + e * std::cos(nuRad));
  const double u = argpRad + nuRad;
  const double vr = std::sqrt(kEarthGm / p) * e * std::sin(nuRad);
  const double vt = std::sqrt(kEarthGm / p) * (1.0 + e * std::cos(nuRad));
  auto inPlane = [&](double x, double y) {
    const double cO = std::cos(raanRad), sO = std::sin(raanRad);
    const double ci = std::cos(incRad), si = std::sin(incRad);
    return glm::dvec3(cO * x - sO * ci * y, sO * x + cO * ci * y, si * y);
  };
  const glm::dvec3 rHat = inPlane(std::cos(u), std::sin(u));
  const glm::dvec3 tHat = inPlane(-std::sin(u), std::cos(u));
  return {r * rHat, vr * rHat + vt * tHat};
}

// ISS-like target: 418 x 423 km, 51.64 deg, propagated with J2-J4 from kT0.
const StateVector kIss0 = orbit(kWgs84A + 418e3, kWgs84A + 423e3, 51.64 * kDegToRad, 1.0, 0.5, 0.3);
StateVector issAt(double utcS) {
  return propagate(kIss0, kT0, utcS, 5.0);
}

double arrivalMiss(const StateVector& chaser0, const std::vector<ImpulsiveBurn>& burns,
                   const AimPoint& aim, double stepS, double* velMiss = nullptr) {
  // Independent check: a finer step than the planner's, and the target
  // ephemeris recomputed at that step.
  const StateVector end = propagateWithBurns(chaser0, kT0, aim.arrivalUtcS, burns, stepS);
  const StateVector tgt = propagate(kIss0, kT0, aim.arrivalUtcS, stepS);
  const RelativeState rel = relativeStateLvlh(tgt, end);
  if (velMiss) *velMiss = glm::length(rel.velLvlh - aim.velLvlh);
  return glm::length(rel.posLvlh - aim.posLvlh);
}

// The two-orbit profile (SOURCES S6): a 200 x 240 km insertion orbit
// `phaseDeg` behind the station, burns at T+45, T+90 and T+125 min and
// arrival at T+150 min at a point 3 km behind / 1 km below.
StateVector insertionOrbit(double phaseDeg) {
  return orbit(kWgs84A + 200e3, kWgs84A + 240e3, 51.66 * kDegToRad, 1.0 + 0.05 * kDegToRad, 0.5,
               0.3 - phaseDeg * kDegToRad);
}
AimPoint twoOrbitAim() {
  AimPoint aim;
  aim.posLvlh = {-3000.0, 0.0, 1000.0};
  aim.arrivalUtcS = kT0 + 150.0 * 60.0;
  return aim;
}
std::vector<double> twoOrbitBurnTimes() {
  return {kT0 + 45.0 * 60.0, kT0 + 90.0 * 60.0, kT0 + 125.0 * 60.0, twoOrbitAim().arrivalUtcS};
}

}  // namespace

TEST(RendezvousPlanner, PropagateIsReversibleAndHitsEndTime) {
  const StateVector s1 = propagate(kIss0, kT0, kT0 + 1234.5, 5.0);
  const StateVector s0 = propagate(s1, kT0 + 1234.5, kT0, 5.0);
  EXPECT_LT(glm::length(s0.posTeme - kIss0.posTeme), 1e-3);
  // Step convergence: 5 s vs 1 s over one orbit.
  const StateVector a = propagate(kIss0, kT0, kT0 + 5600.0, 5.0);
  const StateVector b = propagate(kIss0, kT0, kT0 + 5600.0, 1.0);
  EXPECT_LT(glm::length(a.posTeme - b.posTeme), 0.05);
}

// Terminal phasing: chaser 30 km behind and 8 km below the station, two
// burns (Lambert first guess, J2-J4 shooting) to an aim point 3 km behind and
// 1 km below, arriving at rest in LVLH 40 min later.
TEST(RendezvousPlanner, TwoBurnTransferReachesAimPoint) {
  const double n = meanMotion(kIss0);
  const RelativeState rel0{{-30000.0, 500.0, 8000.0}, {1.5 * n * 8000.0, 0.0, 0.0}};
  const StateVector chaser0 = inertialFromLvlh(kIss0, rel0);
  AimPoint aim;
  aim.posLvlh = {-3000.0, 0.0, 1000.0};
  aim.arrivalUtcS = kT0 + 300.0 + 2400.0;
  const RendezvousPlan plan =
      planRendezvous(chaser0, kT0, issAt, {kT0 + 300.0, aim.arrivalUtcS}, aim);
  ASSERT_TRUE(plan.ok()) << plan.error;
  double velMiss = 0.0;
  const double miss = arrivalMiss(chaser0, plan.burns, aim, 1.0, &velMiss);
  std::printf("[ planner ] 2 burns: dv %.2f + %.2f m/s, %d iterations, miss %.3f m, %.5f m/s\n",
              glm::length(plan.burns[0].dvTeme), glm::length(plan.burns[1].dvTeme), plan.iterations,
              miss, velMiss);
  EXPECT_LT(miss, 1.0);
  EXPECT_LT(velMiss, 1e-3);
  EXPECT_LT(plan.totalDvMps, 30.0);  // a terminal-phase size, not an orbit change
}

// The two-orbit profile (SOURCES S6): from a 200 x 240 km insertion
// orbit about 12 degrees behind the station, four burns (T+45 min, T+90 min,
// T+125 min and arrival at T+150 min) to a point 3 km behind / 1 km below.
// Starts from zero impulses (the span is over an orbit, no Lambert guess).
TEST(RendezvousPlanner, TwoOrbitProfileFourBurns) {
  const StateVector chaser0 = insertionOrbit(12.0);
  const AimPoint aim = twoOrbitAim();
  const std::vector<double> times = twoOrbitBurnTimes();
  const RendezvousPlan plan = planRendezvous(chaser0, kT0, issAt, times, aim);
  ASSERT_TRUE(plan.ok()) << plan.error;
  double velMiss = 0.0;
  const double miss = arrivalMiss(chaser0, plan.burns, aim, 1.0, &velMiss);
  std::printf("[ planner ] 4 burns:");
  for (const auto& b : plan.burns) std::printf(" %.2f", glm::length(b.dvTeme));
  std::printf(" m/s (total %.1f), %d iterations, miss %.3f m, %.5f m/s\n", plan.totalDvMps,
              plan.iterations, miss, velMiss);
  EXPECT_LT(miss, 1.0);
  EXPECT_LT(velMiss, 1e-3);
  // A Hohmann raise of ~200 km is ~110 m/s (SOURCES S6); phasing and
  // the 0.05 deg node offset add some.
  EXPECT_GT(plan.totalDvMps, 80.0);
  EXPECT_LT(plan.totalDvMps, 250.0);
}

// Robustness over insertion phase angles (SOURCES S6: the two-orbit
// launch window is about 6 degrees wide; the chaser starts a few degrees to
// ~20 degrees behind), and bit-for-bit repeatability.
TEST(RendezvousPlanner, ConvergesOverPhaseAnglesAndIsDeterministic) {
  const AimPoint aim = twoOrbitAim();
  const std::vector<double> times = twoOrbitBurnTimes();
  for (double phaseDeg : {2.0, 6.0, 12.0, 20.0}) {
    const StateVector chaser0 = insertionOrbit(phaseDeg);
    const RendezvousPlan plan = planRendezvous(chaser0, kT0, issAt, times, aim);
    ASSERT_TRUE(plan.ok()) << phaseDeg << " deg: " << plan.error;
    const double miss = arrivalMiss(chaser0, plan.burns, aim, 1.0);
    std::printf("[ planner ] phase %4.1f deg behind: total %.1f m/s, %d iterations, miss %.3f m\n",
                phaseDeg, plan.totalDvMps, plan.iterations, miss);
    EXPECT_LT(miss, 1.0);
    if (phaseDeg == 12.0) {
      const RendezvousPlan again = planRendezvous(chaser0, kT0, issAt, times, aim);
      for (std::size_t i = 0; i < plan.burns.size(); ++i)
        EXPECT_EQ(plan.burns[i].dvTeme, again.burns[i].dvTeme);
    }
  }
}

// Closed loop: the first burn is executed 2 % long and 0.5 deg off; re-
// targeting the remaining burns from the real state brings the arrival miss
// back under a metre, where the open-loop plan misses by kilometres.
TEST(RendezvousPlanner, RetargetingAbsorbsBurnErrors) {
  const StateVector chaser0 = insertionOrbit(12.0);
  const AimPoint aim = twoOrbitAim();
  const std::vector<double> times = twoOrbitBurnTimes();
  const RendezvousPlan plan = planRendezvous(chaser0, kT0, issAt, times, aim);
  ASSERT_TRUE(plan.ok()) << plan.error;

  // Executed burn 1: 2 % long, rotated 0.5 degrees about the radial.
  const glm::dvec3 dv1 = plan.burns[0].dvTeme;
  const StateVector pre1 = propagate(chaser0, kT0, times[0]);
  const glm::dvec3 axis = glm::normalize(pre1.posTeme);
  const double ang = 0.5 * kDegToRad;
  const glm::dvec3 dv1Rot = dv1 * std::cos(ang) + glm::cross(axis, dv1) * std::sin(ang) +
                            axis * glm::dot(axis, dv1) * (1.0 - std::cos(ang));
  StateVector post1 = pre1;
  post1.velTeme += 1.02 * dv1Rot;

  std::vector<ImpulsiveBurn> rest(plan.burns.begin() + 1, plan.burns.end());
  const StateVector endOpen = propagateWithBurns(post1, times[0], aim.arrivalUtcS, rest, 1.0);
  const double openMiss =
      glm::length(relativeStateLvlh(propagate(kIss0, kT0, aim.arrivalUtcS, 1.0), endOpen).posLvlh -
                  aim.posLvlh);

  // Re-plan 10 minutes after the burn, as the simulation would.
  const double tNow = times[0] + 600.0;
  const StateVector now = propagate(post1, times[0], tNow);
  const RendezvousPlan re = retargetRendezvous(now, tNow, issAt, plan.burns, aim);
  ASSERT_TRUE(re.ok()) << re.error;
  ASSERT_EQ(re.burns.size(), 3u);
  const StateVector endClosed = propagateWithBurns(now, tNow, aim.arrivalUtcS, re.burns, 1.0);
  const double closedMiss = glm::length(
      relativeStateLvlh(propagate(kIss0, kT0, aim.arrivalUtcS, 1.0), endClosed).posLvlh -
      aim.posLvlh);
  std::printf(
      "[ planner ] burn-1 error: open-loop miss %.0f m, re-targeted miss %.3f m "
      "(%d iterations)\n",
      openMiss, closedMiss, re.iterations);
  EXPECT_GT(openMiss, 1000.0);
  EXPECT_LT(closedMiss, 1.0);
}

namespace {

// A finite burn as the simulation would fly it: constant thrust along the
// planned impulse (inertially fixed), mass falling at F / (Isp g0), centred
// on the impulse time; RK4 at 1 s with the burn on its own sub-grid.
StateVector flyFiniteBurn(const StateVector& s, const FiniteBurn& fb, const glm::dvec3& dir,
                          double massKg) {
  const double c = kSoyuzMainEngineIspS * rv::astro::kStandardGravity;
  const double mdot = kSoyuzMainEngineThrustN / c;
  const int n = std::max(1, static_cast<int>(std::ceil(fb.durationS)));
  const double h = fb.durationS / n;
  struct Y {
    glm::dvec3 r, v;
  };
  auto add = [](const Y& a, const Y& b) { return Y{a.r + b.r, a.v + b.v}; };
  auto scale = [](double k, const Y& a) { return Y{k * a.r, k * a.v}; };
  auto f = [&](double tau, const Y& y) {
    const double m = massKg - mdot * tau;
    return Y{y.v, gravityAccel(y.r) + (kSoyuzMainEngineThrustN / m) * dir};
  };
  Y y{s.posTeme, s.velTeme};
  for (int i = 0; i < n; ++i) {
    const double t = i * h;
    const Y k1 = f(t, y);
    const Y k2 = f(t + 0.5 * h, add(y, scale(0.5 * h, k1)));
    const Y k3 = f(t + 0.5 * h, add(y, scale(0.5 * h, k2)));
    const Y k4 = f(t + h, add(y, scale(h, k3)));
    y = add(y, scale(h / 6.0, add(add(k1, scale(2.0, k2)), add(scale(2.0, k3), k4))));
  }
  return {y.r, y.v};
}

}  // namespace

// The whole closed loop the mission simulation runs: plan the four burns,
// fly each as a finite S5.80 burn (60 m/s is ~145 s, so the impulsive plan
// is off by metres per second of gravity loss and pointing drift), re-target
// after each burn. The arrival error is then only what the last, short burn
// itself does.
TEST(RendezvousPlanner, FiniteBurnsWithRetargetingReachAimPoint) {
  const StateVector chaser0 = insertionOrbit(12.0);
  const AimPoint aim = twoOrbitAim();
  RendezvousPlan plan = planRendezvous(chaser0, kT0, issAt, twoOrbitBurnTimes(), aim);
  ASSERT_TRUE(plan.ok()) << plan.error;

  StateVector s = chaser0;
  double t = kT0;
  double mass = 7152.0;  // MS-19, SOURCES S4
  double flownDv = 0.0;
  int burnsFlown = 0;
  double endT = t;
  while (!plan.burns.empty()) {
    const ImpulsiveBurn b = plan.burns.front();
    const double dv = glm::length(b.dvTeme);
    const FiniteBurn fb =
        finiteBurn(dv, kSoyuzMainEngineThrustN, kSoyuzMainEngineIspS, mass, b.utcS);
    s = propagate(s, t, fb.startUtcS, 1.0);
    s = flyFiniteBurn(s, fb, b.dvTeme / dv, mass);
    t = fb.startUtcS + fb.durationS;
    endT = t;
    mass = fb.massAfterKg;
    flownDv += dv;
    ++burnsFlown;
    if (plan.burns.size() == 1) break;
    plan = retargetRendezvous(s, t, issAt, plan.burns, aim);
    ASSERT_TRUE(plan.ok()) << plan.error;
  }
  EXPECT_EQ(burnsFlown, 4);
  // Compare with the aim point at the end of the last burn (it straddles the
  // arrival time by a few seconds; at rest in LVLH the aim barely moves).
  const RelativeState rel = relativeStateLvlh(propagate(kIss0, kT0, endT, 1.0), s);
  const double miss = glm::length(rel.posLvlh - aim.posLvlh);
  std::printf(
      "[ planner ] finite burns + retargeting: flown %.1f m/s, propellant %.0f kg, "
      "miss %.2f m, residual rate %.4f m/s\n",
      flownDv, 7152.0 - mass, miss, glm::length(rel.velLvlh));
  EXPECT_LT(miss, 10.0);
  EXPECT_LT(glm::length(rel.velLvlh), 0.05);
}

TEST(RendezvousPlanner, InvalidInputIsReported) {
  AimPoint aim;
  aim.arrivalUtcS = kT0 + 1000.0;
  EXPECT_EQ(planRendezvous(kIss0, kT0, issAt, {}, aim).status, PlanStatus::InvalidInput);
  EXPECT_EQ(planRendezvous(kIss0, kT0, issAt, {kT0 + 500.0}, aim).status,
            PlanStatus::InvalidInput);  // one burn cannot match position and velocity
  EXPECT_EQ(planRendezvous(kIss0, kT0, issAt, {kT0 + 800.0, kT0 + 500.0}, aim).status,
            PlanStatus::InvalidInput);  // not ascending
  EXPECT_EQ(planRendezvous(kIss0, kT0, issAt, {kT0 - 1.0, kT0 + 500.0}, aim).status,
            PlanStatus::InvalidInput);  // in the past
  EXPECT_EQ(planRendezvous(kIss0, kT0, nullptr, {kT0, kT0 + 500.0}, aim).status,
            PlanStatus::InvalidInput);
}

// SOURCES S4: 2,950 N gives ~0.41 m/s^2, so a 30 m/s burn takes
// about 73 s at 7.1 t. The rocket equation with Isp 302 s gives 72.3 s.
TEST(RendezvousPlanner, FiniteBurnFromRocketEquation) {
  const FiniteBurn fb =
      finiteBurn(30.0, kSoyuzMainEngineThrustN, kSoyuzMainEngineIspS, 7152.0, 1000.0);
  EXPECT_NEAR(fb.durationS, 72.3, 0.2);
  EXPECT_NEAR(fb.startUtcS, 1000.0 - 0.5 * fb.durationS, 1e-12);
  EXPECT_NEAR(fb.massAfterKg + fb.propellantKg, 7152.0, 1e-9);
  // Integrating F / m(t) over the duration returns the impulse.
  const double c = kSoyuzMainEngineIspS * rv::astro::kStandardGravity;
  const double dv = c * std::log(7152.0 / (7152.0 - kSoyuzMainEngineThrustN / c * fb.durationS));
  EXPECT_NEAR(dv, 30.0, 1e-9);
  EXPECT_EQ(finiteBurn(0.0, 2950.0, 302.0, 7000.0).durationS, 0.0);
}
