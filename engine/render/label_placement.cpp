#include "render/label_placement.h"

#include <algorithm>
#include <cmath>

#include "astro/constants.h"

namespace rv::render {
namespace {

// Box geometry in text heights: padding around the text, the gap between
// the object's disc and the box, the margin kept from the picture's edges.
constexpr float kPadEm = 0.3f;
constexpr float kGapEm = 0.8f;
constexpr float kEdgeEm = 0.5f;
// DejaVu Sans: the ascender is ~0.8 of the baked pixel height.
constexpr float kAscentEm = 0.8f;

struct Box {
  glm::vec2 min, max;
  bool overlaps(const Box& o, float margin) const {
    return min.x < o.max.x + margin && o.min.x < max.x + margin && min.y < o.max.y + margin &&
           o.min.y < max.y + margin;
  }
};

}  // namespace

float labelTextPx(int frameHeightPx) {
  return std::max(12.0f, std::round(kLabelHeightFraction * static_cast<float>(frameHeightPx)));
}

bool hiddenByEarth(const glm::dvec3& eye, const glm::dvec3& point) {
  // Scale the ellipsoid to a unit sphere and intersect the segment with it.
  constexpr double kShrinkM = 2000.0;
  const glm::dvec3 k(1.0 / (astro::kWgs84A - kShrinkM), 1.0 / (astro::kWgs84A - kShrinkM),
                     1.0 / (astro::kWgs84B - kShrinkM));
  const glm::dvec3 e = eye * k;
  const glm::dvec3 d = (point - eye) * k;
  const double a = glm::dot(d, d);
  const double b = 2.0 * glm::dot(e, d);
  const double c = glm::dot(e, e) - 1.0;
  if (a <= 0.0 || c < 0.0) return false;  // no segment, or the eye is inside: nothing to say
  const double disc = b * b - 4.0 * a * c;
  if (disc <= 0.0) return false;
  const double t = (-b - std::sqrt(disc)) / (2.0 * a);  // first entry into the Earth
  return t > 0.0 && t < 1.0;
}

std::vector<PlacedLabel> placeLabels(const Camera& cam, std::span<const Label> labels, int w, int h,
                                     const MeasureTextFn& measure) {
  std::vector<PlacedLabel> out;
  if (w <= 0 || h <= 0) return out;
  const float px = labelTextPx(h);
  const float pad = kPadEm * px, gap = kGapEm * px, edge = kEdgeEm * px;
  const glm::dmat3 view = viewRotation(cam);
  const double focalPx = 0.5 * h / std::tan(0.5 * cam.fovYRad);
  std::vector<Box> taken;
  for (const Label& l : labels) {
    if (l.text.empty()) continue;
    const glm::dvec3 v = view * (l.posTeme - cam.posTeme);
    const double depth = -v.z;
    if (depth <= cam.nearM) continue;  // behind the camera
    const auto p = projectToPixel(cam, l.posTeme, w, h);
    if (!p) continue;
    float rPx = static_cast<float>(std::min(l.radiusM / depth * focalPx, 4.0 * h));
    glm::vec2 a(p->x, p->y);
    // Only objects whose centre is on the picture: a name pinned to the edge
    // for something mostly out of view reads as belonging to what is there.
    if (a.x < 0.0f || a.x > static_cast<float>(w) || a.y < 0.0f || a.y > static_cast<float>(h))
      continue;
    // A long object: anchor at the end that is higher on the picture (lower
    // for a name that goes below), with the object's half-width as the disc.
    if (glm::dot(l.halfAxisTeme, l.halfAxisTeme) > 0.0) {
      const auto e1 = projectToPixel(cam, l.posTeme + l.halfAxisTeme, w, h);
      const auto e2 = projectToPixel(cam, l.posTeme - l.halfAxisTeme, w, h);
      if (e1 && e2) {
        const bool firstHigher = e1->y < e2->y;
        const auto& end = (firstHigher != l.below) ? *e1 : *e2;
        const double endDepth = -(view * (l.posTeme - cam.posTeme +
                                          ((firstHigher != l.below) ? 1.0 : -1.0) * l.halfAxisTeme))
                                     .z;
        a = glm::vec2(end.x, end.y);
        rPx = static_cast<float>(
            std::min(l.radiusM / std::max(endDepth, cam.nearM) * focalPx, 4.0 * h));
      }
    }
    if (hiddenByEarth(cam.posTeme, l.posTeme)) continue;

    const float boxW = measure(l.text, px) + 2.0f * pad;
    const float boxH = px + 2.0f * pad;
    // A box with its top at `top`, kept on the picture.
    const auto boxAt = [&](float top, bool* moved) {
      Box b;
      b.min = glm::vec2(a.x - 0.5f * boxW, top);
      const glm::vec2 lo(edge, edge),
          hi(static_cast<float>(w) - edge - boxW, static_cast<float>(h) - edge - boxH);
      const glm::vec2 kept = glm::clamp(b.min, lo, glm::max(lo, hi));
      *moved = glm::length(kept - b.min) > 0.5f;
      b.min = kept;
      b.max = b.min + glm::vec2(boxW, boxH);
      return b;
    };
    const auto isFree = [&](const Box& b) {
      return std::none_of(taken.begin(), taken.end(),
                          [&](const Box& t) { return b.overlaps(t, 0.2f * px); });
    };
    // Above the disc (ground sites: below), else the other side.
    bool above = !l.below, moved = false;
    const auto boxOn = [&](bool up) {
      return boxAt(up ? a.y - rPx - gap - boxH : a.y + rPx + gap, &moved);
    };
    Box box = boxOn(above);
    if (!isFree(box)) {
      above = !above;
      box = boxOn(above);
      if (!isFree(box)) continue;
    }
    taken.push_back(box);

    PlacedLabel pl;
    pl.text = l.text;
    pl.boxMinPx = box.min;
    pl.boxMaxPx = box.max;
    pl.baselinePx = glm::vec2(box.min.x + pad, box.min.y + pad + kAscentEm * px);
    pl.textPx = px;
    pl.color = l.color;
    pl.leader = !moved;
    if (pl.leader) {
      const float x = a.x;
      pl.leaderFromPx = glm::vec2(x, above ? box.max.y : box.min.y);
      pl.leaderToPx = glm::vec2(x, above ? a.y - rPx - 0.2f * gap : a.y + rPx + 0.2f * gap);
    }
    out.push_back(std::move(pl));
  }
  return out;
}

}  // namespace rv::render
