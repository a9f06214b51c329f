#pragma once
// The scene's cameras, shared by the window and the video recorder. Each is a
// pure function of the mission state at the shown instant (and, for the free
// camera, of the user's orbit angles), so a video frame never depends on
// what was shown before it.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <glm/glm.hpp>

#include "render/camera.h"
#include "sim/mission_objects.h"

namespace rv::app {

enum class CameraKind { Pad, Chase, Onboard, Port, Overview, Free };
inline constexpr CameraKind kAllCameras[] = {CameraKind::Pad,      CameraKind::Chase,
                                             CameraKind::Onboard,  CameraKind::Port,
                                             CameraKind::Overview, CameraKind::Free};

const char* cameraName(CameraKind k);   // "pad", "chase", ...
const char* cameraTitle(CameraKind k);  // "Pad observer", ...
std::optional<CameraKind> parseCameraName(std::string_view name);

// The free camera orbits the active vehicle.
struct FreeCameraParams {
  double yawRad = 0.6;
  double pitchRad = 0.25;
  double distanceM = 120.0;
};

// What the cameras look at, extracted once per frame from the timeline.
struct CameraScene {
  sim::MissionFrame mission;
  glm::dvec3 padPosTeme{0.0};    // deck centre
  glm::dmat3 padEnuToTeme{1.0};  // east, north, up
  glm::dvec3 portPosTeme{0.0};
  glm::dvec3 portAxisTeme{0.0, 0.0, 1.0};
  glm::dmat3 issRotTeme{1.0};  // ISS body -> TEME
  // Where spent stages have come down by now (simulated impact events).
  struct ImpactSite {
    std::string name;  // "Core stage"
    glm::dvec3 posTeme{0.0};
    glm::dmat3 enuToTeme{1.0};
  };
  std::vector<ImpactSite> impacts;
};

// The point cameras frame: the middle of the launch stack while the Soyuz is
// on it, then the Soyuz.
glm::dvec3 activeTargetTeme(const CameraScene& scene);

render::Camera cameraFor(CameraKind kind, const CameraScene& scene, const FreeCameraParams& free);

// Blend of two cameras for smooth transitions: t in 0..1, eased.
render::Camera blendCameras(const render::Camera& a, const render::Camera& b, double t);

}  // namespace rv::app
