// Headless renders of the sky layers at the mission's moments, checked for
// what a viewer must see: a blue sky over the pad that darkens with
// altitude, the blue limb glow from orbit, stars on the night side, the Sun
// and its hiding behind the Earth. The PNGs land in test-output/ to look at.
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <string>
#include <vector>

#include "astro/constants.h"
#include "astro/earth_rotation.h"
#include "astro/geodetic.h"
#include "astro/sun_direction.h"
#include "astro/time_scales.h"
#include "headless_gl.h"
#include "headless_renderer_test.h"
#include "render/gl_texture.h"
#include "render/image_io.h"
#include "render/readback.h"
#include "render/renderer.h"
#include "render/scene_buffers.h"

namespace {

using namespace rv;
using astro::kDegToRad;
constexpr int kW = 640, kH = 360;

// Lift-off, 2021-10-05T08:55:02Z; the pad, Baikonur site 31/6.
const double kLiftoffUtc = astro::utcFromCalendar({2021, 10, 5, 8, 55, 2.0});
constexpr double kPadLatDeg = 45.9961, kPadLonDeg = 63.5639;

struct Rgb {
  double r = 0, g = 0, b = 0;
  double luma() const { return 0.2126 * r + 0.7152 * g + 0.0722 * b; }
};

class SkyRender : public test::HeadlessRendererTest {
 protected:
  void SetUp() override { createRendererAndTarget(m_target, kW, kH); }

  static render::RenderFrame frameAt(double utc) {
    render::RenderFrame f;
    f.utcS = utc;
    f.gmstRad = astro::gmstRad(astro::julianDate(astro::ut1FromUtc(utc, -0.11)));
    f.sunDirTeme = astro::sunPosition(utc).directionTeme;
    return f;
  }

  // A camera above a geodetic point looking along azimuth/elevation (deg).
  static render::Camera localCamera(const render::RenderFrame& f, double latDeg, double lonDeg,
                                    double altM, double azDeg, double elDeg, double fovDeg) {
    const double lat = latDeg * kDegToRad, lon = lonDeg * kDegToRad;
    const glm::dvec3 posEcef = astro::ecefFromGeodetic({lat, lon, altM});
    const glm::dmat3 enu = astro::enuToEcefMatrix(lat, lon);
    const double az = azDeg * kDegToRad, el = elDeg * kDegToRad;
    const glm::dvec3 fwdEnu(std::sin(az) * std::cos(el), std::cos(az) * std::cos(el), std::sin(el));
    const glm::dvec3 eye = astro::ecefToTeme(posEcef, f.gmstRad);
    const glm::dvec3 fwd = astro::ecefToTeme(enu * fwdEnu, f.gmstRad);
    const glm::dvec3 up = astro::ecefToTeme(enu[2], f.gmstRad);
    return render::lookAt(eye, eye + fwd * 1000.0, up, fovDeg * kDegToRad);
  }

  render::ImageRgba8 draw(const render::RenderFrame& f, const char* name) {
    return drawAndKeep(m_target, f, name);
  }

  // Mean colour (0..255) over a pixel rectangle, y from the top.
  static Rgb mean(const render::ImageRgba8& img, int x0, int y0, int x1, int y1) {
    Rgb m;
    int n = 0;
    for (int y = y0; y < y1; ++y) {
      for (int x = x0; x < x1; ++x) {
        const std::uint8_t* p = &img.pixels[(static_cast<size_t>(y) * img.width + x) * 4];
        m.r += p[0];
        m.g += p[1];
        m.b += p[2];
        ++n;
      }
    }
    m.r /= n;
    m.g /= n;
    m.b /= n;
    return m;
  }

