// Headless render of the Earth through EGL, checked against the camera
// geometry: where the limb must fall, how much of the image the disc covers,
// and which side the Sun lights.
#include <gtest/gtest.h>

#include <cmath>
#include <filesystem>

#include "astro/constants.h"
#include "headless_gl.h"
#include "headless_renderer_test.h"
#include "render/image_io.h"
#include "render/readback.h"
#include "render/renderer.h"

namespace {

using namespace rv;
constexpr int kW = 640, kH = 480;
constexpr double kDistanceM = 4.0 * astro::kWgs84A;

class EarthRender : public test::HeadlessRendererTest {
 protected:
  void SetUp() override { createRendererAndTarget(m_target, kW, kH); }

  // Camera on the +X axis in the equatorial plane looking at the centre, +Z up.
  render::RenderFrame frame(const glm::dvec3& sunDir) const {
    render::RenderFrame f;
    f.camera = render::lookAt(glm::dvec3(kDistanceM, 0, 0), glm::dvec3(0), glm::dvec3(0, 0, 1),
                              45.0 * astro::kDegToRad);
    f.sunDirTeme = glm::normalize(sunDir);
    f.gmstRad = 1.0;
    return f;
  }

  render::ImageRgba8 draw(const render::RenderFrame& f, const char* name) {
    return drawAndKeep(m_target, f, name);
  }

  static double luminance(const render::ImageRgba8& img, int x, int y) {
    const std::uint8_t* p = &img.pixels[(static_cast<size_t>(y) * img.width + x) * 4];
    return 0.2126 * p[0] + 0.7152 * p[1] + 0.0722 * p[2];
  }

  render::OffscreenTarget m_target;
};

// Focal length in pixels for the 45 deg vertical field of view.
double focalPx() {
  return (kH / 2.0) / std::tan(22.5 * astro::kDegToRad);
}

TEST_F(EarthRender, LimbAndDiscAreaMatchCameraGeometry) {
  // Sun behind the camera: the whole visible disc is lit. This test is about
  // the surface's geometry, so the sky layers are off: the atmosphere's glow
  // rightly extends ~100 km past the ellipsoid (checked below) and stars
  // would be counted as lit pixels outside the disc.
  render::RenderFrame f = frame({1, 0, 0});
  f.atmosphere = false;
  f.stars = false;
  const auto img = draw(f, "earth_full_disc");
  // Seen from the equatorial plane the WGS-84 spheroid's outline is an
  // ellipse with half-angles atan(a / sqrt(D^2 - a^2)) across and
  // atan(b / sqrt(D^2 - a^2)) up (tangent lines from the eye to the ellipse).
  const double root = std::sqrt(kDistanceM * kDistanceM - astro::kWgs84A * astro::kWgs84A);
  const double rx = focalPx() * astro::kWgs84A / root;
  const double ry = focalPx() * astro::kWgs84B / root;
  const double threshold = 3.0;

  const int row = kH / 2;
  int left = -1, right = -1;
  for (int x = 0; x < kW; ++x) {
    if (luminance(img, x, row) > threshold) {
      if (left < 0) left = x;
      right = x;
    }
  }
  const int col = kW / 2;
  int top = -1, bottom = -1;
  for (int y = 0; y < kH; ++y) {
    if (luminance(img, col, y) > threshold) {
      if (top < 0) top = y;
      bottom = y;
    }
  }
  ASSERT_GE(left, 0) << "no Earth on the centre row";
  // Pixel x covers [x, x+1); the limb edge lies at the first lit pixel's left side.
  EXPECT_NEAR(left, kW / 2.0 - rx, 2.0);
  EXPECT_NEAR(right + 1, kW / 2.0 + rx, 2.0);
  EXPECT_NEAR(top, kH / 2.0 - ry, 2.0);
  EXPECT_NEAR(bottom + 1, kH / 2.0 + ry, 2.0);

  long lit = 0;
  for (int y = 0; y < kH; ++y)
    for (int x = 0; x < kW; ++x) lit += luminance(img, x, y) > threshold;
  const double expectedArea = astro::kPi * rx * ry;
  EXPECT_NEAR(lit / expectedArea, 1.0, 0.02) << lit << " px lit, expected " << expectedArea;
}

TEST_F(EarthRender, AtmosphereGlowsJustOutsideTheLimb) {
  // Same view with the atmosphere: on the centre row the glow starts
  // outside the ellipsoid, but by less than the atmosphere's 100 km top.
  render::RenderFrame f = frame({1, 0, 0});
  f.stars = false;
  const auto img = draw(f, "earth_full_disc_atmosphere");
  const double root = std::sqrt(kDistanceM * kDistanceM - astro::kWgs84A * astro::kWgs84A);
  const double rx = focalPx() * astro::kWgs84A / root;
  const double pxPerKm = focalPx() * 1000.0 / root;
  const int row = kH / 2;
  int left = -1;
  for (int x = 0; x < kW && left < 0; ++x)
    if (luminance(img, x, row) > 3.0) left = x;
  ASSERT_GE(left, 0);
  const double limb = kW / 2.0 - rx;
  EXPECT_LE(left, limb + 1.0) << "the glow reaches past the surface's limb";
  EXPECT_GE(left, limb - 100.0 * pxPerKm - 1.0) << "but not past the top of the atmosphere";
}

TEST_F(EarthRender, SunlitSideIsBrighterOnTheSunsSide) {
  for (const double side : {1.0, -1.0}) {
    // Sun to the camera's right (view +x is TEME +Y here: forward -X, up +Z) or left.
    const auto img = draw(frame({0.2, side, 0.0}), side > 0 ? "earth_sun_right" : "earth_sun_left");
    double leftSum = 0, rightSum = 0;
    for (int y = 0; y < kH; ++y) {
      for (int x = 0; x < kW; ++x) (x < kW / 2 ? leftSum : rightSum) += luminance(img, x, y);
    }
    const double sunSide = side > 0 ? rightSum : leftSum;
    const double nightSide = side > 0 ? leftSum : rightSum;
    EXPECT_GT(sunSide, 3.0 * nightSide) << "side " << side;
  }
}

TEST_F(EarthRender, ZeroSizeTargetIsIgnored) {
  m_renderer->draw(frame({1, 0, 0}), {m_target.target().framebuffer, 0, 0});
  SUCCEED() << "no crash on a 0x0 target (a minimised window)";
}

}  // namespace
