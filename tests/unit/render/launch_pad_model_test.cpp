#include "render/launch_pad_model.h"

#include "mesh_checks.h"
#include "render/rocket_model.h"

#include <gtest/gtest.h>
#include <glm/gtc/constants.hpp>

#include <cmath>

namespace rv::render {
namespace {

TEST(LaunchPadModel, PartsAreWellFormed) {
  const LaunchPadModel pad = buildLaunchPadModel();
  for (const char* name :
       {"ground", "launch_deck", "support_arm_1", "support_arm_2", "support_arm_3", "support_arm_4",
        "cable_mast_1", "cable_mast_2", "service_gantry"}) {
    EXPECT_GE(findPart(pad.parts, name), 0) << name;
  }
  test::expectPartsWellFormed(pad.parts);
  EXPECT_LT(vertexCount(pad.parts), 100000u);
}

TEST(LaunchPadModel, AxisAzimuthFromTheMissionSheetPoints) {
  // SOURCES S1: (63.5672 E, 45.99428 N) -> (63.56448 E, 45.9959 N).
  const double lat = glm::radians(45.995);
  const double east = (63.56448 - 63.5672) * std::cos(lat);
  const double north = 45.9959 - 45.99428;
  double az = glm::degrees(std::atan2(east, north));
  if (az < 0.0) az += 360.0;
  EXPECT_NEAR(az, kPadAxisAzimuthDeg, 0.5);
}

TEST(LaunchPadModel, RocketHangsInTheDeckOpening) {
  const LaunchPadModel pad = buildLaunchPadModel();
  const RocketModel rocket = buildRocketModel();
  const glm::vec3 up = glm::vec3(pad.enuFromStack * glm::vec4(1, 0, 0, 0));
  EXPECT_NEAR(glm::length(up - glm::vec3(0, 0, 1)), 0.0f, 1e-6f);
  EXPECT_NEAR(glm::determinant(glm::mat3(pad.enuFromStack)), 1.0f, 1e-5f);
  // Every rocket vertex at deck level lies inside the opening (12 x 12 m, rotated with the
  // pad axis): a radius of 6 m is inside it whatever the rotation.
  int outside = 0;
  float top = -1e9f;
  for (const ModelPart& p : rocket.parts) {
    for (const MeshVertex& v : p.mesh.vertices) {
      const glm::vec3 e = glm::vec3(pad.enuFromStack * glm::vec4(v.position, 1.0f));
      top = std::max(top, e.z);
      if (e.z < 0.0f && e.z > -3.0f && glm::length(glm::vec2(e)) > 6.0f) ++outside;
    }
  }
  EXPECT_EQ(outside, 0);
  EXPECT_NEAR(top, kStackHeightM - kStackOriginBelowDeckM, 0.1f);
}

}  // namespace
}  // namespace rv::render