  render::OffscreenTarget m_target;
};

TEST_F(SkyRender, SkyOverThePadIsBlueAndDarkensWithAltitude) {
  render::RenderFrame f = frameAt(kLiftoffUtc);
  // From the pad, east-north-east at 10 degrees elevation: sky fills the top.
  f.camera = localCamera(f, kPadLatDeg, kPadLonDeg, 2.0, 67.5, 10.0, 60.0);
  const auto ground = draw(f, "sky_pad_ene");
  const Rgb sky = mean(ground, 0, 0, kW, kH / 4);
  EXPECT_GT(sky.b, sky.r + 20.0) << "a daytime sky is blue";
  EXPECT_GT(sky.luma(), 60.0) << "and bright";
  // Looking up at 45 degrees from 20, 50 and 100 km: darker and darker.
  double previous = mean(draw(
                             [&] {
                               render::RenderFrame g = f;
                               g.camera =
                                   localCamera(g, kPadLatDeg, kPadLonDeg, 2.0, 67.5, 45.0, 60.0);
                               return g;
                             }(),
                             "sky_pad_up45"),
                         0, 0, kW, kH)
                        .luma();
  for (const double altKm : {20.0, 50.0, 100.0}) {
    render::RenderFrame g = f;
    g.camera = localCamera(g, kPadLatDeg, kPadLonDeg, altKm * 1000.0, 67.5, 45.0, 60.0);
    const std::string name = "sky_ascent_" + std::to_string(static_cast<int>(altKm)) + "km";
    const double luma = mean(draw(g, name.c_str()), 0, 0, kW, kH).luma();
    EXPECT_LT(luma, previous) << "at " << altKm << " km";
    previous = luma;
  }
  EXPECT_LT(previous, 30.0) << "the sky at 100 km is nearly black";
}

TEST_F(SkyRender, LimbGlowFromOrbitIsBlueAboveTheHorizon) {
  render::RenderFrame f = frameAt(kLiftoffUtc + 3.0 * 3600.0);
  // 420 km over the sunlit side, looking at the horizon 20 degrees down.
  const glm::dvec3 sunEcef = astro::temeToEcef(f.sunDirTeme, f.gmstRad);
  const double subSolarLat = std::asin(sunEcef.z) / kDegToRad;
  const double subSolarLon = std::atan2(sunEcef.y, sunEcef.x) / kDegToRad;
  f.camera = localCamera(f, subSolarLat + 20.0, subSolarLon - 30.0, 420e3, 0.0, -20.0, 60.0);
  const auto img = draw(f, "sky_orbit_horizon_day");
  // The horizon dips ~20.5 deg from 420 km: near the image centre. Find the
  // limb on the centre column as the last row from the top that is dark.
  const int col = kW / 2;
  int limbRow = -1;
  for (int y = 0; y < kH; ++y) {
    if (mean(img, col - 2, y, col + 3, y + 1).luma() > 40.0) {
      limbRow = y;
      break;
    }
  }
  ASSERT_GT(limbRow, 10) << "no dark space above the horizon";
  const Rgb glow = mean(img, col - 20, limbRow, col + 20, limbRow + 3);
  EXPECT_GT(glow.b, glow.r) << "the limb glow is blue";
  const Rgb space = mean(img, 0, 0, kW, 5);
  EXPECT_LT(space.luma(), 20.0) << "space is black";
  draw(
      [&] {
        render::RenderFrame g = f;
        // Sunset from orbit: 105 deg from the sub-solar point the Sun is 15 deg
        // below the local horizon but still 5 deg above the Earth's limb (the
        // limb dips 20.5 deg from 420 km); looking west, toward it.
        g.camera = localCamera(g, subSolarLat, subSolarLon + 105.0, 420e3, 270.0, -17.0, 60.0);
        return g;
      }(),
      "sky_orbit_horizon_sunset");
}

TEST_F(SkyRender, StarsOnTheNightSideAndTheSunHidesBehindTheEarth) {
  render::RenderFrame f = frameAt(kLiftoffUtc);
  // Far from the Earth, looking away from the Sun: only stars.
  f.camera = render::lookAt(f.sunDirTeme * 3.0e7, -f.sunDirTeme * 1e9 + glm::dvec3(0, 0, 3e8),
                            glm::dvec3(0, 0, 1), 60.0 * kDegToRad);
  const auto img = draw(f, "sky_stars");
  int bright = 0;
  for (size_t i = 0; i < img.pixels.size(); i += 4) bright += img.pixels[i + 1] > 80;
  EXPECT_GT(bright, 50) << "stars are visible";

  // Looking at the Sun from 30,000 km on the day side: the centre is white.
  f.camera = render::lookAt(f.sunDirTeme * 3.0e7, f.sunDirTeme * 1e12, glm::dvec3(0, 0, 1),
                            45.0 * kDegToRad);
  const auto sun = draw(f, "sky_sun");
  EXPECT_GT(mean(sun, kW / 2 - 1, kH / 2 - 1, kW / 2 + 1, kH / 2 + 1).luma(), 250.0);
  // From behind the Earth the Sun and its glare are gone.
  f.camera = render::lookAt(-f.sunDirTeme * 3.0e7, f.sunDirTeme * 1e12, glm::dvec3(0, 0, 1),
                            45.0 * kDegToRad);
  const auto eclipsed = draw(f, "sky_sun_eclipsed");
  EXPECT_LT(mean(eclipsed, kW / 2 - 1, kH / 2 - 1, kW / 2 + 1, kH / 2 + 1).luma(), 40.0);
}

TEST_F(SkyRender, OverviewAtLiftoff) {
  render::RenderFrame f = frameAt(kLiftoffUtc);
  const double lat = 30.0 * kDegToRad, lon = 103.6 * kDegToRad;
  const glm::dvec3 dirEcef(std::cos(lat) * std::cos(lon), std::cos(lat) * std::sin(lon),
                           std::sin(lat));
  const glm::dvec3 eye = astro::ecefToTeme(dirEcef * (3.2 * astro::kWgs84A), f.gmstRad);
  f.camera = render::lookAt(eye, glm::dvec3(0.0), glm::dvec3(0.0, 0.0, 1.0), 45.0 * kDegToRad);
  const auto img = draw(f, "sky_overview");
  // The corners are space; the centre is the sunlit Earth.
  EXPECT_LT(mean(img, 0, 0, 20, 20).luma(), 40.0);
  EXPECT_GT(mean(img, kW / 2 - 10, kH / 2 - 10, kW / 2 + 10, kH / 2 + 10).luma(), 30.0);
}

}  // namespace

