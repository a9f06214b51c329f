#pragma once
// The sky-view table of Hillaire (2020, "A Scalable and Production Ready Sky
// and Atmosphere Rendering Technique", section 5.3): the sky around the
// camera, ray-marched once per frame into a small texture indexed by the
// view direction's azimuth and elevation in the camera's local horizon
// frame, then looked up per pixel. Its cost does not grow with the image,
// and the rows bunch toward the horizon, where the sky changes fastest (the
// thin limb seen from orbit), which a screen-space buffer could only follow
// by ray-marching the limb per pixel. Pure CPU: the frame and the mapping,
// mirrored by shaders/sky_view.glsl.
//
// Mapping (this project's variant, in cosines so the per-pixel lookup needs
// no acos or atan on a software rasteriser): u = sin(azimuth / 2), the
// azimuth measured from the Sun's vertical plane, one half only since single
// scattering in a spherical atmosphere is symmetric about that plane (dense
// near the Sun's glow, sparse toward the smooth anti-solar sky); v =
// sqrt((cos zenith - cos horizon) / (1 - cos horizon)), so v = 0 is the
// horizon (where the ground sphere's tangent ray points), v = 1 the zenith,
// and row spacing shrinks quadratically toward the horizon. Rays
// below the horizon end on the Earth, which hides them; they look up the
// horizon row, the glow along the limb, which shows where the mesh's chords
// sag below the sphere.

#include <glm/glm.hpp>

#include "render/sky_model.h"

namespace rv::render {

struct SkyViewSize {
  int azimuths = 64;  // columns from the Sun's azimuth (u = 0) to the opposite one
  int rows = 128;     // horizon .. zenith
};

struct SkyViewFrame {
  // Columns: the local x axis (toward the Sun's azimuth), y, and up (the
  // camera's radial direction), in sphere space.
  glm::dmat3 localToSphere{1.0};
  double horizonCos = 0.0;  // cos(zenith angle) of the ray tangent to the ground
};

SkyViewFrame makeSkyViewFrame(const SkyFrame& sky);

// Table coordinates in 0..1 (u: azimuth, v: elevation) of a unit direction
// in the local frame, and back; column i and row j hold u = i / (azimuths -
// 1) and v = j / (rows - 1), so the Sun's plane and the horizon fall on
// texel centres.
glm::dvec2 skyViewCoords(const glm::dvec3& dirLocal, double horizonCos);
glm::dvec3 skyViewDirection(const glm::dvec2& coords, double horizonCos);

}  // namespace rv::render
