#include "render/camera.h"

#include <gtest/gtest.h>

#include <cmath>

using namespace rv::render;

TEST(Camera, ViewRotationIsOrthonormalAndLooksDownMinusZ) {
  const Camera c = lookAt({7e6, 1e6, 2e6}, {0, 0, 0}, {0, 0, 1}, 0.8);
  const glm::dmat3 r = viewRotation(c);
  const glm::dmat3 shouldBeIdentity = r * glm::transpose(r);
  for (int i = 0; i < 3; ++i)
    for (int j = 0; j < 3; ++j) EXPECT_NEAR(shouldBeIdentity[i][j], i == j ? 1.0 : 0.0, 1e-12);
  const glm::dvec3 fwd = r * c.forwardTeme;
  EXPECT_NEAR(fwd.z, -1.0, 1e-12);
}

TEST(Camera, ProjectToPixelCentreAndEdges) {
  const Camera c = lookAt({0, 0, 0}, {1, 0, 0}, {0, 0, 1}, std::atan(1.0) * 2.0);  // 90 deg
  const auto centre = projectToPixel(c, {10, 0, 0}, 200, 100);
  ASSERT_TRUE(centre);
  EXPECT_NEAR(centre->x, 100.0, 1e-9);
  EXPECT_NEAR(centre->y, 50.0, 1e-9);
  // 45 deg up is the top edge with a 90 deg vertical field of view.
  const auto top = projectToPixel(c, {10, 0, 10}, 200, 100);
  EXPECT_NEAR(top->y, 0.0, 1e-9);
  // Camera right is -Y when looking along +X with +Z up.
  const auto right = projectToPixel(c, {10, -5, 0}, 200, 100);
  EXPECT_GT(right->x, 100.0);
  EXPECT_FALSE(projectToPixel(c, {-1, 0, 0}, 200, 100)) << "behind the camera";
}

TEST(Camera, ProjectionMatrixAgreesWithProjectToPixel) {
  const Camera c = lookAt({1, 2, 3}, {4, -2, 5}, {0, 0, 1}, 0.9);
  const glm::dvec3 p(6, -3, 4);
  const glm::dvec3 v = viewRotation(c) * (p - c.posTeme);
  const glm::vec4 clip = projectionMatrix(c, 1.6) * glm::vec4(glm::vec3(v), 1.0f);
  const auto px = projectToPixel(c, p, 1600, 1000);
  ASSERT_TRUE(px);
  EXPECT_NEAR((clip.x / clip.w + 1.0) * 800.0, px->x, 1e-3);
  EXPECT_NEAR((1.0 - clip.y / clip.w) * 500.0, px->y, 1e-3);
}

TEST(Camera, UpParallelToForwardStillGivesAValidBasis) {
  const Camera c = lookAt({0, 0, 10}, {0, 0, 0}, {0, 0, 1}, 0.8);
  const glm::dmat3 r = viewRotation(c);
  EXPECT_NEAR(glm::determinant(r), 1.0, 1e-12);
}

TEST(Camera, LogDepthResolvesMillimetresAtTheDockingPort) {
  // Depth written = log2(1 + w) * fc / 2 in a 24-bit buffer: the step in w
  // between adjacent depth values at 1 m must be well under a millimetre.
  const double fc = logDepthCoefficient();
  const double w = 1.0;
  const double dDepthDw = fc * 0.5 / ((1.0 + w) * std::log(2.0));
  const double stepM = (1.0 / (1 << 24)) / dDepthDw;
  EXPECT_LT(stepM, 1e-4);
  // And at 100,000 km the step stays a fixed small fraction (< 1e-5) of the
  // distance: the same relative precision as at the port.
  const double wFar = 1e8;
  EXPECT_LT((1.0 / (1 << 24)) / (fc * 0.5 / ((1.0 + wFar) * std::log(2.0))), 1e-5 * wFar);
}

// The window moves the optical centre to the middle of the space its bars
// leave: a point on the axis lands there, and the matrix the shaders use
// agrees with the labels' projection.
TEST(Camera, LensShiftMovesTheAxisAndBothProjectionsAgree) {
  Camera c = lookAt({0, 0, 0}, {1, 0, 0}, {0, 0, 1}, 0.9);
  c.lensShiftNdc = {0.1, -0.2};
  const auto axis = projectToPixel(c, {10, 0, 0}, 200, 100);
  ASSERT_TRUE(axis);
  EXPECT_NEAR(axis->x, 110.0, 1e-9);  // +0.1 NDC = 10 px right of the middle
  EXPECT_NEAR(axis->y, 60.0, 1e-9);   // -0.2 NDC = 10 px below it
  const glm::dvec3 p(7, -2, 1.5);
  const glm::dvec3 v = viewRotation(c) * (p - c.posTeme);
  const glm::vec4 clip = projectionMatrix(c, 2.0) * glm::vec4(glm::vec3(v), 1.0f);
  const auto px = projectToPixel(c, p, 200, 100);
  ASSERT_TRUE(px);
  EXPECT_NEAR((clip.x / clip.w + 1.0) * 0.5 * 200, px->x, 1e-3);
  EXPECT_NEAR((1.0 - clip.y / clip.w) * 0.5 * 100, px->y, 1e-3);
}

// The sky can show unless the Earth fills the view (renderer.cpp draws no
// sky then).
TEST(Camera, SphereFillsTheViewOnlyWhenEveryCornerRayMeetsIt) {
  const double r = 6356752.0;
  const glm::dvec3 iss(0, 0, 6378137.0 + 420e3);
  // Straight down from the ISS with a 45 degree view: the ground everywhere.
  Camera down = lookAt(iss, {0, 0, 0}, {1, 0, 0}, 45.0 * M_PI / 180.0);
  EXPECT_TRUE(sphereFillsView(down, 16.0 / 9.0, r));
  // A wider view reaches past the horizon (20 degrees below level from
  // 420 km, i.e. 70 degrees from straight down): the sky shows.
  down.fovYRad = 150.0 * M_PI / 180.0;
  EXPECT_FALSE(sphereFillsView(down, 16.0 / 9.0, r));
  // Looking at the horizon, or up: the sky shows.
  EXPECT_FALSE(sphereFillsView(lookAt(iss, iss + glm::dvec3(1e6, 0, 0), {0, 0, 1}, 0.8), 1.5, r));
  EXPECT_FALSE(sphereFillsView(lookAt(iss, iss * 2.0, {1, 0, 0}, 0.8), 1.5, r));
  // Down, but with the lens shifted far enough that a top corner passes
  // above the horizon.
  Camera shifted = lookAt(iss, {0, 0, 0}, {1, 0, 0}, 100.0 * M_PI / 180.0);
  EXPECT_TRUE(sphereFillsView(shifted, 1.0, r));
  shifted.lensShiftNdc = {0.0, -1.5};
  EXPECT_FALSE(sphereFillsView(shifted, 1.0, r));
  // From inside the sphere nothing is decided: the sky may show.
  EXPECT_FALSE(sphereFillsView(lookAt({0, 0, 1e6}, {0, 0, 0}, {1, 0, 0}, 0.8), 1.0, r));
}
