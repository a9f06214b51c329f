#include "headless_target.h"

namespace rv::app {

Result<void> openHeadlessTarget(const render::RendererDesc& desc, const ImageSize& size,
                                render::RendererAssets assets, HeadlessTarget& out) {
  auto madeGl = HeadlessGl::create();
  if (!madeGl) return madeGl.takeError();
  out.gl = std::move(madeGl).value();
  auto created = render::Renderer::create(out.gl->loader(), desc, std::move(assets));
  if (!created) return created.takeError();
  out.renderer = std::move(created).value();
  return out.target.create(size.width, size.height);
}

}  // namespace rv::app
