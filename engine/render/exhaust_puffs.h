#pragma once
// The launch pad's exhaust cloud as puffs of smoke and glow, computed from
// the exhaust's history alone (render_frame.h PadExhaust), so the cloud at an
// instant is the same however the replay got there. Pure CPU; no GL.
//
// Positions are in the pad frame: x along the pad axis (towards
// kPadAxisAzimuthDeg), y across it, z up from the deck top. The flame pit
// runs from the rocket towards -x; the jet fills it, smoke rises out of its
// open top along its length and rolls out of its far end, and once the
// rocket is released the jet also spreads dust and smoke over the pad.

#include <vector>

#include <glm/glm.hpp>

#include "render/render_frame.h"

namespace rv::render {

struct ExhaustPuff {
  glm::vec3 posPad{0.0f};  // m
  float radiusM = 1.0f;
  float opacity = 0.0f;  // 0..1, of the smoke
  float glow = 0.0f;     // flame light, as a multiple of the plume's core
  float ageS = 0.0f;     // for the colour: ochre at first, then grey-white
  float seed = 0.0f;     // 0..1, varies each puff's texture
};

// Puffs emitted per second into the pit and over the pad, at full thrust.
// Few and large: each puff is a blended layer over much of a close view, and
// on a software rasteriser every layer costs (frame_bench's pad camera).
inline constexpr double kPitPuffsPerS = 1.5;
inline constexpr double kPadPuffsPerS = 2.5;

// The live puffs (opacity or glow above zero), unsorted.
std::vector<ExhaustPuff> padExhaustPuffs(const PadExhaust& exhaust);

}  // namespace rv::render
