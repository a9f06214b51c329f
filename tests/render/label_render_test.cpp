// Object labels drawn headless through EGL: a label changes the picture
// where label_placement puts it, by the same share of the frame at 1280x720
// and 3840x2160 (so 4K reads like 720p), and not at all when the object is
// behind the Earth.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>

#include "astro/constants.h"
#include "headless_gl.h"
#include "headless_renderer_test.h"
#include "render/image_io.h"
#include "render/label_placement.h"
#include "render/readback.h"
#include "render/renderer.h"

namespace {

using namespace rv;

struct ChangedBox {
  int count = 0;
  int x0 = 1 << 30, y0 = 1 << 30, x1 = -1, y1 = -1;
};

// Pixels that differ clearly (a label's text, underline and leader).
ChangedBox changed(const render::ImageRgba8& a, const render::ImageRgba8& b) {
  ChangedBox box;
  for (int y = 0; y < a.height; ++y)
    for (int x = 0; x < a.width; ++x) {
      const size_t i = (static_cast<size_t>(y) * a.width + x) * 4;
      int d = 0;
      for (int c = 0; c < 3; ++c) d = std::max(d, std::abs(a.pixels[i + c] - b.pixels[i + c]));
      if (d < 40) continue;
      ++box.count;
      box.x0 = std::min(box.x0, x);
      box.y0 = std::min(box.y0, y);
      box.x1 = std::max(box.x1, x);
      box.y1 = std::max(box.y1, y);
    }
  return box;
}

class LabelRender : public test::HeadlessRendererTest {
 protected:
  void SetUp() override { createRenderer(); }

  // 400 km up over the equator, looking down at the Earth 30 deg off the
  // vertical, so the label's background is the lit globe.
  static render::RenderFrame frame() {
    render::RenderFrame f;
    const glm::dvec3 eye(astro::kWgs84A + 400e3, 0, 0);
    f.camera = render::lookAt(eye, glm::dvec3(astro::kWgs84A, 300e3, 0), {0, 0, 1},
                              45.0 * astro::kDegToRad);
    f.sunDirTeme = glm::dvec3(1, 0, 0);
    f.atmosphere = false;  // quicker at 4K; the labels do not care
    f.stars = false;
    return f;
  }

  static render::Label label(const glm::dvec3& pos) {
    render::Label l;
    l.posTeme = pos;
    l.radiusM = 50.0;
    l.text = "ISS";
    l.color = {0.5f, 0.82f, 1.0f};
    return l;
  }

  render::ImageRgba8 draw(const render::RenderFrame& f, int w, int h, const char* name) {
    render::OffscreenTarget target;
    const auto targetMade = target.create(w, h);
    EXPECT_TRUE(bool(targetMade)) << (targetMade ? "" : targetMade.error().message);
    m_renderer->draw(f, target.target());
    render::ImageRgba8 img = target.readPixels();
    std::filesystem::create_directories(RV_TEST_OUT_DIR);
    (void)render::writePng(std::string(RV_TEST_OUT_DIR) + "/" + name + ".png", img);
    return img;
  }
};

TEST_F(LabelRender, SameShareOfTheFrameAt720pAnd4K) {
  render::RenderFrame off = frame();
  render::RenderFrame on = off;
  // 20 km ahead along the view, a little right of the centre.
  const glm::dvec3 ahead = glm::normalize(on.camera.forwardTeme);
  on.labels.push_back(label(on.camera.posTeme + ahead * 20e3 + glm::dvec3(0, 0, -2e3)));
  struct Size {
    int w, h;
  };
  ChangedBox boxes[2];
  const Size sizes[2] = {{1280, 720}, {3840, 2160}};
  for (int i = 0; i < 2; ++i) {
    const int w = sizes[i].w, h = sizes[i].h;
    const auto a = draw(off, w, h, i ? "labels_off_4k" : "labels_off_720p");
    const auto b = draw(on, w, h, i ? "labels_on_4k" : "labels_on_720p");
    boxes[i] = changed(a, b);
    ASSERT_GT(boxes[i].count, 0) << w << "x" << h << ": the label changed nothing";
    // Where label_placement put it (box and leader), nowhere else.
    const auto placed =
        render::placeLabels(on.camera, on.labels, w, h,
                            [](std::string_view s, float px) { return 0.7f * px * s.size(); });
    ASSERT_EQ(placed.size(), 1u);
    const auto& p = placed[0];
    EXPECT_GE(boxes[i].y0, static_cast<int>(p.boxMinPx.y) - 2);
    EXPECT_LE(boxes[i].y1, static_cast<int>(p.leaderToPx.y) + 2);
    const float cx = 0.5f * (p.boxMinPx.x + p.boxMaxPx.x);
    EXPECT_NEAR(0.5 * (boxes[i].x0 + boxes[i].x1), cx, 0.01 * w);
    // Text ~2.5 % of the height: the changed area is at least that tall.
    EXPECT_GE(boxes[i].y1 - boxes[i].y0, static_cast<int>(0.025 * h));
  }
  // The same share of the frame at both sizes, within a few 720p pixels.
  const ChangedBox &s = boxes[0], &l = boxes[1];
  EXPECT_NEAR(l.x0 / 3840.0, s.x0 / 1280.0, 3.0 / 1280.0);
  EXPECT_NEAR(l.x1 / 3840.0, s.x1 / 1280.0, 3.0 / 1280.0);
  EXPECT_NEAR(l.y0 / 2160.0, s.y0 / 720.0, 3.0 / 720.0);
  EXPECT_NEAR(l.y1 / 2160.0, s.y1 / 720.0, 3.0 / 720.0);
  // About 9x the pixels (3x each way), give or take glyph rasterisation.
  EXPECT_NEAR(static_cast<double>(l.count) / s.count, 9.0, 2.5);
}

TEST_F(LabelRender, NothingBehindTheEarthOrBehindTheCamera) {
  render::RenderFrame off = frame();
  render::RenderFrame on = off;
  // In the middle of the picture but 30,000 km away, beyond the Earth the
  // camera looks at; and a point behind the camera.
  on.labels.push_back(label(on.camera.posTeme + on.camera.forwardTeme * 3e7));
  on.labels.push_back(label(on.camera.posTeme - on.camera.forwardTeme * 1000.0));
  const auto a = draw(off, 640, 360, "labels_hidden_off");
  const auto b = draw(on, 640, 360, "labels_hidden_on");
  EXPECT_EQ(changed(a, b).count, 0);
}

}  // namespace
