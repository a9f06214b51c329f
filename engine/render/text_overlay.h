#pragma once
// Text drawn over a finished frame, inside the renderer: the HUD of recorded
// videos (RenderFrame::hud: captions, UTC, T+, telemetry) and the object
// labels. A font atlas baked once with stb_truetype (Debian's libstb-dev)
// from a TrueType file (DejaVu Sans from fonts-dejavu-core by default), drawn
// as alpha-blended quads. Independent of the app's ImGui panels, which
// never reach a recorded frame.
//
// Sizes are in pixels of the target; callers scale them with the frame
// height so a caption looks the same at 640x360 and 3840x2160.

#include <glm/glm.hpp>

#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "base/result.h"
#include "render/render_frame.h"
#include "render/renderer.h"

namespace rv::render {

struct TextOverlayDesc {
  std::string fontPath = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf";
  float pixelHeight = 24.0f;  // baked glyph height; draws scale from it
};

class TextOverlay {
 public:
  // Reads the font and bakes the atlas; needs a current GL 3.3 context (the
  // renderer's, so GL is loaded). The error names the missing package.
  static Result<std::unique_ptr<TextOverlay>> create(const TextOverlayDesc& desc);
  ~TextOverlay();
  TextOverlay(const TextOverlay&) = delete;
  TextOverlay& operator=(const TextOverlay&) = delete;

  // Width in pixels of `text` drawn `heightPx` high.
  float textWidth(std::string_view text, float heightPx) const;
  // Draws boxes, then text, blended over what the target holds.
  void draw(const RenderTarget& target, std::span<const SolidBox> boxes,
            std::span<const TextRun> runs);

 private:
  struct Impl;
  explicit TextOverlay(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> m_impl;
};

}  // namespace rv::render
