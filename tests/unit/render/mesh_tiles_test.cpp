#include "render/mesh_tiles.h"

#include <gtest/gtest.h>

#include <cmath>
#include <random>

#include "astro/constants.h"
#include "render/ellipsoid_mesh.h"

using namespace rv;

namespace {

struct Globe {
  render::EllipsoidMesh mesh;
  std::vector<glm::vec3> positions;
  std::vector<render::MeshTile> tiles;
};

Globe makeGlobe() {
  Globe g;
  g.mesh = render::buildEllipsoidMesh(128, 256, astro::kWgs84A, astro::kWgs84B);
  for (const auto& v : g.mesh.vertices) g.positions.push_back(v.posEcef);
  for (const auto& r : g.mesh.tiles) {
    g.tiles.push_back(render::boundMeshTile(g.positions, g.mesh.indices, r.first, r.count));
  }
  return g;
}

bool triangleFacesEye(const Globe& g, std::uint32_t k, const glm::dvec3& eye) {
  const glm::dvec3 a(g.positions[g.mesh.indices[k]]), b(g.positions[g.mesh.indices[k + 1]]),
      c(g.positions[g.mesh.indices[k + 2]]);
  return glm::dot(glm::cross(b - a, c - a), eye - a) > 0.0;
}

}  // namespace

TEST(MeshTiles, TilesCoverEveryTriangleOnce) {
  const auto mesh = render::buildEllipsoidMesh(128, 256, astro::kWgs84A, astro::kWgs84B);
  ASSERT_EQ(mesh.tiles.size(), 16u * 32u);
  std::uint32_t next = 0;
  for (const auto& t : mesh.tiles) {
    EXPECT_EQ(t.first, next);
    EXPECT_EQ(t.count % 3, 0u);
    next = t.first + t.count;
  }
  EXPECT_EQ(next, mesh.indices.size());
  // Same triangle count as one cell strip per row (poles have one each).
  EXPECT_EQ(mesh.indices.size(), 3u * 256u * (2u * 128u - 2u));
}

TEST(MeshTiles, BoundsHoldTheirTriangles) {
  const Globe g = makeGlobe();
  for (const auto& t : g.tiles) {
    for (std::uint32_t k = t.firstIndex; k < t.firstIndex + t.indexCount; ++k) {
      EXPECT_LE(glm::length(glm::dvec3(g.positions[g.mesh.indices[k]]) - t.center),
                t.radius * (1.0 + 1e-12));
    }
    EXPECT_LT(t.coneHalfAngleRad, 0.5 * astro::kPi);
  }
}

// The culling is conservative: from cameras at many heights and directions,
// no tile that holds a triangle facing the camera is reported as facing away.
// It also pays: from the ISS's height about nine tenths of the tiles go.
TEST(MeshTiles, NeverDropsAVisibleTriangleAndDropsMostFromOrbit) {
  const Globe g = makeGlobe();
  std::mt19937 rng(7);
  std::normal_distribution<double> gauss;
  for (double altitudeM : {2.0, 104.0, 10e3, 420e3, 20000e3}) {
    size_t kept = 0;
    for (int trial = 0; trial < 6; ++trial) {
      const glm::dvec3 up = glm::normalize(glm::dvec3(gauss(rng), gauss(rng), gauss(rng)));
      const glm::dvec3 eye = up * (astro::kWgs84A + altitudeM);
      for (const auto& t : g.tiles) {
        if (!render::tileFacesAway(t, eye)) {
          ++kept;
          continue;
        }
        for (std::uint32_t k = t.firstIndex; k < t.firstIndex + t.indexCount; k += 3) {
          ASSERT_FALSE(triangleFacesEye(g, k, eye))
              << "tile dropped with a front-facing triangle at altitude " << altitudeM;
        }
      }
    }
    if (altitudeM == 420e3) EXPECT_LT(kept, g.tiles.size() * 6 / 5) << "of " << g.tiles.size() * 6;
  }
}
