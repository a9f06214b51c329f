// WGS-84 geodetic conversions and the local ENU frame.
#include "astro/geodetic.h"

#include "astro/constants.h"
#include "astro/earth_rotation.h"

#include <gtest/gtest.h>

#include <cmath>

using namespace rv::astro;

TEST(Geodetic, AxisPoints) {
  // Equator/prime meridian, equator at 90 E, and the poles: a and b exactly.
  EXPECT_NEAR(glm::length(ecefFromGeodetic({0, 0, 0}) - glm::dvec3(kWgs84A, 0, 0)), 0.0, 1e-9);
  EXPECT_NEAR(glm::length(ecefFromGeodetic({0, kPi / 2, 0}) - glm::dvec3(0, kWgs84A, 0)), 0.0,
              1e-9);
  EXPECT_NEAR(glm::length(ecefFromGeodetic({kPi / 2, 0, 0}) - glm::dvec3(0, 0, kWgs84B)), 0.0,
              1e-9);
  // WGS-84 polar radius b = 6356752.3142 m (NIMA TR8350.2, table 3.1).
  EXPECT_NEAR(kWgs84B, 6356752.3142, 1e-4);

  const Geodetic north = geodeticFromEcef({0, 0, kWgs84B + 1000.0});
  EXPECT_NEAR(north.latRad, kPi / 2, 1e-12);
  EXPECT_NEAR(north.altM, 1000.0, 1e-6);
  const Geodetic south = geodeticFromEcef({0, 0, -kWgs84B - 5.0});
  EXPECT_NEAR(south.latRad, -kPi / 2, 1e-12);
  EXPECT_NEAR(south.altM, 5.0, 1e-6);
  const Geodetic eq = geodeticFromEcef({0, -kWgs84A - 400e3, 0});
  EXPECT_NEAR(eq.latRad, 0.0, 1e-15);
  EXPECT_NEAR(eq.lonRad, -kPi / 2, 1e-15);
  EXPECT_NEAR(eq.altM, 400e3, 1e-6);
  const Geodetic centre = geodeticFromEcef({0, 0, 0});
  EXPECT_NEAR(centre.altM, -kWgs84A, 1e-6);
}

TEST(Geodetic, BaikonurSite31) {
  // SOURCES S1: Baikonur Site 31/6, 45.9961 N, 63.5639 E, ~104 m.
  const Geodetic pad{45.9961 * kDegToRad, 63.5639 * kDegToRad, 104.0};
  const glm::dvec3 ecef = ecefFromGeodetic(pad);
  // Independent check via the geocentric latitude of the foot point:
  // tan(phi_c) = (1 - e^2) tan(phi), radius r = ab / sqrt(b^2 cos^2 + a^2 sin^2).
  const double phiC = std::atan((1.0 - kWgs84E2) * std::tan(pad.latRad));
  const double rFoot =
      kWgs84A * kWgs84B / std::hypot(kWgs84B * std::cos(phiC), kWgs84A * std::sin(phiC));
  const glm::dvec3 foot(rFoot * std::cos(phiC) * std::cos(pad.lonRad),
                        rFoot * std::cos(phiC) * std::sin(pad.lonRad), rFoot * std::sin(phiC));
  const glm::dvec3 normal(std::cos(pad.latRad) * std::cos(pad.lonRad),
                          std::cos(pad.latRad) * std::sin(pad.lonRad), std::sin(pad.latRad));
  EXPECT_NEAR(glm::length(ecef - (foot + 104.0 * normal)), 0.0, 1e-6);
  // Plausibility: about 6367.5 km from the centre, x ~ 1.98e6, y ~ 3.99e6 m.
  EXPECT_NEAR(glm::length(ecef) / 1000.0, 6367.6, 0.5);

  const Geodetic back = geodeticFromEcef(ecef);
  EXPECT_NEAR(back.latRad, pad.latRad, 1e-12);
  EXPECT_NEAR(back.lonRad, pad.lonRad, 1e-12);
  EXPECT_NEAR(back.altM, pad.altM, 1e-6);
}

TEST(Geodetic, RoundTripIsMillimetreExact) {
  double worstM = 0.0;
  for (double latDeg = -90.0; latDeg <= 90.0; latDeg += 7.5) {
    for (double lonDeg = -180.0; lonDeg < 180.0; lonDeg += 22.5) {
      for (double alt : {-10e3, 0.0, 104.0, 420e3, 20200e3, 35786e3, 384400e3}) {
        const Geodetic g{latDeg * kDegToRad, lonDeg * kDegToRad, alt};
        const glm::dvec3 p = ecefFromGeodetic(g);
        const Geodetic back = geodeticFromEcef(p);
        const double errM = glm::length(ecefFromGeodetic(back) - p);
        worstM = std::max(worstM, errM);
        EXPECT_NEAR(back.altM, alt, 1e-3) << latDeg << " " << lonDeg << " " << alt;
        // Latitude error as distance along the surface.
        EXPECT_NEAR((back.latRad - g.latRad) * (kWgs84A + alt), 0.0, 1e-3)
            << latDeg << " " << lonDeg << " " << alt;
      }
    }
  }
  EXPECT_LT(worstM, 1e-3);
}

TEST(Geodetic, EnuFrame) {
  const double lat = 45.9961 * kDegToRad, lon = 63.5639 * kDegToRad;
  const glm::dmat3 m = enuToEcefMatrix(lat, lon);
  // Orthonormal and right-handed: east x north = up.
  const glm::dmat3 i = glm::transpose(m) * m;
  for (int r = 0; r < 3; ++r) {
    for (int c = 0; c < 3; ++c) EXPECT_NEAR(i[c][r], r == c ? 1.0 : 0.0, 1e-15);
  }
  EXPECT_NEAR(glm::length(glm::cross(m[0], m[1]) - m[2]), 0.0, 1e-15);
  // Up is the ellipsoid normal (direction of increasing altitude); north is
  // the direction of increasing latitude; east of increasing longitude.
  const Geodetic g{lat, lon, 104.0};
  auto dir = [](glm::dvec3 a, glm::dvec3 b) { return glm::normalize(b - a); };
  const glm::dvec3 p = ecefFromGeodetic(g);
  EXPECT_NEAR(glm::length(dir(p, ecefFromGeodetic({lat, lon, 105.0})) - m[2]), 0.0, 1e-9);
  EXPECT_NEAR(glm::length(dir(p, ecefFromGeodetic({lat + 1e-7, lon, 104.0})) - m[1]), 0.0, 1e-6);
  EXPECT_NEAR(glm::length(dir(p, ecefFromGeodetic({lat, lon + 1e-7, 104.0})) - m[0]), 0.0, 1e-6);
}

TEST(Geodetic, FromTemeUsesEarthRotation) {
  const double gmst = 1.234;
  const Geodetic g{30.0 * kDegToRad, -100.0 * kDegToRad, 420e3};
  const glm::dvec3 posTeme = ecefToTeme(ecefFromGeodetic(g), gmst);
  const Geodetic back = geodeticFromTeme(posTeme, gmst);
  EXPECT_NEAR(back.latRad, g.latRad, 1e-12);
  EXPECT_NEAR(back.lonRad, g.lonRad, 1e-12);
  EXPECT_NEAR(back.altM, g.altM, 1e-6);
}
