// Skipping what the camera cannot see (render/view_frustum.h).
#include "render/view_frustum.h"

#include <gtest/gtest.h>

#include <glm/gtc/matrix_transform.hpp>

namespace {

using rv::render::ViewFrustum;

TEST(ViewFrustum, KeepsWhatIsInViewAndWhatStraddlesAnEdge) {
  // 60 degrees high, 16:9; the camera looks down -z.
  const ViewFrustum f(glm::perspective(glm::radians(60.0f), 16.0f / 9.0f, 0.1f, 1e7f));
  EXPECT_FALSE(f.excludes({0, 0, -10}, 1.0f));
  EXPECT_FALSE(f.excludes({0, 0, -4e6f}, 50.0f));  // far away, still ahead
  // The top edge at 10 m ahead is tan(30 deg) * 10 = 5.77 m up: a sphere
  // centred 6.5 m up reaches below it only with a radius over ~0.63 m.
  EXPECT_TRUE(f.excludes({0, 6.5f, -10}, 0.5f));
  EXPECT_FALSE(f.excludes({0, 6.5f, -10}, 0.8f));
}

TEST(ViewFrustum, ExcludesWhatIsBehindOrBesideTheCamera) {
  const ViewFrustum f(glm::perspective(glm::radians(60.0f), 16.0f / 9.0f, 0.1f, 1e7f));
  EXPECT_TRUE(f.excludes({0, 0, 20}, 5.0f));      // behind
  EXPECT_FALSE(f.excludes({0, 0, 3}, 5.0f));      // around the camera
  EXPECT_TRUE(f.excludes({-100, 0, -10}, 5.0f));  // far to the left
  EXPECT_TRUE(f.excludes({0, -100, -10}, 5.0f));  // far below
}

TEST(ViewFrustum, FollowsAnOffCentreProjection) {
  // The lens shifted so the picture moves left (lensShiftNdc.x = -0.5, as
  // camera.cpp builds it): what sat just outside the right edge comes into view.
  glm::mat4 proj = glm::perspective(glm::radians(60.0f), 1.0f, 0.1f, 1e7f);
  const ViewFrustum centred(proj);
  proj[2][0] = 0.5f;  // x_ndc -= 0.5
  const ViewFrustum shifted(proj);
  const glm::vec3 p(6.2f, 0, -10);  // 0.62 of the way out at 10 m; the edge is at 0.577
  EXPECT_TRUE(centred.excludes(p, 0.1f));
  EXPECT_FALSE(shifted.excludes(p, 0.1f));
}

}  // namespace

namespace {

// The Earth's tiles are culled with it too (earth_layer.cpp); these are the
// cases the tiles' own view cone was tested with before.
TEST(ViewFrustum, DropsSpheresOffScreenOnly) {
  // 90 deg vertical field, square image: the side planes are at 45 deg.
  const ViewFrustum f(glm::perspective(glm::radians(90.0f), 1.0f, 0.05f, 1e7f));
  EXPECT_FALSE(f.excludes({0.0f, 0.0f, -10.0f}, 1.0f));   // ahead
  EXPECT_TRUE(f.excludes({0.0f, 0.0f, 10.0f}, 1.0f));     // behind
  EXPECT_TRUE(f.excludes({20.0f, 0.0f, -10.0f}, 1.0f));   // far right
  EXPECT_FALSE(f.excludes({10.5f, 0.0f, -10.0f}, 1.0f));  // straddles the edge
  EXPECT_TRUE(f.excludes({0.0f, -30.0f, -10.0f}, 1.0f));  // below
  EXPECT_FALSE(f.excludes({0.0f, 0.0f, 0.5f}, 1.0f));     // around the eye
}

}  // namespace
