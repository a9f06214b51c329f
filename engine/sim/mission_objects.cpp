#include "sim/mission_objects.h"

namespace rv::sim {

const char* objectIdName(ObjectId id) {
  static constexpr std::array<const char*, kObjectCount> kNames{
      "stack",     "soyuz", "iss",         "booster_1", "booster_2", "booster_3",
      "booster_4", "core",  "third_stage", "fairing_1", "fairing_2", "les"};
  return kNames[static_cast<size_t>(id)];
}

const char* phaseName(Phase p) {
  switch (p) {
    case Phase::Prelaunch:
      return "prelaunch";
    case Phase::Ascent:
      return "ascent";
    case Phase::Attached:
      return "attached";
    case Phase::Ballistic:
      return "ballistic";
    case Phase::Impacted:
      return "impacted";
    case Phase::Orbit:
      return "orbit";
    case Phase::Burn:
      return "burn";
    case Phase::Approach:
      return "approach";
    case Phase::Flyaround:
      return "flyaround";
    case Phase::Stationkeeping:
      return "stationkeeping";
    case Phase::ManualApproach:
      return "manual_approach";
    case Phase::Docked:
      return "docked";
    case Phase::FinalApproach:
      return "final_approach";
  }
  return "unknown";
}

const char* attitudeModeName(AttitudeMode m) {
  switch (m) {
    case AttitudeMode::Guided:
      return "guided";
    case AttitudeMode::Free:
      return "free";
    case AttitudeMode::Orbital:
      return "orbital";
    case AttitudeMode::BurnAttitude:
      return "burn";
    case AttitudeMode::KursPointing:
      return "kurs_pointing";
    case AttitudeMode::Docking:
      return "docking";
    case AttitudeMode::Manual:
      return "manual";
  }
  return "unknown";
}

}  // namespace rv::sim
