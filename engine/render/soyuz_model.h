#pragma once
// Soyuz MS spacecraft (and its cargo sibling Progress MS) at true size, as plain mesh parts.
//
// Frame: origin at the tip of the docking probe (the first contact point), +X along the
// docking axis out of the probe, so the spacecraft body lies along -X. +Y is the solar-array
// axis, +Z completes the right-handed frame.
// Dimensions from docs/SOURCES.md S4 and S8 (sources cited where used).

#include "render/mesh_data.h"
#include "render/model_dimensions.h"  // kSoyuzOverallLengthM...

#include <vector>

namespace rv::render {

struct SoyuzModelDesc {
  int segments = 32;           // around the axis
  bool arraysDeployed = true;  // false: arrays folded and antennas stowed (in the fairing)
  bool withProbe = true;
};

struct SoyuzModel {
  // "orbital_module", "descent_module", "service_module", "solar_array_port",
  // "solar_array_starboard", "docking_probe", "antennas".
  std::vector<ModelPart> parts;
  float overallLengthM = 0.0f;  // probe tip to the aft end of the service module
  float arraySpanM = 0.0f;      // solar-array tip to tip (deployed)
  float maxDiameterM = 0.0f;
  glm::vec3 engineExitM{0.0f};  // main engine (SKD) nozzle exit centre, for a plume
};

SoyuzModel buildSoyuzModel(const SoyuzModelDesc& desc = {});

// Progress MS cargo ship: the same service module and arrays, a cargo module in place of
// the orbital module and a refuelling compartment in place of the descent module. Same frame.
SoyuzModel buildProgressModel(const SoyuzModelDesc& desc = {});

}  // namespace rv::render
