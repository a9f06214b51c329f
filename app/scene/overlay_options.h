#pragma once
// Which teaching overlays a frame shows, and the presenter's choice of them.
// Every overlay has a default per camera (defaultOverlays); the presenter may
// fix any of them on or off (an OverlayChoice field that is set), which then
// holds for every camera until reset. The window keeps a choice in its
// settings; render and record take one from --overlays.

#include <optional>
#include <string>
#include <string_view>

#include "base/result.h"
#include "camera_presets.h"

namespace rv::app {

struct OverlayOptions {
  bool orbits = true;
  bool groundTracks = true;
  bool baikonurMarker = true;
  bool labels = true;
  bool arrows = false;
  bool operator==(const OverlayOptions&) const = default;
};

// What a class sees by default with a camera: orbits, ground tracks and the
// launch-site pin in the overview; nothing of those in the close-up cameras,
// where an orbit seen edge-on is just a line across the picture. Labels in
// every camera; teaching arrows only when asked for.
OverlayOptions defaultOverlays(CameraKind camera);

enum class OverlayKind { Orbits, GroundTracks, BaikonurMarker, Labels, Arrows };
inline constexpr OverlayKind kAllOverlays[] = {OverlayKind::Orbits, OverlayKind::GroundTracks,
                                               OverlayKind::BaikonurMarker, OverlayKind::Labels,
                                               OverlayKind::Arrows};
// "orbits", "tracks", "marker", "labels", "arrows" (the --overlays words).
const char* overlayName(OverlayKind k);
// "Orbits", "Ground tracks", ... for buttons and messages.
const char* overlayTitle(OverlayKind k);

// Unset: the camera's default.
struct OverlayChoice {
  std::optional<bool> orbits, groundTracks, baikonurMarker, labels, arrows;
  std::optional<bool>& operator[](OverlayKind k);
  const std::optional<bool>& operator[](OverlayKind k) const;
  bool operator==(const OverlayChoice&) const = default;
};

bool overlayOn(const OverlayOptions& o, OverlayKind k);
OverlayOptions resolveOverlays(CameraKind camera, const OverlayChoice& choice);

// Flips what `camera` shows now and keeps that as the choice.
void toggleOverlay(OverlayChoice& choice, OverlayKind k, CameraKind camera);

// --overlays: "default" (every camera's own), "none", "all", or a comma list
// of names ("orbits,labels"), which shows exactly those. Nullopt and a
// one-line reason on anything else.
Result<OverlayChoice> parseOverlayList(std::string_view text);

}  // namespace rv::app
