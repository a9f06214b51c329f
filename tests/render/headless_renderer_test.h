#pragma once
// The GoogleTest fixture the headless render tests share: an EGL context
// (no display) and the full Renderer on it, made in SetUp and gone in the
// fixture's destructor, renderer before context.

#include <gtest/gtest.h>

#include <memory>
#include <string>
#include <variant>

#include "headless_gl.h"
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

  std::unique_ptr<app::HeadlessGl> m_gl;  // declared first: destroyed last
  std::unique_ptr<render::Renderer> m_renderer;
};

}  // namespace rv::test