// A plain RGBA8 (linear) framebuffer to draw into, as the window's is; the
// renderer's own target is sRGB (render/scene_buffers.h).
struct LinearTarget {
  gl::Texture colour;
  gl::Framebuffer fbo;
  render::RenderTarget target(int w, int h) {
    gl::TextureDesc td;
    td.width = w;
    td.height = h;
    colour = gl::makeTexture2D(td);
    fbo = gl::makeFramebuffer();
    glBindFramebuffer(GL_FRAMEBUFFER, fbo.id());
    glFramebufferTexture2D(GL_FRAMEBUFFER, GL_COLOR_ATTACHMENT0, GL_TEXTURE_2D, colour.id(), 0);
    glBindFramebuffer(GL_FRAMEBUFFER, 0);
    return {fbo.id(), w, h};
  }
  render::ImageRgba8 read(int w, int h) const {
    render::ImageRgba8 img{w, h, std::vector<std::uint8_t>(static_cast<size_t>(w) * h * 4)};
    glBindFramebuffer(GL_READ_FRAMEBUFFER, fbo.id());
    glPixelStorei(GL_PACK_ALIGNMENT, 1);
    glReadPixels(0, 0, w, h, GL_RGBA, GL_UNSIGNED_BYTE, img.pixels.data());
    glBindFramebuffer(GL_READ_FRAMEBUFFER, 0);
    return img;
  }
};

// The picture's bytes are display colours: a linear target (the window)
// gets the bytes of the sRGB offscreen one, not decoded on the way (that
// would darken mid-grey 188 to 128), within one 8-bit step (its last pass
// applies the sRGB curve by a fit, the sRGB target's write exactly); and
// the picture is opaque, with or without a sky, with or without MSAA (the
// scene's alpha is coverage until the sky pass).
TEST_F(SkyRender, SameOpaqueBytesInLinearAndSrgbTargets) {
  render::RenderFrame f = frameAt(kLiftoffUtc);
  f.camera = localCamera(f, kPadLatDeg, kPadLonDeg, 2.0, 67.5, 10.0, 60.0);
  for (const auto quality : {render::RenderQuality::Low, render::RenderQuality::High}) {
    for (const bool atmosphere : {true, false}) {
      SCOPED_TRACE(std::string(quality == render::RenderQuality::Low ? "low" : "high") +
                   (atmosphere ? ", sky" : ", no atmosphere"));
      m_renderer->setQuality(quality);
      f.atmosphere = atmosphere;
      const render::ImageRgba8 srgb = draw(f, "sky_pad_bytes");
      LinearTarget linear;
      m_renderer->draw(f, linear.target(kW, kH));
      render::ImageRgba8 plain = linear.read(kW, kH);
      // readPixels() gives rows top to bottom; flip the plain read to match.
      const size_t row = static_cast<size_t>(kW) * 4;
      for (int y = 0; y < kH / 2; ++y) {
        std::swap_ranges(plain.pixels.begin() + y * row, plain.pixels.begin() + (y + 1) * row,
                         plain.pixels.begin() + (kH - 1 - y) * row);
      }
      int worst = 0;
      for (size_t i = 0; i < plain.pixels.size(); ++i)
        worst = std::max(worst, std::abs(plain.pixels[i] - srgb.pixels[i]));
      EXPECT_LE(worst, 1) << "the bytes differ between the targets";
      size_t translucent = 0;
      for (size_t i = 3; i < srgb.pixels.size(); i += 4) translucent += srgb.pixels[i] != 255;
      EXPECT_EQ(translucent, 0u) << "pixels with alpha below 255";
      EXPECT_GT(mean(srgb, 0, 0, kW, kH / 4).luma(), atmosphere ? 60.0 : -1.0);
    }
  }
}

// Only the window's buffer is drawn into directly, and asking leaves no GL
// error queued (async_readback.cpp checks glGetError after its own work):
// headless there is no window buffer at all, and a framebuffer object never
// qualifies.
TEST_F(SkyRender, DrawsDirectOnlyIntoAWindowsBufferAndAsksWithoutErrors) {
  while (glGetError() != GL_NO_ERROR) {
  }
  EXPECT_FALSE(render::SceneBuffers::canDrawDirect({0, kW, kH}));
  EXPECT_EQ(glGetError(), static_cast<GLenum>(GL_NO_ERROR));
  EXPECT_FALSE(render::SceneBuffers::canDrawDirect(m_target.target()));
  EXPECT_EQ(glGetError(), static_cast<GLenum>(GL_NO_ERROR));
}
