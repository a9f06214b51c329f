#include "renderer_desc.h"

#include "data_paths.h"

namespace rv::app {

render::RendererDesc rendererDescFromDataPaths() {
  render::RendererDesc desc;
  desc.xplanetDir = xplanetDir();
  desc.labelFontPath = fontFile("DejaVuSans-Bold.ttf");
  desc.hudFontPath = fontFile("DejaVuSans.ttf");  // loaded only with a hudTextPx
  return desc;
}

}  // namespace rv::app
