// Golden images: every camera at several mission moments, rendered headless
// on llvmpipe at 320x180 and compared with tests/golden/*.png by PSNR. On
// failure the actual image and an amplified difference go to test-output.
// scripts/approve-goldens.sh regenerates the references on purpose (it sets
// RV_UPDATE_GOLDENS=1); goldens are made on Mesa llvmpipe only.
#include <gtest/gtest.h>

#include <cmath>
#include <cstdlib>
#include <filesystem>
#include <ostream>

#include "command.h"
#include "frame_builder.h"
#include "headless_gl.h"
#include "mission_context.h"
#include "render/image_io.h"
#include "render/readback.h"
#include "render/renderer.h"

namespace {

using namespace rv;
constexpr int kW = 320, kH = 180;
constexpr double kMinPsnrDb = 35.0;

struct Shared {
  std::unique_ptr<app::LoadedMission> mission;
  std::unique_ptr<app::HeadlessGl> gl;
  std::unique_ptr<render::Renderer> renderer;
  render::OffscreenTarget target;
  std::string error;
};

// Created once for the whole executable; other test files make and destroy
// their own contexts, so every use makes this one current again.
Shared& shared() {
  static Shared* s = [] {
    auto* sh = new Shared;
    auto loaded = app::loadAndSimulate(app::GlobalOptions{});
    if (!loaded) {
      sh->error = loaded.error().message;
      return sh;
    }
    sh->mission = std::move(loaded).value();
    auto gl = app::HeadlessGl::create();
    if (!gl) {
      sh->error = gl.error().message;
      return sh;
    }
    sh->gl = std::move(gl).value();
    render::RendererDesc desc;
    desc.xplanetDir = RV_XPLANET_DIR;
    auto created = render::Renderer::create(sh->gl->loader(), desc);
    if (const Error* e = created ? nullptr : &created.error()) {
      sh->error = e->message;
      return sh;
    }
    sh->renderer = std::move(created).value();
    if (auto made = sh->target.create(kW, kH); !made) {
      sh->error = made.error().message;
      sh->renderer.reset();
    }
    return sh;
  }();
  if (s->gl) s->gl->makeCurrent();
  return *s;
}

render::ImageRgba8 renderAt(const std::string& time, app::CameraKind camera, bool labels) {
  Shared& s = shared();
  const auto utc = app::resolveMissionTime(*s.mission->timeline, time);
  EXPECT_TRUE(utc) << errorMessage(utc);
  app::FrameRequest req;
  req.utcS = utc.value_or(s.mission->timeline->liftoffUtcS());
  req.camera = camera;
  req.overlays = app::defaultOverlays(camera);
  req.overlays.labels = labels;  // off in the cases made before labels existed
  s.renderer->draw(app::buildFrame(*s.mission, req), s.target.target());
  return s.target.readPixels();
}

double psnrDb(const render::ImageRgba8& a, const render::ImageRgba8& b) {
  double sum = 0.0;
  size_t n = 0;
  for (size_t i = 0; i < a.pixels.size(); ++i) {
    if (i % 4 == 3) continue;  // alpha
    const double d = static_cast<double>(a.pixels[i]) - b.pixels[i];
    sum += d * d;
    ++n;
  }
  const double mse = sum / static_cast<double>(n);
  return mse == 0.0 ? 99.0 : 10.0 * std::log10(255.0 * 255.0 / mse);
}

struct GoldenCase {
  const char* name;
  app::CameraKind camera;
  const char* time;
  bool labels = false;
};

// Names the case in test listings (CTest shows GetParam()).
void PrintTo(const GoldenCase& c, std::ostream* os) {
  *os << c.name;
}

class Golden : public ::testing::TestWithParam<GoldenCase> {};

TEST_P(Golden, MatchesReference) {
  Shared& s = shared();
  ASSERT_TRUE(s.renderer) << s.error;
  const GoldenCase& c = GetParam();
  const render::ImageRgba8 actual = renderAt(c.time, c.camera, c.labels);
  const std::string goldenPath = std::string(RV_TEST_DIR) + "/golden/" + c.name + ".png";
  if (const char* update = std::getenv("RV_UPDATE_GOLDENS"); update && *update == '1') {
    ASSERT_TRUE(render::writePng(goldenPath, actual).ok());
    GTEST_SKIP() << "wrote " << goldenPath << " (RV_UPDATE_GOLDENS=1): not a comparison";
  }
  const auto golden = render::loadImage(goldenPath);
  ASSERT_TRUE(golden) << "missing golden " << goldenPath << ": run scripts/approve-goldens.sh";
  ASSERT_EQ(golden->width, actual.width);
  ASSERT_EQ(golden->height, actual.height);
  const double psnr = psnrDb(actual, *golden);
  if (psnr < kMinPsnrDb) {
    const std::string out = std::string(RV_TEST_OUT_DIR) + "/golden";
    std::filesystem::create_directories(out);
    (void)render::writePng(out + "/" + c.name + ".actual.png", actual);
    render::ImageRgba8 diff = actual;
    for (size_t i = 0; i < diff.pixels.size(); ++i) {
      diff.pixels[i] = i % 4 == 3 ? 255
                                  : static_cast<std::uint8_t>(std::min(
                                        255, 4 * std::abs(actual.pixels[i] - golden->pixels[i])));
    }
    (void)render::writePng(out + "/" + c.name + ".diff.png", diff);
  }
  EXPECT_GE(psnr, kMinPsnrDb) << c.name << ": PSNR " << psnr << " dB";
}

INSTANTIATE_TEST_SUITE_P(
    Cameras, Golden,
    ::testing::Values(GoldenCase{"pad_prelaunch", app::CameraKind::Pad, "T-60"},
                      GoldenCase{"pad_liftoff", app::CameraKind::Pad, "T+8"},
                      GoldenCase{"chase_maxq", app::CameraKind::Chase, "max_q"},
                      GoldenCase{"chase_booster_sep", app::CameraKind::Chase, "T+121"},
                      GoldenCase{"chase_insertion", app::CameraKind::Chase, "T+540"},
                      GoldenCase{"chase_approach", app::CameraKind::Chase, "2021-10-05T11:58:00Z"},
                      GoldenCase{"onboard_final", app::CameraKind::Onboard, "2021-10-05T12:16:00Z"},
                      GoldenCase{"port_final", app::CameraKind::Port, "2021-10-05T12:20:00Z"},
                      GoldenCase{"overview_phasing", app::CameraKind::Overview, "T+1800"},
                      GoldenCase{"overview_burn", app::CameraKind::Overview, "burn_3"},
                      GoldenCase{"free_docked", app::CameraKind::Free, "hatch_open"},
                      GoldenCase{"overview_labels", app::CameraKind::Overview, "T+10800", true}),
    [](const auto& info) { return std::string(info.param.name); });

// Precision: the last metre before contact, two frames 1/60 s apart, from the
// port camera. The Soyuz moves ~1.7 mm between them; with float positions
// built before the camera subtraction the port geometry would jump by
// decimetres. The two frames must be near-identical.
TEST(Precision, PortGeometrySteadyInTheLastMetre) {
  Shared& s = shared();
  ASSERT_TRUE(s.renderer) << s.error;
  const sim::MissionEvent* contact = s.mission->timeline->findEvent("contact");
  ASSERT_TRUE(contact);
  // 0.1 m/s closing: the last metre starts ~10 s before contact.
  const auto frameAt = [&](double utc) {
    app::FrameRequest req;
    req.utcS = utc;
    req.camera = app::CameraKind::Onboard;
    req.overlays.labels = false;  // the range in the port's label may tick over between them
    s.renderer->draw(app::buildFrame(*s.mission, req), s.target.target());
    return s.target.readPixels();
  };
  const auto a = frameAt(contact->utcS - 5.0);
  const auto b = frameAt(contact->utcS - 5.0 + 1.0 / 60.0);
  EXPECT_GE(psnrDb(a, b), 40.0);
}

}  // namespace
