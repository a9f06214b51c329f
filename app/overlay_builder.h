#pragma once
// Teaching overlays as plain lines for the renderer: the Soyuz's and the
// ISS's orbits (osculating conics), their ground tracks, the Baikonur
// marker, and velocity / thrust arrows on the active vehicle.

#include <vector>

#include "camera_presets.h"
#include "mission_context.h"
#include "render/render_frame.h"

namespace rv::app {

struct OverlayOptions {
  bool orbits = true;
  bool groundTracks = true;
  bool baikonurMarker = true;
  bool arrows = false;
};

// What a class sees by default with a camera: orbits, ground tracks and the
// launch-site pin in the overview; nothing in the close-up cameras, where an
// orbit seen edge-on is just a line across the picture.
OverlayOptions defaultOverlays(CameraKind camera);

// Points of the two-body orbit through (pos, vel), one revolution, or the
// arc above the ground of a suborbital path. Empty for escape trajectories.
std::vector<glm::dvec3> orbitPolyline(const glm::dvec3& posTeme, const glm::dvec3& velTeme,
                                      int samples);

void appendOverlays(const LoadedMission& mission, const CameraScene& scene, double utcS,
                    double gmstRad, const render::Camera& camera, const OverlayOptions& options,
                    std::vector<render::OverlayLine>& out);

} // namespace rv::app
