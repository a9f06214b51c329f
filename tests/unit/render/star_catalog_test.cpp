// The Bright Star Catalogue parser and the IAU 1976 precession.
#include "render/star_catalog.h"

#include <gtest/gtest.h>

#include <cmath>

#include "astro/constants.h"
#include "astro/time_scales.h"

namespace {

using namespace rv;
using astro::kDegToRad;
using astro::kRadToDeg;

// Angle between two unit vectors, degrees.
double separationDeg(const glm::dvec3& a, const glm::dvec3& b) {
  return std::atan2(glm::length(glm::cross(a, b)), glm::dot(a, b)) * kRadToDeg;
}

TEST(StarCatalog, ParsesColumnsAndSkipsComments) {
  const auto cat = render::parseBrightStarCatalog(
      "# comment\n"
      "\n"
      "-16.7161  6.7525 -1.46 \"  9Alp CMa\" 2491  48915 151881\n"
      " 89.2642  2.5302  2.02 \"  1Alp UMi\"  424   8890    308\r\n"
      "garbage line\n");
  ASSERT_EQ(cat.stars.size(), 2u);
  EXPECT_FLOAT_EQ(cat.stars[0].magnitude, -1.46f);
  double ra = 0, dec = 0;
  render::raDecFromUnit(cat.stars[1].dirJ2000, &ra, &dec);
  EXPECT_NEAR(ra * kRadToDeg, 2.5302 * 15.0, 1e-9);
  EXPECT_NEAR(dec * kRadToDeg, 89.2642, 1e-9);
  ASSERT_EQ(cat.warnings.size(), 1u) << "one warning for the garbage line";
}

TEST(StarCatalog, MissingFileGivesEmptyCatalogueAndNamesThePackage) {
  const auto cat = render::loadBrightStarCatalog("/nonexistent/xplanet");
  EXPECT_TRUE(cat.stars.empty());
  ASSERT_EQ(cat.warnings.size(), 1u);
  EXPECT_NE(cat.warnings[0].find("xplanet"), std::string::npos) << cat.warnings[0];
}

// Meeus, Astronomical Algorithms (2nd ed.), example 21.b: theta Persei,
// J2000 (proper motion applied) -> 2028 Nov 13.19 TD.
TEST(StarCatalog, PrecessionMatchesMeeusExample21b) {
  const double t = (2462088.69 - 2451545.0) / 36525.0;
  const glm::dvec3 j2000 = render::unitFromRaDec(41.054063 * kDegToRad, 49.227750 * kDegToRad);
  double ra = 0, dec = 0;
  render::raDecFromUnit(render::precessionFromJ2000(t) * j2000, &ra, &dec);
  EXPECT_NEAR(ra * kRadToDeg, 41.547214, 2e-5);
  EXPECT_NEAR(dec * kRadToDeg, 49.348483, 2e-5);
}

TEST(StarCatalog, PrecessionIsARotationAndIdentityAtJ2000) {
  const glm::dmat3 p0 = render::precessionFromJ2000(0.0);
  for (int i = 0; i < 3; ++i)
    for (int j = 0; j < 3; ++j) EXPECT_NEAR(p0[i][j], i == j ? 1.0 : 0.0, 1e-15);
  const glm::dmat3 p = render::precessionFromJ2000(0.2176);
  const glm::dmat3 ppt = p * glm::transpose(p);
  for (int i = 0; i < 3; ++i)
    for (int j = 0; j < 3; ++j) EXPECT_NEAR(ppt[i][j], i == j ? 1.0 : 0.0, 1e-14);
  EXPECT_NEAR(glm::determinant(p), 1.0, 1e-14);
}

#ifdef RV_XPLANET_DIR
constexpr const char* kXplanetDir = RV_XPLANET_DIR;
#else
constexpr const char* kXplanetDir = "/usr/share/xplanet";
#endif

TEST(StarCatalog, XplanetCatalogueHasAboutNineThousandStarsAndSiriusPrecessesRight) {
  const auto cat = render::loadBrightStarCatalog(kXplanetDir);
  if (cat.stars.empty()) GTEST_SKIP() << "xplanet not installed: " << cat.warnings.at(0);
  EXPECT_GT(cat.stars.size(), 8500u);
  EXPECT_LT(cat.stars.size(), 9200u);
  // The brightest entry is Sirius at its J2000 place (6h45m08.9s, -16d42'58").
  const render::CatalogStar* sirius = &cat.stars[0];
  for (const auto& s : cat.stars)
    if (s.magnitude < sirius->magnitude) sirius = &s;
  EXPECT_FLOAT_EQ(sirius->magnitude, -1.46f);
  const glm::dvec3 siriusJ2000 =
      render::unitFromRaDec((6.0 + 45.0 / 60 + 8.9 / 3600) * 15.0 * kDegToRad,
                            -(16.0 + 42.0 / 60 + 58.0 / 3600) * kDegToRad);
  EXPECT_LT(separationDeg(sirius->dirJ2000, siriusJ2000), 0.01);

  // Mission day, 2021-10-05 08:55 UTC. Independent check: the classical
  // first-order annual precession (m = 3.075 s, n = 1.336 s = 20.04") over
  // 21.76 years, good to ~0.001 deg for a star this far from the pole.
  const double utc = astro::utcFromCalendar({2021, 10, 5, 8, 55, 2.0});
  const double t = astro::julianCenturiesTt(utc);
  const double years = t * 100.0;
  double ra0 = 0, dec0 = 0;
  render::raDecFromUnit(sirius->dirJ2000, &ra0, &dec0);
  const double raRateDeg = (3.075 + 1.336 * std::sin(ra0) * std::tan(dec0)) * 15.0 / 3600.0;
  const double decRateDeg = 20.04 * std::cos(ra0) / 3600.0;
  double ra = 0, dec = 0;
  render::raDecFromUnit(render::precessionFromJ2000(t) * sirius->dirJ2000, &ra, &dec);
  EXPECT_NEAR((ra - ra0) * kRadToDeg, raRateDeg * years, 0.002);
  EXPECT_NEAR((dec - dec0) * kRadToDeg, decRateDeg * years, 0.002);
  // And the whole shift is what the date demands: about a quarter degree.
  EXPECT_NEAR(separationDeg(render::precessionFromJ2000(t) * sirius->dirJ2000, sirius->dirJ2000),
              0.233, 0.01);

  // Polaris, J2000 2h31m49.09s +89d15'51": precessed to date it has moved
  // ~0.1 deg toward the pole (dec 89.35 deg in late 2021).
  const render::CatalogStar* polaris = nullptr;
  for (const auto& s : cat.stars)
    if (s.dirJ2000.z > 0.9998 && s.magnitude < 2.1f) polaris = &s;
  ASSERT_NE(polaris, nullptr);
  render::raDecFromUnit(render::precessionFromJ2000(t) * polaris->dirJ2000, &ra, &dec);
  EXPECT_NEAR(dec * kRadToDeg, 89.35, 0.05);
}

}  // namespace
