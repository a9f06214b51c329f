#pragma once
// Draws a RenderFrame's labels (render/label_placement.h) over the finished,
// tone-mapped picture: a dark box for contrast on a projector, the name in
// bold in the object's colour, a short leader to the object. The font atlas
// is baked at the label size of the target's height and rebaked when that
// changes, so the text is sharp at 720p and at 4K.

#include <memory>
#include <string>
#include <vector>

#include "render/render_frame.h"
#include "render/renderer.h"
#include "render/text_overlay.h"

namespace rv::render {

class LabelLayer {
 public:
  // A missing font turns the labels off with a warning, never a failure.
  static LabelLayer create(std::string fontPath, std::vector<std::string>& warnings);
  // Draws over what the target holds; needs the renderer's GL context.
  void draw(const RenderFrame& frame, const RenderTarget& target);

 private:
  LabelLayer() = default;
  std::string m_fontPath;
  std::unique_ptr<TextOverlay> m_text;
  float m_bakedPx = 0.0f;
  bool m_fontFailed = false;
};

}  // namespace rv::render
