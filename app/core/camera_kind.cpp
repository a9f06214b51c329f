#include "camera_kind.h"

#include <iterator>

namespace rv::app {
namespace {

struct CameraText {
  CameraKind kind;
  const char* name;   // on the command line, in files and scripts
  const char* title;  // in the window
};

// In kAllCameras order.
constexpr CameraText kCameraTexts[] = {
    {CameraKind::Pad, "pad", "Pad observer"},
    {CameraKind::Chase, "chase", "Chase"},
    {CameraKind::Onboard, "onboard", "Soyuz onboard"},
    {CameraKind::Port, "port", "ISS port view"},
    {CameraKind::Overview, "overview", "Orbit overview"},
    {CameraKind::Free, "free", "Free orbit"},
    {CameraKind::Stages, "stages", "Falling stages"},
};
static_assert(std::size(kCameraTexts) == std::size(kAllCameras), "one row per camera");

const CameraText& textOf(CameraKind k) {
  for (const CameraText& t : kCameraTexts)
    if (t.kind == k) return t;
  return kCameraTexts[1];  // not a camera: named as the default, the chase
}

}  // namespace

const char* cameraName(CameraKind k) {
  return textOf(k).name;
}

const char* cameraTitle(CameraKind k) {
  return textOf(k).title;
}

std::optional<CameraKind> parseCameraName(std::string_view name) {
  for (const CameraText& t : kCameraTexts)
    if (name == t.name) return t.kind;
  return std::nullopt;
}

std::vector<std::string> cameraNames() {
  std::vector<std::string> names;
  for (CameraKind k : kAllCameras) names.emplace_back(cameraName(k));
  return names;
}

}  // namespace rv::app
