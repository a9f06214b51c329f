#pragma once
// The GL side of a command without a window (`render`, `record`): an EGL
// context, the renderer and the offscreen picture it draws into, made in
// that order and destroyed in reverse (the members' order).

#include <memory>

#include "base/result.h"
#include "cli_values.h"  // ImageSize
#include "headless_gl.h"
#include "render/readback.h"
#include "render/renderer.h"

namespace rv::app {

struct HeadlessTarget {
  std::unique_ptr<HeadlessGl> gl;
  std::unique_ptr<render::Renderer> renderer;
  render::OffscreenTarget target;
};

// Makes all three; the first failure, as the part that failed reported it.
// `assets` were started with desc.xplanetDir (they decode meanwhile).
Result<void> openHeadlessTarget(const render::RendererDesc& desc, const ImageSize& size,
                                render::RendererAssets assets, HeadlessTarget& out);

}  // namespace rv::app
