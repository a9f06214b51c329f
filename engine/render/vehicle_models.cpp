#include "render/vehicle_models.h"

namespace rv::render {

VehicleModels buildVehicleModels() {
  VehicleModels m;
  const IssModelDesc issDesc;
  m.iss = buildIssModel(issDesc);
  m.issRestAngles = issJointAngles(m.iss, issDesc);
  m.soyuz = buildSoyuzModel();
  m.rocket = buildRocketModel();
  // Ground patch wide enough that the pad observer (~1.5 km out) stands on it.
  LaunchPadModelDesc padDesc;
  padDesc.groundHalfSizeM = 2500.0f;
  m.pad = buildLaunchPadModel(padDesc);
  return m;
}

}  // namespace rv::render
