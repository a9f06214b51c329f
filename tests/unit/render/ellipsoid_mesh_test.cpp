#include "render/ellipsoid_mesh.h"

#include <gtest/gtest.h>

#include <cmath>

#include "astro/constants.h"

using namespace rv;

TEST(EllipsoidMesh, VerticesLieOnWgs84) {
  const auto mesh = render::buildEllipsoidMesh(32, 64, astro::kWgs84A, astro::kWgs84B);
  ASSERT_EQ(mesh.vertices.size(), 33u * 65u);
  for (const auto& v : mesh.vertices) {
    const glm::dvec3 p(v.posEcef);
    const double f = (p.x * p.x + p.y * p.y) / (astro::kWgs84A * astro::kWgs84A) +
                     p.z * p.z / (astro::kWgs84B * astro::kWgs84B);
    EXPECT_NEAR(f, 1.0, 1e-6);
    EXPECT_NEAR(glm::length(v.normalEcef), 1.0f, 1e-5f);
  }
}

TEST(EllipsoidMesh, NormalsAreGeodeticNotGeocentric) {
  const auto mesh = render::buildEllipsoidMesh(4, 8, astro::kWgs84A, astro::kWgs84B);
  // Row 1 is latitude +45 deg: the geodetic normal's elevation is 45 deg
  // while the position's geocentric latitude is ~0.19 deg less.
  const auto& v = mesh.vertices[9];
  EXPECT_NEAR(std::asin(v.normalEcef.z) * astro::kRadToDeg, 45.0, 1e-4);
  const double geocentric =
      std::atan2(static_cast<double>(v.posEcef.z), std::hypot(v.posEcef.x, v.posEcef.y)) *
      astro::kRadToDeg;
  EXPECT_NEAR(45.0 - geocentric, 0.1924, 0.001);
}

TEST(EllipsoidMesh, TextureCoordinatesFollowTheMapLayout) {
  const auto mesh = render::buildEllipsoidMesh(2, 4, astro::kWgs84A, astro::kWgs84B);
  // Row 1 is the equator; column 2 is longitude 0 (u = 0.5) -> +X.
  const auto& v = mesh.vertices[1 * 5 + 2];
  EXPECT_FLOAT_EQ(v.uv.x, 0.5f);
  EXPECT_FLOAT_EQ(v.uv.y, 0.5f);
  EXPECT_NEAR(v.posEcef.x, astro::kWgs84A, 1.0);
  // Column 3 is longitude +90 deg -> +Y (east).
  EXPECT_NEAR(mesh.vertices[1 * 5 + 3].posEcef.y, astro::kWgs84A, 1.0);
}

TEST(EllipsoidMesh, TrianglesFaceOutward) {
  const auto mesh = render::buildEllipsoidMesh(16, 32, astro::kWgs84A, astro::kWgs84B);
  ASSERT_EQ(mesh.indices.size() % 3, 0u);
  for (size_t i = 0; i < mesh.indices.size(); i += 3) {
    const glm::dvec3 a(mesh.vertices[mesh.indices[i]].posEcef);
    const glm::dvec3 b(mesh.vertices[mesh.indices[i + 1]].posEcef);
    const glm::dvec3 c(mesh.vertices[mesh.indices[i + 2]].posEcef);
    const glm::dvec3 n = glm::cross(b - a, c - a);
    ASSERT_GT(glm::dot(n, a + b + c), 0.0) << "triangle " << i / 3 << " faces inward";
  }
}
