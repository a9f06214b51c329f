#include "overlay_options.h"

namespace rv::app {

OverlayOptions defaultOverlays(CameraKind camera) {
  const bool wide = camera == CameraKind::Overview;
  OverlayOptions o;
  o.orbits = wide;
  o.groundTracks = wide;
  o.baikonurMarker = wide;
  o.labels = true;
  o.arrows = false;
  return o;
}

const char* overlayName(OverlayKind k) {
  switch (k) {
    case OverlayKind::Orbits:
      return "orbits";
    case OverlayKind::GroundTracks:
      return "tracks";
    case OverlayKind::BaikonurMarker:
      return "marker";
    case OverlayKind::Labels:
      return "labels";
    case OverlayKind::Arrows:
      return "arrows";
  }
  return "?";
}

const char* overlayTitle(OverlayKind k) {
  switch (k) {
    case OverlayKind::Orbits:
      return "Orbits";
    case OverlayKind::GroundTracks:
      return "Ground tracks";
    case OverlayKind::BaikonurMarker:
      return "Baikonur marker";
    case OverlayKind::Labels:
      return "Labels";
    case OverlayKind::Arrows:
      return "Arrows";
  }
  return "?";
}

std::optional<bool>& OverlayChoice::operator[](OverlayKind k) {
  switch (k) {
    case OverlayKind::Orbits:
      return orbits;
    case OverlayKind::GroundTracks:
      return groundTracks;
    case OverlayKind::BaikonurMarker:
      return baikonurMarker;
    case OverlayKind::Labels:
      return labels;
    case OverlayKind::Arrows:
      break;
  }
  return arrows;
}

const std::optional<bool>& OverlayChoice::operator[](OverlayKind k) const {
  return const_cast<OverlayChoice&>(*this)[k];
}

bool overlayOn(const OverlayOptions& o, OverlayKind k) {
  switch (k) {
    case OverlayKind::Orbits:
      return o.orbits;
    case OverlayKind::GroundTracks:
      return o.groundTracks;
    case OverlayKind::BaikonurMarker:
      return o.baikonurMarker;
    case OverlayKind::Labels:
      return o.labels;
    case OverlayKind::Arrows:
      return o.arrows;
  }
  return false;
}

OverlayOptions resolveOverlays(CameraKind camera, const OverlayChoice& c) {
  OverlayOptions o = defaultOverlays(camera);
  o.orbits = c.orbits.value_or(o.orbits);
  o.groundTracks = c.groundTracks.value_or(o.groundTracks);
  o.baikonurMarker = c.baikonurMarker.value_or(o.baikonurMarker);
  o.labels = c.labels.value_or(o.labels);
  o.arrows = c.arrows.value_or(o.arrows);
  return o;
}

void toggleOverlay(OverlayChoice& choice, OverlayKind k, CameraKind camera) {
  choice[k] = !overlayOn(resolveOverlays(camera, choice), k);
}

Result<OverlayChoice> parseOverlayList(std::string_view text) {
  OverlayChoice c;
  if (text == "default") return c;
  const bool all = text == "all";
  for (OverlayKind k : kAllOverlays) c[k] = all;
  if (all || text == "none") return c;
  size_t start = 0;
  for (;;) {
    const size_t comma = text.find(',', start);
    const std::string_view word = text.substr(
        start, comma == std::string_view::npos ? std::string_view::npos : comma - start);
    bool known = false;
    for (OverlayKind k : kAllOverlays) {
      if (word == overlayName(k)) {
        c[k] = true;
        known = true;
      }
    }
    if (!known) {
      return fail("unknown overlay '" + std::string(word) +
                      "': use default, none, all, or a comma list of orbits, tracks, marker, "
                      "labels, arrows",
                  ErrorKind::kBadInput);
    }
    if (comma == std::string_view::npos) break;
    start = comma + 1;
  }
  return c;
}

}  // namespace rv::app
