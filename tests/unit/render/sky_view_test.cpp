// The sky-view table's frame and mapping (render/sky_view.h); the shaders
// in shaders/sky_view.glsl use the same formulas.
#include "render/sky_view.h"

#include <gtest/gtest.h>

#include <cmath>

namespace {

using namespace rv::render;

SkyFrame frameAt(const glm::dvec3& camPosKm, const glm::dvec3& sun) {
  const SkyParams p;
  SkyFrame s;
  s.camPosKm = camPosKm;
  s.camRadiusKm = glm::length(camPosKm);
  s.camGroundC = (s.camRadiusKm - p.groundRadiusKm) * (s.camRadiusKm + p.groundRadiusKm);
  s.sunSphere = glm::normalize(sun);
  return s;
}

TEST(SkyView, LocalFrameIsUpAndTowardTheSunsAzimuth) {
  const SkyFrame s = frameAt({6378.137 + 400.0, 0.0, 0.0}, {0.3, 0.0, 1.0});
  const SkyViewFrame f = makeSkyViewFrame(s);
  const glm::dmat3& m = f.localToSphere;
  EXPECT_NEAR(glm::length(m[2] - glm::dvec3(1, 0, 0)), 0.0, 1e-12);  // up
  EXPECT_NEAR(glm::length(m[0] - glm::dvec3(0, 0, 1)), 0.0, 1e-12);  // the Sun's azimuth
  EXPECT_NEAR(glm::dot(m[0], m[1]), 0.0, 1e-12);
  EXPECT_NEAR(glm::length(m[1]), 1.0, 1e-12);
  // From 400 km the ground's tangent ray points 20.2 deg below level.
  const double dip = std::acos(6378.137 / (6378.137 + 400.0));
  EXPECT_NEAR(f.horizonCos, -std::sin(dip), 1e-12);
}

TEST(SkyView, SunOverheadStillGivesAFrame) {
  const SkyViewFrame f = makeSkyViewFrame(frameAt({0.0, 0.0, 6379.0}, {0.0, 0.0, 1.0}));
  EXPECT_NEAR(glm::determinant(f.localToSphere), 1.0, 1e-12);
}

TEST(SkyView, CoordinatesRoundTripAndPutTheHorizonAtTheBottomRow) {
  const double horizonCos = -0.35;
  for (double u : {0.0, 0.1, 0.5, 0.93, 1.0}) {
    for (double v : {0.0, 0.02, 0.3, 0.77, 1.0}) {
      const glm::dvec3 d = skyViewDirection({u, v}, horizonCos);
      EXPECT_NEAR(glm::length(d), 1.0, 1e-12);
      const glm::dvec2 back = skyViewCoords(d, horizonCos);
      EXPECT_NEAR(back.y, v, 1e-9) << u << " " << v;
      if (v < 1.0) EXPECT_NEAR(back.x, u, 1e-9) << u << " " << v;  // the zenith has no azimuth
    }
  }
  EXPECT_NEAR(skyViewDirection({0.3, 0.0}, horizonCos).z, horizonCos, 1e-12);
  EXPECT_NEAR(skyViewDirection({0.3, 1.0}, horizonCos).z, 1.0, 1e-12);
  // Below the horizon (rays that end on the Earth) clamps to the horizon row.
  EXPECT_EQ(skyViewCoords({0.0, 0.6, -0.8}, horizonCos).y, 0.0);
  // Azimuth is folded: the sky is symmetric about the Sun's vertical plane.
  EXPECT_NEAR(skyViewCoords({0.6, 0.5, 0.1}, horizonCos).x,
              skyViewCoords({0.6, -0.5, 0.1}, horizonCos).x, 1e-15);
}

TEST(SkyView, RowsBunchTowardTheHorizon) {
  // From orbit the bright limb lies within ~1 deg of the horizon; with 128
  // rows it must get several of them, not one.
  const double horizonCos = -std::sin(std::acos(6378.137 / 6778.137));
  const SkyViewSize size;
  const double stepV = 1.0 / (size.rows - 1);
  const double dipOfRow = [&] {
    const glm::dvec3 d = skyViewDirection({0.0, stepV}, horizonCos);
    return std::acos(d.z) - std::acos(horizonCos);
  }();
  EXPECT_LT(std::abs(dipOfRow), 1.0 * M_PI / 180.0 / 8.0);
}

}  // namespace
