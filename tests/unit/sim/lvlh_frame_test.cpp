#include "sim/lvlh_frame.h"

#include "astro/constants.h"

#include <gtest/gtest.h>

#include <cmath>

using namespace rv::sim;

namespace {

// Circular ISS-like orbit, 420 km, 51.64 degrees, at argument of latitude u.
StateVector circular(double u, double radius = 6378137.0 + 420e3) {
  const double inc = 51.64 * rv::astro::kDegToRad;
  const double v = std::sqrt(rv::astro::kEarthGm / radius);
  const glm::dvec3 p{std::cos(u), std::sin(u) * std::cos(inc), std::sin(u) * std::sin(inc)};
  const glm::dvec3 t{-std::sin(u), std::cos(u) * std::cos(inc), std::cos(u) * std::sin(inc)};
  return {radius * p, v * t};
}

}  // namespace

TEST(LvlhFrame, AxesFollowTheIssConvention) {
  const StateVector tgt = circular(0.7);
  const LvlhFrame f = lvlhFrame(tgt);
  EXPECT_NEAR(glm::dot(f.xTeme, glm::normalize(tgt.velTeme)), 1.0, 1e-12);   // +X along V
  EXPECT_NEAR(glm::dot(f.zTeme, glm::normalize(tgt.posTeme)), -1.0, 1e-12);  // +Z nadir
  const glm::dvec3 h = glm::normalize(glm::cross(tgt.posTeme, tgt.velTeme));
  EXPECT_NEAR(glm::dot(f.yTeme, h), -1.0, 1e-12);  // +Y opposite orbit normal
  EXPECT_NEAR(glm::dot(glm::cross(f.xTeme, f.yTeme), f.zTeme), 1.0, 1e-12);  // right-handed
  // A point 100 m above the target is at z = -100.
  const RelativeState rel =
      relativeStateLvlh(tgt, {tgt.posTeme + 100.0 * glm::normalize(tgt.posTeme), tgt.velTeme});
  EXPECT_NEAR(rel.posLvlh.z, -100.0, 1e-6);
  EXPECT_NEAR(rel.posLvlh.x, 0.0, 1e-6);
}

// A chaser on the same circular orbit a little behind in phase is at rest in
// LVLH (up to the curvature of the orbit): this checks the omega x r term.
TEST(LvlhFrame, CoOrbitingPointIsAtRest) {
  const double du = -1000.0 / (6378137.0 + 420e3);  // 1 km behind
  const RelativeState rel = relativeStateLvlh(circular(0.3), circular(0.3 + du));
  EXPECT_NEAR(rel.posLvlh.x, -1000.0, 0.01);
  EXPECT_NEAR(rel.posLvlh.z, 1000.0 * 1000.0 / (2.0 * (6378137.0 + 420e3)), 0.01);  // sag below
  EXPECT_NEAR(glm::length(rel.velLvlh), 0.0, 1e-9);
}

TEST(LvlhFrame, RoundTripIsExact) {
  StateVector tgt = circular(2.1);
  tgt.velTeme *= 1.003;  // slightly elliptic
  const StateVector ch{tgt.posTeme + glm::dvec3(1234.5, -678.9, 345.6),
                       tgt.velTeme + glm::dvec3(-1.25, 0.5, 2.0)};
  const RelativeState rel = relativeStateLvlh(tgt, ch);
  const StateVector back = inertialFromLvlh(tgt, rel);
  EXPECT_NEAR(glm::length(back.posTeme - ch.posTeme), 0.0, 1e-6);
  EXPECT_NEAR(glm::length(back.velTeme - ch.velTeme), 0.0, 1e-9);
  const LvlhFrame f = lvlhFrame(tgt);
  const glm::dvec3 w{3.0, -4.0, 5.0};
  EXPECT_NEAR(glm::length(vectorToTeme(f, vectorToLvlh(f, w)) - w), 0.0, 1e-12);
  EXPECT_NEAR(glm::length(f.toLvlh() * w - vectorToLvlh(f, w)), 0.0, 1e-12);
  EXPECT_NEAR(glm::length(f.toTeme() * vectorToLvlh(f, w) - w), 0.0, 1e-12);
  // Orbital rate about -Y.
  const glm::dvec3 omegaLvlh = vectorToLvlh(f, f.omegaTeme);
  EXPECT_NEAR(omegaLvlh.x, 0.0, 1e-15);
  EXPECT_LT(omegaLvlh.y, 0.0);
  // A 420 km circular orbit has a 92.97 min period (Kepler's third law with
  // a = 6798.1 km).
  EXPECT_NEAR(2.0 * rv::astro::kPi / meanMotion(circular(0.0)), 5578.2, 0.5);
}
