#include "render/mesh_primitives.h"

#include "mesh_checks.h"

#include <gtest/gtest.h>
#include <glm/gtc/constants.hpp>
#include <glm/gtc/matrix_transform.hpp>

namespace rv::render {
namespace {

TEST(MeshPrimitives, CylinderHasExactExtentAndOutwardNormals) {
  MeshData m;
  appendCylinder(m, -1.0f, 3.0f, 0.5f, 24, glm::mat4(1.0f), {});
  test::expectWellFormed(m, "cylinder");
  EXPECT_DOUBLE_EQ(test::windingAgreement(m), 1.0);
  const Aabb box = boundingBox(m);
  EXPECT_NEAR(box.min.x, -1.0f, 1e-6f);
  EXPECT_NEAR(box.max.x, 3.0f, 1e-6f);
  EXPECT_NEAR(box.max.y, 0.5f, 1e-6f);
  for (const MeshVertex& v : m.vertices) {
    const glm::vec3 radial(0.0f, v.position.y, v.position.z);
    // Side vertices point radially, cap vertices along the axis.
    if (std::abs(v.normal.x) < 0.5f) EXPECT_GT(glm::dot(v.normal, radial), 0.0f);
  }
}

TEST(MeshPrimitives, SphereNormalsPointAwayFromCentre) {
  MeshData m;
  appendSphere(m, 2.0f, 24, 12, glm::translate(glm::mat4(1.0f), {5, 0, 0}), {});
  test::expectWellFormed(m, "sphere");
  EXPECT_DOUBLE_EQ(test::windingAgreement(m), 1.0);
  for (const MeshVertex& v : m.vertices) {
    EXPECT_NEAR(glm::length(v.position - glm::vec3(5, 0, 0)), 2.0f, 1e-4f);
    EXPECT_GT(glm::dot(v.normal, v.position - glm::vec3(5, 0, 0)), 0.0f);
  }
}

TEST(MeshPrimitives, BoxPanelTorusTrussAreWellFormed) {
  MeshData box;
  appendBox(box, {1, 2, 3}, glm::rotate(glm::mat4(1.0f), 0.3f, glm::vec3(0, 1, 0)), {});
  test::expectWellFormed(box, "box");
  EXPECT_DOUBLE_EQ(test::windingAgreement(box), 1.0);
  EXPECT_EQ(box.vertices.size(), 24u);

  MeshData torus;
  appendTorus(torus, 2.0f, 0.3f, 24, 8, glm::mat4(1.0f), {});
  test::expectWellFormed(torus, "torus");
  EXPECT_DOUBLE_EQ(test::windingAgreement(torus), 1.0);

  MeshData truss;
  appendTruss(truss, 13.4f, 4.6f, 4.6f, 2.3f, 0.2f, glm::mat4(1.0f), {});
  test::expectWellFormed(truss, "truss");
  const Aabb t = boundingBox(truss);
  EXPECT_NEAR(t.size().x, 13.4f, 1e-4f);
  EXPECT_NEAR(t.size().y, 4.6f, 0.15f);  // diagonals' ends may stick out by a member size
}

TEST(MeshPrimitives, LatheArcCoversHalfAndAxisFrameMapsX) {
  MeshData m;
  const ProfilePoint p[] = {{0, 1}, {1, 1}};
  appendLatheArc(m, p, 8, 0.0f, glm::pi<float>(), glm::mat4(1.0f), {});
  test::expectWellFormed(m, "arc");
  for (const MeshVertex& v : m.vertices) EXPECT_GE(v.position.z, -1e-6f);

  const glm::mat4 f = axisFrame({1, 2, 3}, {0, 0, 2});
  const glm::vec3 x = glm::vec3(f * glm::vec4(1, 0, 0, 0));
  EXPECT_NEAR(glm::length(x - glm::vec3(0, 0, 1)), 0.0f, 1e-6f);
  EXPECT_NEAR(glm::determinant(glm::mat3(f)), 1.0f, 1e-6f);
}

TEST(MeshData, PosedPartsFollowTheirParent) {
  std::vector<ModelPart> parts(2);
  parts[0].axis = {0, 1, 0};
  parts[0].pivotM = {0, 0, 0};
  parts[1].parent = 0;
  parts[1].axis = {0, 0, 1};
  parts[1].pivotM = {1, 0, 0};
  appendBox(parts[1].mesh, {0.1f, 0.1f, 0.1f}, glm::translate(glm::mat4(1.0f), {2, 0, 0}), {});
  const float angles[] = {glm::half_pi<float>(), 0.0f};
  const auto xf = posePartTransforms(parts, angles);
  // Rotating +90° about +Y takes (2, 0, 0) to (0, 0, -2).
  const glm::vec3 c = glm::vec3(xf[1] * glm::vec4(2, 0, 0, 1));
  EXPECT_NEAR(c.x, 0.0f, 1e-5f);
  EXPECT_NEAR(c.z, -2.0f, 1e-5f);
  EXPECT_EQ(findPart(parts, ""), 0);
}

}  // namespace
}  // namespace rv::render
