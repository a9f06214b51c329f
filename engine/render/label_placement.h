#pragma once
// Where the object labels of a RenderFrame go on the picture: pure maths, no
// GL, so it is unit-tested. A label is projected camera-relative (double
// until the pixel), hidden when its object's centre is behind the camera,
// off the picture or behind the Earth, and its name is set just above the object's
// disc in a dark box, sized with the frame's height so a 4K frame reads like
// a 720p one. Where two would overlap, the earlier label wins.

#include <functional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include <glm/glm.hpp>

#include "render/camera.h"
#include "render/render_frame.h"

namespace rv::render {

// Label text height: 2.5 % of the frame's height (18 px at 720p, 54 px at
// 2160p), never below 12 px.
inline constexpr float kLabelHeightFraction = 0.025f;
float labelTextPx(int frameHeightPx);

struct PlacedLabel {
  std::string text;
  glm::vec2 boxMinPx{0.0f}, boxMaxPx{0.0f};  // the dark box, top-left and bottom-right
  glm::vec2 baselinePx{0.0f};                // where the text starts (left end, baseline)
  float textPx = 0.0f;
  glm::vec3 color{1.0f};
  // A short leader from the box to the object (none when the box had to be
  // moved to stay on the picture).
  bool leader = false;
  glm::vec2 leaderFromPx{0.0f}, leaderToPx{0.0f};
};

// True when the straight line from eye to point passes through the Earth
// (WGS-84, shrunk by 2 km so points on the ground stay visible).
bool hiddenByEarth(const glm::dvec3& eyeTeme, const glm::dvec3& pointTeme);

// Width in pixels of a text at a height (TextOverlay::textWidth).
using MeasureTextFn = std::function<float(std::string_view text, float heightPx)>;

std::vector<PlacedLabel> placeLabels(const Camera& camera, std::span<const Label> labels,
                                     int widthPx, int heightPx, const MeasureTextFn& measure);

}  // namespace rv::render
