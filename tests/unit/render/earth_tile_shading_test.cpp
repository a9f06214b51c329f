#include "render/earth_tile_shading.h"

#include <gtest/gtest.h>

#include <cmath>
#include <random>

#include "astro/constants.h"
#include "render/ellipsoid_mesh.h"

using namespace rv;

namespace {

// The Sun's cosine on the normals the shader interpolates between the
// vertices of a tile, sampled.
void sunCosRange(const render::EllipsoidMesh& mesh, const render::IndexRange& r,
                 const glm::dvec3& sun, double& lo, double& hi) {
  lo = 1.0;
  hi = -1.0;
  std::mt19937 rng(7);
  std::uniform_real_distribution<double> w(0.0, 1.0);
  for (std::uint32_t k = r.first; k + 2 < r.first + r.count; k += 3) {
    const glm::dvec3 a(mesh.vertices[mesh.indices[k]].normalEcef),
        b(mesh.vertices[mesh.indices[k + 1]].normalEcef),
        c(mesh.vertices[mesh.indices[k + 2]].normalEcef);
    for (int s = 0; s < 4; ++s) {
      double u = w(rng), v = w(rng);
      if (u + v > 1.0) u = 1.0 - u, v = 1.0 - v;
      const double d = glm::dot(glm::normalize(a + (b - a) * u + (c - a) * v), sun);
      lo = std::min(lo, d);
      hi = std::max(hi, d);
    }
  }
}

}  // namespace

TEST(EarthTileShading, SideBitsFollowTheShadersThresholds) {
  EXPECT_EQ(render::earthSideShading(0.1, 0.9), render::kEarthDaySide);
  EXPECT_EQ(render::earthSideShading(-0.9, -0.3), render::kEarthNightSide);
  // Twilight: skylight up to -0.2, city lights from 0.02 down.
  EXPECT_EQ(render::earthSideShading(-0.3, -0.15), render::kEarthDaySide | render::kEarthNightSide);
  EXPECT_EQ(render::earthSideShading(0.01, 0.5), render::kEarthDaySide | render::kEarthNightSide);
}

TEST(EarthTileShading, ATileGetsEveryTermThatIsNotZeroOnIt) {
  const auto mesh = render::buildEllipsoidMesh(128, 256, astro::kWgs84A, astro::kWgs84B);
  std::vector<glm::vec3> normals;
  for (const auto& v : mesh.vertices) normals.push_back(v.normalEcef);
  int dayOnly = 0, nightOnly = 0;
  for (const glm::dvec3 sun : {glm::normalize(glm::dvec3(1, 0.3, 0.2)), glm::dvec3(0, 0, 1)}) {
    for (const auto& r : mesh.tiles) {
      const render::NormalCone cone = render::boundNormals(normals, mesh.indices, r.first, r.count);
      const unsigned bits = render::earthSideShading(cone, sun);
      double lo = 0.0, hi = 0.0;
      sunCosRange(mesh, r, sun, lo, hi);
      if (hi > -0.2) EXPECT_TRUE(bits & render::kEarthDaySide) << lo << " " << hi;
      if (lo < 0.02) EXPECT_TRUE(bits & render::kEarthNightSide) << lo << " " << hi;
      dayOnly += bits == render::kEarthDaySide;
      nightOnly += bits == render::kEarthNightSide;
    }
  }
  // And most tiles need only one side (two Suns: 2 x the tiles).
  EXPECT_GT(dayOnly + nightOnly, static_cast<int>(mesh.tiles.size()) * 6 / 5);  // 60% of both
}

TEST(EarthTileShading, TownsOnlyWhereAFineCellSpansMoreThanAFewTenthsOfAPixel) {
  // 1280x720 with a 60 deg vertical field of view.
  const double yScale = 1.0 / std::tan(30.0 * astro::kDegToRad);
  const double angle = render::minPixelAngle(yScale * 720.0 / 1280.0, yScale, 720);
  EXPECT_LT(angle, 2.0 * std::tan(30.0 * astro::kDegToRad) / 720.0);
  EXPECT_GT(angle, 0.4 * 2.0 * std::tan(30.0 * astro::kDegToRad) / 720.0);
  // The night map's fine cells are ~4.9 km: towns from the ISS's orbit,
  // none on the far side of a globe seen whole.
  EXPECT_TRUE(render::earthTownsVisible(420e3, angle, 1024));
  EXPECT_FALSE(render::earthTownsVisible(20000e3, angle, 1024));
}

TEST(EarthTileShading, NightMapDarkOnlyWhereNoLightIsNearTheTile) {
  render::ImageRgba8 night;
  night.width = 64;
  night.height = 32;
  night.pixels.assign(64 * 32 * 4, 0);
  const glm::dvec2 lo(0.25, 0.25), hi(0.375, 0.5);  // texels 16..24 x 8..16
  EXPECT_TRUE(render::nightMapDark(render::LitRowCounts::of(night), lo, hi));
  // A light one tile's width away still counts (coarse mipmaps reach it)...
  night.pixels[(12 * 64 + 30) * 4 + 1] = 1;
  EXPECT_FALSE(render::nightMapDark(render::LitRowCounts::of(night), lo, hi));
  night.pixels[(12 * 64 + 30) * 4 + 1] = 0;
  // ...and so does one across the date line from a tile at u = 0.
  night.pixels[(12 * 64 + 63) * 4] = 1;
  EXPECT_FALSE(render::nightMapDark(render::LitRowCounts::of(night), glm::dvec2(0.0, 0.25),
                                    glm::dvec2(0.125, 0.5)));
  // Farther than that, it does not.
  EXPECT_TRUE(render::nightMapDark(render::LitRowCounts::of(night), lo, hi));
}

namespace {

// The globe's chords: the fine mesh's cells sag under a kilometre (the
// patch comment in earth_layer.cpp: ~480 m along an edge), the coarse
// mesh's four times as far. Seen side-on at the limb, from the overview
// camera's 3.3 Earth radii (the limb 3.14 radii away), a coarse cell's sag
// is under half a pixel at 1920x1080 with its 45 degree view; from the ISS
// (the limb 2,300 km away) it is pixels.
TEST(EarthTileShading, ChordSagOfTheFineAndCoarseGlobes) {
  const double fine = rv::render::globeChordSagM(128, 256);
  const double coarse = rv::render::globeChordSagM(64, 128);
  EXPECT_NEAR(fine, 960.0, 20.0);
  EXPECT_NEAR(coarse / fine, 4.0, 0.01);
  const double f = 1.0 / std::tan(22.5 * M_PI / 180.0);
  const double pixel = rv::render::minPixelAngle(f * 1080.0 / 1920.0, f, 1080);
  EXPECT_LT(coarse / (std::sqrt(3.3 * 3.3 - 1.0) * 6378137.0), 0.5 * pixel);
  EXPECT_GT(coarse / 2300e3, 1.0 * pixel);
}

}  // namespace
