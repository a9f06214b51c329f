#include "render/label_layer.h"

#include <algorithm>
#include <cmath>
#include "base/file_io.h"
#include "render/label_placement.h"

namespace rv::render {

LabelLayer LabelLayer::create(std::string fontPath, std::vector<std::string>& warnings) {
  LabelLayer layer;
  layer.m_fontPath = std::move(fontPath);
  if (!io::readFile(layer.m_fontPath, "font", io::kDataFileLimit)) {
    warnings.push_back("labels off: cannot read the font " + layer.m_fontPath +
                       " (install the Debian package fonts-dejavu-core)");
    layer.m_fontFailed = true;
  }
  return layer;
}

void LabelLayer::draw(const RenderFrame& frame, const RenderTarget& target) {
  if (frame.labels.empty() || m_fontFailed || target.width <= 0 || target.height <= 0) return;
  const float px = labelTextPx(target.height);
  if (!m_text || m_bakedPx != px) {
    m_text.reset();
    auto made = TextOverlay::create({m_fontPath, px});
    if (!made) {  // unreadable font: checked at creation
      m_fontFailed = true;
      return;
    }
    m_text = std::move(made).value();
    m_bakedPx = px;
  }
  const auto placed =
      placeLabels(frame.camera, frame.labels, target.width, target.height,
                  [&](std::string_view s, float h) { return m_text->textWidth(s, h); });
  if (placed.empty()) return;
  std::vector<SolidBox> boxes;
  std::vector<TextRun> runs;
  const float leaderW = std::max(2.0f, std::round(px / 9.0f));
  for (const PlacedLabel& l : placed) {
    const glm::vec4 color(l.color, 1.0f);
    if (l.leader) {
      // Dark edges either side of the coloured line, so it shows on the sky and on clouds.
      const float x = std::round(l.leaderFromPx.x);
      const float y0 = std::min(l.leaderFromPx.y, l.leaderToPx.y);
      const float y1 = std::max(l.leaderFromPx.y, l.leaderToPx.y);
      boxes.push_back({{x - leaderW, y0}, {x + leaderW, y1}, {0.0f, 0.0f, 0.0f, 0.6f}});
      boxes.push_back({{x - 0.5f * leaderW, y0}, {x + 0.5f * leaderW, y1}, color});
    }
    boxes.push_back({l.boxMinPx, l.boxMaxPx, {0.02f, 0.03f, 0.05f, 0.72f}});
    // A coloured underline ties the box to its object's colour (orbit lines).
    boxes.push_back({{l.boxMinPx.x, l.boxMaxPx.y - leaderW}, l.boxMaxPx, color});
    runs.push_back({l.text, l.baselinePx, l.textPx, color, TextAlign::Left});
  }
  m_text->draw(target, boxes, runs);
}

}  // namespace rv::render
