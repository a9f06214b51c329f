#include "sim/lambert.h"

#include "astro/constants.h"
#include "sim/gravity.h"
#include "sim/pos_vel.h"
#include "sim/rk4.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <cstdio>

using namespace rv::sim;

namespace {

// Point-mass propagation with the project's RK4 at a fine step: the
// independent check that a Lambert arc really joins r1 to r2.
glm::dvec3 propagatePointMass(const glm::dvec3& r, const glm::dvec3& v, double tof, double gm) {
  const int steps = static_cast<int>(std::ceil(tof / 1.0));
  const double h = tof / steps;
  Pv y{r, v};
  auto f = [gm](double, const Pv& s) {
    const double rl = glm::length(s.r);
    return Pv{s.v, -gm / (rl * rl * rl) * s.r};
  };
  for (int i = 0; i < steps; ++i) y = rk4Step(y, i * h, h, f);
  return y.r;
}

}  // namespace

// Curtis, Orbital Mechanics for Engineering Students (3rd ed., 2014),
// Example 5.2: r1 = (5000, 10000, 2100) km, r2 = (-14600, 2500, 7000) km,
// one hour, prograde, mu = 398600 km^3/s^2. Published answer (rounded to
// 5 significant figures): v1 = (-5.9925, 1.9254, 3.2456) km/s,
// v2 = (-3.3125, -4.1966, -0.38529) km/s.
TEST(Lambert, CurtisExample5_2) {
  const double gm = 398600e9;
  const auto sol = solveLambert({5000e3, 10000e3, 2100e3}, {-14600e3, 2500e3, 7000e3}, 3600.0,
                                LambertDirection::Prograde, gm);
  ASSERT_TRUE(sol);
  const double tol = 0.06;  // m/s: half a unit in the last published digit
  EXPECT_NEAR(sol->v1.x, -5992.5, tol);
  EXPECT_NEAR(sol->v1.y, 1925.4, tol);
  EXPECT_NEAR(sol->v1.z, 3245.6, tol);
  EXPECT_NEAR(sol->v2.x, -3312.5, tol);
  EXPECT_NEAR(sol->v2.y, -4196.6, tol);
  EXPECT_NEAR(sol->v2.z, -385.29, 0.006);
  std::printf("[ lambert ] Curtis 5.2: |v1 - book| %.3g m/s, |v2 - book| %.3g m/s\n",
              glm::length(sol->v1 - glm::dvec3(-5992.5, 1925.4, 3245.6)),
              glm::length(sol->v2 - glm::dvec3(-3312.5, -4196.6, -385.29)));
}

// Vallado, Fundamentals of Astrodynamics and Applications (4th ed., 2013),
// Example 7-5 (universal-variable Lambert): r0 = 15945.34 I km,
// r = 12214.83899 I + 10249.46731 J km, 76 min, short way.
// Published: v0 = 2.058913 I + 2.915965 J km/s, v = -3.451565 I + 0.910315 J km/s.
TEST(Lambert, ValladoExample7_5) {
  const double gm = 398600.4418e9;
  const auto sol = solveLambert({15945.34e3, 0.0, 0.0}, {12214.83899e3, 10249.46731e3, 0.0},
                                76.0 * 60.0, LambertDirection::Prograde, gm);
  ASSERT_TRUE(sol);
  const double tol = 0.01;  // m/s; the book prints 1 mm/s digits
  EXPECT_NEAR(sol->v1.x, 2058.913, tol);
  EXPECT_NEAR(sol->v1.y, 2915.965, tol);
  EXPECT_NEAR(sol->v1.z, 0.0, 1e-9);
  EXPECT_NEAR(sol->v2.x, -3451.565, tol);
  EXPECT_NEAR(sol->v2.y, 910.315, tol);
  std::printf("[ lambert ] Vallado 7-5: |v1 - book| %.3g m/s, |v2 - book| %.3g m/s\n",
              glm::length(sol->v1 - glm::dvec3(2058.913, 2915.965, 0.0)),
              glm::length(sol->v2 - glm::dvec3(-3451.565, 910.315, 0.0)));
}

// Propagating v1 for the time of flight must land on r2: LEO rendezvous-like
// arcs (short and long way, both senses, elliptic and fast hyperbolic).
TEST(Lambert, ArcsReachTheirEndPoint) {
  const double gm = rv::astro::kEarthGm;
  struct Case {
    glm::dvec3 r1, r2;
    double tof;
    LambertDirection dir;
  };
  const double re = 6378e3;
  const Case cases[] = {
      {{re + 200e3, 0, 0},
       {0, (re + 420e3) * 0.62, (re + 420e3) * 0.78},
       2700.0,
       LambertDirection::Prograde},
      {{re + 220e3, 1e5, 3e5}, {-(re + 400e3), 2e6, -1e6}, 2900.0, LambertDirection::Prograde},
      // Long way (transfer angle > 180 degrees).
      {{re + 200e3, 0, 0},
       {0, -(re + 400e3) * 0.8, (re + 400e3) * 0.6},
       4200.0,
       LambertDirection::Prograde},
      {{re + 200e3, 0, 0},
       {0, (re + 420e3) * 0.62, (re + 420e3) * 0.78},
       3900.0,
       LambertDirection::Retrograde},
      // Hyperbolic: a quarter of an orbit in 10 minutes.
      {{re + 300e3, 0, 0}, {0, re + 300e3, 0}, 600.0, LambertDirection::Prograde},
      // Tiny transfer angle (station-keeping scale hop, 1 degree in 100 s).
      {{re + 420e3, 0, 0},
       {(re + 420e3) * std::cos(0.0175), (re + 420e3) * std::sin(0.0175), 0},
       100.0,
       LambertDirection::Prograde},
  };
  double worst = 0.0;
  for (const Case& c : cases) {
    const auto sol = solveLambert(c.r1, c.r2, c.tof, c.dir, gm);
    ASSERT_TRUE(sol) << "tof " << c.tof;
    const glm::dvec3 r2 = propagatePointMass(c.r1, sol->v1, c.tof, gm);
    const double miss = glm::length(r2 - c.r2);
    worst = std::max(worst, miss);
    EXPECT_LT(miss, 0.05) << "tof " << c.tof;
    const double hz = glm::cross(c.r1, sol->v1).z;
    if (c.dir == LambertDirection::Prograde)
      EXPECT_GT(hz, 0.0);
    else
      EXPECT_LT(hz, 0.0);
  }
  std::printf("[ lambert ] worst propagated miss %.3g m\n", worst);
}

TEST(Lambert, DegenerateGeometryFailsCleanly) {
  const glm::dvec3 r1{7e6, 0, 0};
  EXPECT_FALSE(solveLambert(r1, {-7.1e6, 0, 0}, 2800.0));  // 180 degrees
  EXPECT_FALSE(solveLambert(r1, {7.1e6, 0, 0}, 2800.0));   // 0 degrees
  EXPECT_FALSE(solveLambert(r1, {0, 7e6, 0}, 0.0));
  EXPECT_FALSE(solveLambert(r1, {0, 7e6, 0}, -10.0));
  EXPECT_FALSE(solveLambert(glm::dvec3(0.0), {0, 7e6, 0}, 1000.0));
}
