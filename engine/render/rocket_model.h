#pragma once
// Soyuz-2.1a launch vehicle with the crewed fairing, the launch escape tower and the
// Soyuz MS inside, at true size, as plain mesh parts.
//
// Frame (the "launch-stack frame"): origin on the vehicle axis in the exit plane of the core
// stage's nozzles, +X up the axis, +Y and +Z through the strap-on boosters (the
// ArianeSpace/StarSem convention that SpaceBallistics also uses: Block B at -Y, V at -Z,
// G at +Y, D at +Z). Every part's mesh is built in this frame, so the renderer draws part i
// with worldFromStack * poseOfPart(i), where the pose is the identity while attached.
//
// Geometry from docs/SOURCES.md S3 and the SpaceBallistics model cited there
// (LMerkin/SpaceBallistics, Soyuz-2.1b headers; stages 1-2 as on 2.1a).

#include "render/mesh_data.h"
#include "render/model_dimensions.h"
#include "render/render_frame.h"

#include <string>
#include <vector>

namespace rv::render {

struct RocketModelDesc {
  int segments = 32;
  bool withSpacecraft = true;  // the Soyuz MS inside the fairing, as RocketPart::Spacecraft
};

// Where a part's exhaust leaves it, for plume drawing: the centre of the engine cluster's
// exit plane, the exhaust direction (unit) and the radius that encloses the cluster's exits.
struct EngineExit {
  RocketPart part = RocketPart::Whole;
  glm::vec3 positionM{0.0f};
  glm::vec3 directionM{-1.0f, 0.0f, 0.0f};
  float clusterRadiusM = 0.0f;
};

struct RocketModel {
  // One part per RocketPart (render_frame.h): the boosters (Blocks B, V, G, D at -Y, -Z, +Y,
  // +Z), the core (Block A with its interstage lattice), the third stage (Block I), its aft
  // skirt (jettisoned ~300 s), the fairing's +Z half (Fairing1) and -Z half (Fairing2) with
  // their grid fins, the escape tower, the spacecraft (Soyuz MS, arrays folded). Each part's
  // name is rocketPartName() of its piece (for tests and debugging; nothing matches on it).
  std::vector<ModelPart> parts;
  std::vector<RocketPart> partIds;      // partIds[i]: the piece parts[i] is
  std::vector<EngineExit> engineExits;  // boosters, core, third stage
  float heightM = 0.0f;                 // lowest nozzle exit to the escape-tower tip
  // The Soyuz MS frame (see soyuz_model.h) inside the stack: probe tip position and the
  // spacecraft's +X axis, in the stack frame.
  glm::vec3 spacecraftProbeTipM{0.0f};
  glm::vec3 spacecraftAxis{1.0f, 0.0f, 0.0f};
};

RocketModel buildRocketModel(const RocketModelDesc& desc = {});

// "booster_1".."booster_4", "core", "third_stage", "third_stage_skirt", "fairing_1",
// "fairing_2", "les", "spacecraft"; "rocket" for Whole.
const char* rocketPartName(RocketPart part);

// Stations along the stack axis (kCoreTopM, kStackHeightM...): model_dimensions.h.

}  // namespace rv::render
