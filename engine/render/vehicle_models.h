#pragma once
// The vehicles' and the pad's meshes as ModelLayer uploads them, built on
// the CPU alone (no GL), so RendererAssets can build them on a worker
// thread while the GL context is made: some 9 ms of start-up off the
// thread that makes the renderer.

#include <vector>

#include "render/iss_model.h"
#include "render/launch_pad_model.h"
#include "render/rocket_model.h"
#include "render/soyuz_model.h"

namespace rv::render {

struct VehicleModels {
  IssModel iss;
  std::vector<float> issRestAngles;  // issJointAngles for the default pose
  SoyuzModel soyuz;
  RocketModel rocket;
  LaunchPadModel pad;  // with ground wide enough for the pad camera to stand on
};

VehicleModels buildVehicleModels();

}  // namespace rv::render
