// The recorder's GL pieces, headless: the PBO read-back ring returns each
// frame, in order, with rows top to bottom exactly as the synchronous
// read-back does; the text overlay draws where it is told and nowhere else;
// the renderer draws a frame's HUD over the scene.
#include <glad/gl.h>
#include <gtest/gtest.h>

#include <cstring>

#include "headless_gl.h"
#include "headless_renderer_test.h"
#include "render/readback.h"
#include "render/renderer.h"
#include "render/text_overlay.h"  // internal: the HUD's and the labels' text

namespace {

using namespace rv;

class RecordGl : public test::HeadlessRendererTest {
 protected:
  void SetUp() override {
    createRenderer("/nonexistent");  // loads GL; textures are not needed here
  }
  // Frame k: a vertical gradient whose top rows differ from the bottom ones,
  // plus a scissored block that moves with k, so order and flips both show.
  void paint(const render::OffscreenTarget& t, int k) {
    glBindFramebuffer(GL_FRAMEBUFFER, t.target().framebuffer);
    glViewport(0, 0, kW, kH);
    glEnable(GL_SCISSOR_TEST);
    for (int y = 0; y < kH; y += 8) {
      glScissor(0, y, kW, 8);
      glClearColor(static_cast<float>(y) / kH, 0.25f, static_cast<float>(k) / 16.0f, 1.0f);
      glClear(GL_COLOR_BUFFER_BIT);
    }
    glScissor(4 * k, 2 * k, 6, 6);
    glClearColor(1.0f, 1.0f, 1.0f, 1.0f);
    glClear(GL_COLOR_BUFFER_BIT);
    glDisable(GL_SCISSOR_TEST);
    glBindFramebuffer(GL_FRAMEBUFFER, 0);
  }
  static constexpr int kW = 96, kH = 64;
};

TEST_F(RecordGl, AsyncReadbackMatchesSynchronousReadInOrder) {
  render::OffscreenTarget target;
  const auto targetMade = target.create(kW, kH);
  ASSERT_TRUE(bool(targetMade)) << (targetMade ? "" : targetMade.error().message);
  render::AsyncReadback rb;
  const auto madeRing = rb.create({kW, kH, 3});
  ASSERT_TRUE(bool(madeRing)) << (madeRing ? "" : madeRing.error().message);
  std::vector<render::ImageRgba8> expected;
  std::vector<std::vector<std::uint8_t>> got;
  std::vector<int64_t> tags;
  const auto collect = [&] {
    std::vector<std::uint8_t> buf(rb.frameBytes());
    tags.push_back(rb.takeOldest(buf));
    got.push_back(std::move(buf));
  };
  for (int k = 0; k < 10; ++k) {
    paint(target, k);
    expected.push_back(target.readPixels());  // synchronous reference, top to bottom
    if (rb.full()) collect();
    rb.start(target.target().framebuffer, 100 + k);
  }
  while (!rb.empty()) collect();
  ASSERT_EQ(got.size(), 10u);
  for (int k = 0; k < 10; ++k) {
    EXPECT_EQ(tags[static_cast<size_t>(k)], 100 + k);
    EXPECT_EQ(std::memcmp(got[static_cast<size_t>(k)].data(),
                          expected[static_cast<size_t>(k)].pixels.data(), rb.frameBytes()),
              0)
        << "frame " << k;
  }
  // Top row (file order) is the top of the GL image: red near 1.
  EXPECT_GT(got[0][0], 200);
}

TEST_F(RecordGl, TextOverlayDrawsInsideItsBox) {
  render::OffscreenTarget target;
  const auto targetMade = target.create(kW, kH);
  ASSERT_TRUE(bool(targetMade)) << (targetMade ? "" : targetMade.error().message);
  auto made = render::TextOverlay::create({});
  if (!made) GTEST_SKIP() << made.error().message;  // no DejaVu font
  auto& overlay = **made;
  glBindFramebuffer(GL_FRAMEBUFFER, target.target().framebuffer);
  glClearColor(0.0f, 0.0f, 0.0f, 1.0f);
  glClear(GL_COLOR_BUFFER_BIT);
  glBindFramebuffer(GL_FRAMEBUFFER, 0);
  const render::TextRun run{"T+12", {4.0f, 30.0f}, 20.0f, glm::vec4(1.0f), render::TextAlign::Left};
  overlay.draw(target.target(), {}, std::span(&run, 1));
  const render::ImageRgba8 img = target.readPixels();
  int lit = 0, outside = 0;
  for (int y = 0; y < kH; ++y)
    for (int x = 0; x < kW; ++x) {
      const std::uint8_t v = img.pixels[(static_cast<size_t>(y) * kW + x) * 4];
      if (v > 128) {
        ++lit;
        // Glyphs sit between cap height above the baseline and a little below.
        if (y < 30 - 20 || y > 30 + 6 || x < 2 || x > 4 + overlay.textWidth("T+12", 20.0f) + 2)
          ++outside;
      }
      EXPECT_EQ(img.pixels[(static_cast<size_t>(y) * kW + x) * 4 + 3], 255);  // stays opaque
    }
  EXPECT_GT(lit, 40);
  EXPECT_EQ(outside, 0);
  EXPECT_NEAR(overlay.textWidth("T+12", 40.0f), 2.0f * overlay.textWidth("T+12", 20.0f), 1e-3f);
}

// The HUD through the public path: RenderFrame::hud, drawn by a renderer
// made with a HUD font, over an empty black sky; a renderer without one
// leaves it out.
TEST_F(RecordGl, RendererDrawsTheFramesHudLast) {
  render::RendererDesc desc;
  desc.xplanetDir = "/nonexistent";
  desc.hudTextPx = 20.0f;
  auto created = render::Renderer::create(m_gl->loader(), desc);
  if (!created) GTEST_SKIP() << created.error().message;
  auto& withHud = **created;
  render::OffscreenTarget target;
  const auto targetMade = target.create(kW, kH);
  ASSERT_TRUE(bool(targetMade)) << (targetMade ? "" : targetMade.error().message);

  render::RenderFrame frame;  // far out, looking away from the Earth and the Sun
  frame.atmosphere = false;
  frame.stars = false;
  frame.camera.posTeme = {1.0e9, 0.0, 0.0};
  frame.camera.forwardTeme = {1.0, 0.0, 0.0};
  frame.sunDirTeme = {-1.0, 0.0, 0.0};
  frame.hud.boxes.push_back({{10.0f, 8.0f}, {40.0f, 24.0f}, glm::vec4(1.0f)});
  frame.hud.runs.push_back({"T+12", {44.0f, 50.0f}, 20.0f, glm::vec4(1.0f)});
  const auto litOutside = [&](const render::ImageRgba8& img, int& lit) {
    int outside = 0;
    for (int y = 0; y < kH; ++y)
      for (int x = 0; x < kW; ++x) {
        if (img.pixels[(static_cast<size_t>(y) * kW + x) * 4 + 1] <= 128) continue;
        ++lit;
        const bool inBox = x >= 10 && x < 40 && y >= 8 && y < 24;
        const bool inText = x >= 42 && y >= 50 - 20 && y <= 50 + 6;
        if (!inBox && !inText) ++outside;
      }
    return outside;
  };
  withHud.draw(frame, target.target());
  int lit = 0;
  EXPECT_EQ(litOutside(target.readPixels(), lit), 0);
  EXPECT_GT(lit, 30 * 16 + 40);  // the whole box and some glyphs
  EXPECT_GT(withHud.hudTextWidth("T+12", 20.0f), 20.0f);

  m_renderer->draw(frame, target.target());  // the fixture's: no HUD font
  lit = 0;
  EXPECT_EQ(litOutside(target.readPixels(), lit), 0);
  EXPECT_EQ(lit, 0);
  EXPECT_EQ(m_renderer->hudTextWidth("T+12", 20.0f), 0.0f);
}

}  // namespace
