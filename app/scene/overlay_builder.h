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

// The onboard camera drawn like the Soyuz's TV picture: a reticle on the
// optical axis (a cross with a gap and range ticks, as the Kurs TV monitor
// shows) and a ring on the Rassvet port as the target mark, while the Soyuz
// flies free. Lines a few centimetres in front of the camera, so they sit
// over the scene in the window and in recordings alike.
void appendOnboardTvMarks(const CameraScene& scene, const render::Camera& camera,
                          std::vector<render::OverlayLine>& out);

// Names next to the objects: the rocket ("Soyuz-2.1a") while it carries the
// spacecraft, then "Soyuz MS-19" (with the range to the port when near the
// ISS) and the separated stages by name; the ISS, its docking port when the
// camera is near it, Baikonur, the Sun. Most important first (they win
// where labels would overlap).
void appendLabels(const CameraScene& scene, const glm::dvec3& sunDirTeme,
                  const render::Camera& camera, std::vector<render::Label>& out);

// Marks of the two moments a class waits for, at the port, whatever the
// overlays: "CONTACT" for kContactMarkS after the simulated contact and
// "Hatch open" for kHatchMarkS after the hatch opening (both with the UTC),
// first in the list so no name covers them.
inline constexpr double kContactMarkS = 30.0;
inline constexpr double kHatchMarkS = 60.0;
void prependMomentMarks(const std::vector<sim::MissionEvent>& events, double utcS,
                        const CameraScene& scene, std::vector<render::Label>& out);

}  // namespace rv::app
