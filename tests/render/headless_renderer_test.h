#pragma once
// The GoogleTest fixture the headless render tests share: an EGL context
// (no display) and the full Renderer on it, made in SetUp and gone in the
// fixture's destructor, renderer before context.

#include <gtest/gtest.h>

#include <filesystem>
#include <memory>
#include <string>
#include <variant>

#include "headless_gl.h"
#include "render/readback.h"
#include "render/renderer.h"

namespace rv::test {

class HeadlessRendererTest : public ::testing::Test {
 protected:
  // Fails the test (fatally) when no GL 3.3 context or renderer can be made.
  // xplanetDir: where the Earth maps and stars are; a missing folder still
  // gives a working renderer (plain globe), for tests that need no textures.
  void createRenderer(const std::string& xplanetDir = RV_XPLANET_DIR) {
    auto gl = app::HeadlessGl::create();
    ASSERT_TRUE(gl) << gl.error().message;
    m_gl = std::move(gl).value();
    render::RendererDesc desc;
    desc.xplanetDir = xplanetDir;
    auto created = render::Renderer::create(m_gl->loader(), desc);
    ASSERT_TRUE(created) << created.error().message;
    m_renderer = std::move(created).value();
  }

  // createRenderer, then `target` made width x height to draw into (the
  // subclass owns it, so it goes before the renderer and the context).
  void createRendererAndTarget(render::OffscreenTarget& target, int width, int height) {
    createRenderer();
    if (HasFatalFailure()) return;
    const auto made = target.create(width, height);
    ASSERT_TRUE(made) << made.error().message;
  }

  // Draws `f` into `target` and reads it back; the picture is also kept as
  // RV_TEST_OUT_DIR/<name>.png for a person to look at.
  render::ImageRgba8 drawAndKeep(render::OffscreenTarget& target, const render::RenderFrame& f,
                                 const char* name) {
    m_renderer->draw(f, target.target());
    render::ImageRgba8 img = target.readPixels();
    std::filesystem::create_directories(RV_TEST_OUT_DIR);
    (void)render::writePng(std::string(RV_TEST_OUT_DIR) + "/" + name + ".png", img);
    return img;
  }

  std::unique_ptr<app::HeadlessGl> m_gl;  // declared first: destroyed last
  std::unique_ptr<render::Renderer> m_renderer;
};

}  // namespace rv::test
