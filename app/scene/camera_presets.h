#pragma once
// The scene's cameras, shared by the window and the video recorder. Each is a
// pure function of the mission state at the shown instant (and, for the free
// camera, of the user's orbit angles), so a video frame never depends on
// what was shown before it.

#include <string>
#include <vector>

#include <glm/glm.hpp>

#include "camera_kind.h"
#include "render/camera.h"
#include "sim/mission_objects.h"

namespace rv::app {

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

// The launch vehicle's separable pieces: where each one's middle is in the
// stack frame its state carries (+X up the axis from the core engines'
// base, see sim/mission_objects.h), its rough radius and its name.
struct LaunchPiece {
  sim::ObjectId id;
  const char* name;
  glm::dvec3 centreInStack;
  double radiusM;
};
extern const LaunchPiece kLaunchPieces[9];
const LaunchPiece* launchPiece(sim::ObjectId id);
glm::dvec3 pieceCentreTeme(const sim::ObjectState& s, const LaunchPiece& piece);

// The point cameras frame: the middle of the launch stack while the Soyuz is
// on it, then the Soyuz.
glm::dvec3 activeTargetTeme(const CameraScene& scene);

render::Camera cameraFor(CameraKind kind, const CameraScene& scene, const FreeCameraParams& free);

// What a camera is meant to show: the Rassvet port for the Soyuz's own
// onboard camera (once the Soyuz flies free), the probe's tip for the port
// camera in the last metres, else the active vehicle.
glm::dvec3 cameraSubjectTeme(CameraKind kind, const CameraScene& scene);

// Why a camera shows nothing worth seeing at this instant (the pad observer
// once the rocket is out of its sight, the onboard camera inside the
// fairing, the port camera with the Soyuz far away, the stage camera with
// nothing falling); empty when it does. The window greys such cameras out.
std::string cameraIdleReason(CameraKind kind, const CameraScene& scene);

// Blend of two cameras for smooth transitions: t in 0..1, eased.
render::Camera blendCameras(const render::Camera& a, const render::Camera& b, double t);

// A blend between two cameras whose eyes are far apart (the pad observer
// and the chase) slerps through views that miss the subject; this turns it
// towards the subject, fully mid-way and not at all at either end, so the
// ease never shows empty sky.
render::Camera keepSubjectDuringEase(const render::Camera& blended, const glm::dvec3& subjectTeme,
                                     double t);

}  // namespace rv::app
