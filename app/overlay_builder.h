#pragma once
// Teaching overlays as plain data for the renderer: the Soyuz's and the
// ISS's orbits (osculating conics), their ground tracks, the Baikonur
// marker and velocity / thrust arrows on the active vehicle as lines; the
// names of the objects as labels.

#include <vector>

#include "camera_presets.h"
#include "mission_context.h"
#include "overlay_options.h"
#include "render/render_frame.h"

namespace rv::app {

// Points of the two-body orbit through (pos, vel), one revolution, or the
// arc above the ground of a suborbital path. Empty for escape trajectories.
std::vector<glm::dvec3> orbitPolyline(const glm::dvec3& posTeme, const glm::dvec3& velTeme,
                                      int samples);

void appendOverlays(const LoadedMission& mission, const CameraScene& scene, double utcS,
                    double gmstRad, const render::Camera& camera, const OverlayOptions& options,
                    std::vector<render::OverlayLine>& out);

// Names next to the objects: the rocket ("Soyuz-2.1a") while it carries the
// spacecraft, then "Soyuz MS-19" (with the range to the port when near the
// ISS) and the separated stages by name; the ISS, its docking port when the
// camera is near it, Baikonur, the Sun. Most important first (they win
// where labels would overlap).
void appendLabels(const CameraScene& scene, const glm::dvec3& sunDirTeme,
                  const render::Camera& camera, std::vector<render::Label>& out);

// "35.2 m", "840 m", "12.4 km": a range for a label.
std::string formatRange(double metres);

}  // namespace rv::app
