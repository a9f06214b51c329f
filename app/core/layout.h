#pragma once
// The presenter layout's arithmetic, without ImGui: how large the type must
// be to read from the back of a classroom, where the 3D view's optical
// centre goes so the followed vehicle sits in the space the bars leave, and
// when the transport row shows. Pure functions, unit-tested.

#include <glm/glm.hpp>

namespace rv::app {

// The classroom the large type is sized for: a picture 2.7 m wide seen from
// 9 m, where text should subtend at least 16 minutes of arc (a common
// legibility minimum for projected text). DejaVu Sans capitals are 0.729 em.
inline constexpr double kPictureWidthM = 2.7;
inline constexpr double kBackRowDistanceM = 9.0;
inline constexpr double kMinTextArcmin = 16.0;
inline constexpr double kCapHeightEm = 0.729;

// The angle a capital of a font of `fontPx` subtends from the back row when
// a window `windowWidthPx` wide fills the picture.
double capitalArcmin(float fontPx, int windowWidthPx);

// The large type (clock, caption, big figures) for a window: the smallest
// whole pixel size whose capitals reach kMinTextArcmin, and never below
// `floorPx` (the UI scale's large size).
float largeTypePx(int windowWidthPx, float floorPx);

// The optical centre (NDC, y up) in the middle of the band between a top
// bar `topPx` and a bottom bar `bottomPx` tall, in a window `heightPx` tall.
glm::dvec2 lensShiftBetweenBars(float topPx, float bottomPx, int heightPx);

// The transport row (buttons and the zoomable timeline) shows while the
// pointer has moved in the last kTransportLingerS, and while anything in it
// is in use; otherwise it folds away and leaves the scene.
inline constexpr double kTransportLingerS = 3.0;
struct TransportInputs {
  double wallS = 0.0;           // now
  double lastPointerWallS = 0;  // the pointer last moved, clicked or scrolled
  bool pointerOverUi = false;   // hovering a panel
  bool inUse = false;           // a text field, a popup, a drag, the Record panel
};
bool transportShown(const TransportInputs& in);

}  // namespace rv::app
