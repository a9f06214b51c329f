// Physics invariants of the integrator and force model: with gravity only,
// energy and angular momentum are conserved (point mass), energy and the
// polar component of angular momentum with J2 (the zonal field is static and
// axisymmetric in the inertial frame); the J2 nodal regression rate matches
// the analytic secular rate.
#include <gtest/gtest.h>

#include <cmath>
#include <vector>

#include "astro/constants.h"
#include "sim/gravity.h"
#include "sim/orbit_elements.h"
#include "sim/rk4.h"
#include "sim/vehicle_dynamics.h"

namespace rv::sim {
namespace {

using astro::kEarthGm;

// An ISS-like orbit: 420 km circular, 51.64 deg.
MassState issLikeOrbit() {
  const double r = astro::kWgs84A + 420e3;
  const double v = std::sqrt(kEarthGm / r);
  const double inc = 51.64 * astro::kDegToRad;
  MassState s;
  s.posTeme = {r, 0.0, 0.0};
  s.velTeme = {0.0, v * std::cos(inc), v * std::sin(inc)};
  s.massKg = 1000.0;
  return s;
}

double specificEnergy(const MassState& s, GravityModel model) {
  return 0.5 * glm::dot(s.velTeme, s.velTeme) + gravityPotential(s.posTeme, model);
}

// RK4 with gravity only; the mission step.
MassState propagate(MassState s, double durationS, double dtS, GravityModel model) {
  const auto steps = static_cast<long long>(std::llround(durationS / dtS));
  for (long long i = 0; i < steps; ++i) {
    s = rk4Step(s, 0.0, dtS, [&](double, const MassState& y) {
      return MassState{y.velTeme, gravityAccel(y.posTeme, model), 0.0};
    });
  }
  return s;
}

constexpr double kMissionStepS = 0.1;
constexpr double kThreeOrbitsS = 3.0 * 5560.0;

TEST(PhysicsInvariants, PointMassConservesEnergyAndAngularMomentum) {
  const MassState s0 = issLikeOrbit();
  const MassState s1 = propagate(s0, kThreeOrbitsS, kMissionStepS, GravityModel::PointMass);
  const double e0 = specificEnergy(s0, GravityModel::PointMass);
  const double e1 = specificEnergy(s1, GravityModel::PointMass);
  const glm::dvec3 h0 = glm::cross(s0.posTeme, s0.velTeme);
  const glm::dvec3 h1 = glm::cross(s1.posTeme, s1.velTeme);
  EXPECT_LT(std::abs((e1 - e0) / e0), 1e-11);
  EXPECT_LT(glm::length(h1 - h0) / glm::length(h0), 1e-11);
}

TEST(PhysicsInvariants, ZonalFieldConservesEnergyAndPolarAngularMomentum) {
  const MassState s0 = issLikeOrbit();
  const MassState s1 = propagate(s0, kThreeOrbitsS, kMissionStepS, GravityModel::J2J3J4);
  const double e0 = specificEnergy(s0, GravityModel::J2J3J4);
  const double e1 = specificEnergy(s1, GravityModel::J2J3J4);
  const double hz0 = glm::cross(s0.posTeme, s0.velTeme).z;
  const double hz1 = glm::cross(s1.posTeme, s1.velTeme).z;
  EXPECT_LT(std::abs((e1 - e0) / e0), 1e-11);
  EXPECT_LT(std::abs((hz1 - hz0) / hz0), 1e-11);
  // ... while the full angular momentum vector precesses (the test can fail).
  const glm::dvec3 h0 = glm::cross(s0.posTeme, s0.velTeme);
  const glm::dvec3 h1 = glm::cross(s1.posTeme, s1.velTeme);
  EXPECT_GT(glm::length(h1 - h0) / glm::length(h0), 1e-4);
}

TEST(PhysicsInvariants, J2NodalRegressionMatchesAnalyticRate) {
  // Node measured at successive ascending-node crossings over one day, so the
  // short-period oscillation of the osculating node cancels.
  MassState s = issLikeOrbit();
  // Start just after an ascending node crossing (z = 0, vz > 0).
  const double dt = 1.0;
  std::vector<std::pair<double, double>> nodes;  // (time, raan)
  double t = 0.0;
  double zPrev = s.posTeme.z;
  for (int i = 0; i < 86400; ++i) {
    const MassState prev = s;
    s = propagate(s, dt, dt, GravityModel::J2);
    t += dt;
    if (zPrev < 0.0 && s.posTeme.z >= 0.0) {
      const double f = -prev.posTeme.z / (s.posTeme.z - prev.posTeme.z);
      const glm::dvec3 p = prev.posTeme + f * (s.posTeme - prev.posTeme);
      nodes.emplace_back(t - dt + f * dt, std::atan2(p.y, p.x));
    }
    zPrev = s.posTeme.z;
  }
  ASSERT_GE(nodes.size(), 10u);
  double dRaan = nodes.back().second - nodes.front().second;
  if (dRaan > astro::kPi) dRaan -= astro::kTwoPi;
  if (dRaan < -astro::kPi) dRaan += astro::kTwoPi;
  const double measured = dRaan / (nodes.back().first - nodes.front().first);
  // Analytic secular rate from the mean elements: -3/2 n J2 (Re/p)^2 cos i,
  // with the mean semi-major axis from the measured nodal period.
  const OrbitFigures o = orbitFigures(issLikeOrbit().posTeme, issLikeOrbit().velTeme);
  const double a = o.semiMajorAxisM;
  const double n = std::sqrt(kEarthGm / (a * a * a));
  const double p = a * (1.0 - o.eccentricity * o.eccentricity);
  const double analytic =
      -1.5 * n * astro::kEarthJ2 * std::pow(astro::kWgs84A / p, 2) * std::cos(o.inclinationRad);
  EXPECT_NEAR(measured / analytic, 1.0, 0.01)
      << "measured " << measured << " rad/s, analytic " << analytic;
}

}  // namespace
}  // namespace rv::sim
