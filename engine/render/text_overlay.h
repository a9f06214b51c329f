#pragma once
// Burned-in text for recorded videos (captions, UTC, T+, telemetry): a font
// atlas baked once with stb_truetype (Debian's libstb-dev) from a TrueType
// file (DejaVu Sans from fonts-dejavu-core by default), drawn as alpha-blended
// quads over a finished frame. Independent of the app's ImGui panels, which
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

#include "render/renderer.h"

namespace rv::render {

struct TextOverlayDesc {
  std::string fontPath = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf";
  float pixelHeight = 24.0f;  // baked glyph height; draws scale from it
};

enum class TextAlign { Left, Center, Right };

struct TextRun {
  std::string text;        // UTF-8; Latin-1 characters are drawn, others as '?'
  glm::vec2 posPx{0.0f};   // baseline start (Left), centre or end, from the top-left
  float heightPx = 24.0f;  // font size in target pixels
  glm::vec4 color{1.0f};   // display RGB, straight alpha
  TextAlign align = TextAlign::Left;
};

struct SolidBox {
  glm::vec2 minPx{0.0f}, maxPx{0.0f};  // top-left and bottom-right
  glm::vec4 color{0.0f, 0.0f, 0.0f, 0.5f};
};

class TextOverlay {
 public:
  // Reads the font and bakes the atlas; needs a current GL 3.3 context (the
  // renderer's, so GL is loaded). An error string names the missing package.
  static std::variant<std::unique_ptr<TextOverlay>, std::string> create(
      const TextOverlayDesc& desc);
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
