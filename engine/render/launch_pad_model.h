#pragma once
// Baikonur Site 31, pad 6 (the "Vostok" complex) in a simple form: ground patch with the
// flame pit, the launch deck, four support arms, two cable masts and the service gantry halves
// lowered (retracted) as they are at lift-off.
//
// Frame: local ENU (x east, y north, z up), origin on the rocket axis at the top of the launch
// deck. Pad position: SOURCES S1 (45.9961 N, 63.5639 E, ~104 m). Structure sizes are
// estimates from photographs (EST): no drawings were found.

#include "render/mesh_data.h"
#include "render/model_dimensions.h"  // kPadAxisAzimuthDeg, kStackOriginBelowDeckM

#include <glm/glm.hpp>

#include <vector>

namespace rv::render {

struct LaunchPadModelDesc {
  float groundHalfSizeM = 600.0f;  // ground patch extends ± this far
};

struct LaunchPadModel {
  // "ground" (with the flame pit), "launch_deck", "support_arm_1".."support_arm_4" (each
  // rotates outward about a horizontal axis at its base: positive angle opens it),
  // "cable_mast_1", "cable_mast_2" (same, for their swing back at lift-off),
  // "service_gantry" (both halves, lowered).
  std::vector<ModelPart> parts;
  // Where the launch-stack frame of rocket_model.h sits at lift-off: its origin (core nozzle
  // exit plane) in pad ENU, and the matrix taking stack coordinates to pad ENU (stack +X ->
  // up, stack +Y (booster G) along the pad axis towards azimuth kPadAxisAzimuthDeg).
  glm::vec3 stackOriginM{0.0f};
  glm::mat4 enuFromStack{1.0f};
};

LaunchPadModel buildLaunchPadModel(const LaunchPadModelDesc& desc = {});

// Pad-aligned coordinates (x along the pad axis towards kPadAxisAzimuthDeg,
// y across it, z up; the flame pit runs towards -x) to pad east/north/up:
// the frame the pad model is built in, and the exhaust cloud's.
glm::dmat3 padAlignedToEnu();

}  // namespace rv::render
