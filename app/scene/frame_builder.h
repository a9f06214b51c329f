#pragma once
// Builds the renderer's RenderFrame for an instant: the mission state from
// the timeline, ephemerides evaluated exactly at that instant (Sun, Earth
// rotation), the vehicles' poses and the chosen camera.

#include "camera_presets.h"
#include "mission_context.h"
#include "overlay_builder.h"
#include "render/render_frame.h"

namespace rv::app {

struct FrameRequest {
  double utcS = 0.0;
  CameraKind camera = CameraKind::Chase;
  FreeCameraParams free;
  // Optional transition: blend from `fromCamera` (weight 1 - blend) to `camera`.
  std::optional<CameraKind> fromCamera;
  double blend = 1.0;
  OverlayOptions overlays;
  // The optical centre (render::Camera::lensShiftNdc): the window's layout
  // puts it in the middle of the space its bars leave.
  glm::dvec2 lensShiftNdc{0.0};
  // The presenter's exposure correction on top of the automatic one, in
  // stops (E in the window); 0 = automatic.
  double exposureBiasEv = 0.0;
};

// Like a camera's automatic exposure: with its subject in the Earth's shadow
// (lit only by earthshine and the camera's own lamp) it opens up by this
// factor, following the same penumbra as the lighting (a few seconds).
inline constexpr double kShadowExposureGain = 3.0;
// The exposure for a subject lit by `sunlight` (0 in shadow .. 1), with a
// bias in stops.
double autoExposure(double sunlight, double biasEv);

// Everything about the scene at one instant, before the camera is chosen.
CameraScene cameraScene(const LoadedMission& mission, double utcS);

render::RenderFrame buildFrame(const LoadedMission& mission, const FrameRequest& req);

// The Earth's sidereal angle for an instant, with the mission's UT1-UTC.
double gmstAt(const LoadedMission& mission, double utcS);

}  // namespace rv::app
