// The atmosphere model behind the sky and the Earth's limb glow.
#include "render/sky_model.h"

#include <gtest/gtest.h>

#include <cmath>

namespace {

using namespace rv;

TEST(SkyModel, ZenithOpticalDepthIsScaleHeightTimesSeaLevelExtinction) {
  const render::SkyParams p;
  const glm::dvec3 tau = render::opticalDepthToTop(p, 0.0, 1.0);
  // Integral of exp(-h/H) from 0 to 100 km is H (1 - e^-100/H) ~ H.
  const double mie = p.mieExtinctionPerKm * p.mieScaleHeightKm;
  for (int c = 0; c < 3; ++c) {
    const double rayleigh = p.rayleighScatteringPerKm[c] * p.rayleighScaleHeightKm *
                            (1.0 - std::exp(-100.0 / p.rayleighScaleHeightKm));
    EXPECT_NEAR(tau[c], rayleigh + mie, 5e-4 * (rayleigh + mie));  // 400-step midpoint rule
  }
  // Blue is scattered most: the overhead Sun is slightly yellow, ~75% blue.
  const glm::dvec3 t = glm::exp(-tau);
  EXPECT_GT(t.r, t.g);
  EXPECT_GT(t.g, t.b);
  EXPECT_NEAR(t.b, 0.75, 0.05);
}

TEST(SkyModel, SunsetIsRedAndTheEarthShadowIsBlack) {
  const render::SkyParams p;
  const glm::dvec3 horizon = glm::exp(-render::opticalDepthToTop(p, 0.0, 0.02));
  EXPECT_GT(horizon.r, 5.0 * horizon.b);
  const glm::dvec3 below = glm::exp(-render::opticalDepthToTop(p, 0.0, -0.01));
  EXPECT_EQ(below.r, 0.0);
  // From 420 km the Sun just above the Earth's limb shines through thin air.
  const glm::dvec3 pos(0.0, 0.0, p.groundRadiusKm + 420.0);
  EXPECT_EQ(render::sunTransmittanceAt(p, pos, {1, 0, 0.5}), glm::dvec3(1.0));  // above
  const glm::dvec3 behind = render::sunTransmittanceAt(p, pos, {0, 0, -1});
  EXPECT_EQ(behind.g, 0.0);  // the Earth is in the way
}

TEST(SkyModel, TableMatchesDirectIntegration) {
  const render::SkyParams p;
  const auto table = render::buildTransmittanceTable(p, 16, 64);
  ASSERT_EQ(table.rgb.size(), 16u * 64u);
  const int row = 5, col = 50;
  const double x = row / 15.0;
  const double mu = -1.0 + 2.0 * col / 63.0;
  const glm::dvec3 direct = glm::exp(-render::opticalDepthToTop(p, x * x * 100.0, mu));
  for (int c = 0; c < 3; ++c) EXPECT_NEAR(table.rgb[row * 64 + col][c], direct[c], 1e-6);
}

}  // namespace
