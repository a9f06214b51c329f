#include "layout.h"

#include <algorithm>
#include <cmath>

namespace rv::app {
namespace {
constexpr double kArcminRad = 3.14159265358979323846 / (180.0 * 60.0);
}

double capitalArcmin(float fontPx, int windowWidthPx) {
  const double metresPerPx = kPictureWidthM / std::max(windowWidthPx, 1);
  const double capM = static_cast<double>(fontPx) * kCapHeightEm * metresPerPx;
  return 2.0 * std::atan(0.5 * capM / kBackRowDistanceM) / kArcminRad;
}

float largeTypePx(int windowWidthPx, float floorPx) {
  const double capM = 2.0 * kBackRowDistanceM * std::tan(0.5 * kMinTextArcmin * kArcminRad);
  const double px = capM / kCapHeightEm / (kPictureWidthM / std::max(windowWidthPx, 1));
  return std::max(static_cast<float>(std::ceil(px)), floorPx);
}

glm::dvec2 lensShiftBetweenBars(float topPx, float bottomPx, int heightPx) {
  const double h = std::max(heightPx, 1);
  // The band's middle, in pixels from the top, then as NDC (y up).
  const double middlePx = 0.5 * (static_cast<double>(topPx) + (h - static_cast<double>(bottomPx)));
  return {0.0, 1.0 - 2.0 * middlePx / h};
}

bool transportShown(const TransportInputs& in) {
  return in.inUse || in.pointerOverUi || in.wallS - in.lastPointerWallS < kTransportLingerS;
}

}  // namespace rv::app
