#pragma once
// The objects of the mission scene and the plain-data state the timeline
// reports for each (consumed by the renderer, the UI and the CSV export).
//
// Frames and reference points (positions are of the point named here):
//  - Launch-vehicle pieces ("stack", "booster_1".."booster_4", "core",
//    "third_stage", "fairing_1", "fairing_2", "les"): the LAUNCH-STACK FRAME
//    origin as carried by that piece. Stack frame: origin at the base of the
//    core-stage engines, +X up the rocket axis, +Y/+Z toward boosters
//    3 (G) / 4 (D) (booster 1 (B) is on -Y, 2 (V) on -Z; the SpaceBallistics
//    convention). A piece's mesh built in the stack frame is drawn at its
//    pose; while a piece is attached its pose is the stack's.
//  - "soyuz": the spacecraft frame, origin at the docking-probe tip (contact
//    point), +X along the docking axis out of the probe, +Z toward the
//    descent/orbital module "top" (ISS +X when docked to a nadir port). In
//    the stack it sits at probe_tip_in_stack_m with the stack's attitude.
//  - "iss": ISS body frame (SSACS): origin S0 centre, +X forward, +Y
//    starboard, +Z nadir.
// Attitudes are body -> TEME rotations. Accelerations exclude gravity (what an
// accelerometer would read: thrust and drag), for the g readout.

#include <array>
#include <cstdint>

#include <glm/glm.hpp>
#include <glm/gtc/quaternion.hpp>

namespace rv::sim {

enum class ObjectId : uint8_t {
  Stack,
  Soyuz,
  Iss,
  Booster1,
  Booster2,
  Booster3,
  Booster4,
  Core,
  ThirdStage,
  Fairing1,
  Fairing2,
  Les,
};
inline constexpr int kObjectCount = 12;
const char* objectIdName(ObjectId id);

enum class Phase : uint8_t {
  Prelaunch,
  Ascent,
  Attached,
  Ballistic,
  Impacted,
  Orbit,
  Burn,
  Approach,
  Flyaround,
  Stationkeeping,
  ManualApproach,
  Docked,
  FinalApproach,
};
inline constexpr int kPhaseCount = 13;
const char* phaseName(Phase p);

// How a body's attitude is set: flown by a control law toward a target
// (Soyuz modes), pointed by the rocket's guidance (the stack), or free
// (separated pieces tumbling with the rates separation gave them).
enum class AttitudeMode : uint8_t {
  Guided,
  Free,
  Orbital,
  BurnAttitude,
  KursPointing,
  Docking,
  Manual,
};
const char* attitudeModeName(AttitudeMode m);

// Engine groups firing (ObjectState::enginesFiring bits).
inline constexpr uint8_t kEnginesBoosters = 1u << 0;  // the four RD-107A
inline constexpr uint8_t kEngineCore = 1u << 1;       // RD-108A
inline constexpr uint8_t kEngineThird = 1u << 2;      // RD-0110
inline constexpr uint8_t kEngineSoyuzMain = 1u << 3;  // S5.80

struct ObjectState {
  ObjectId object = ObjectId::Stack;
  bool exists = false;
  bool attached = false;    // a piece still part of the launch stack
  glm::dvec3 posTeme{0.0};  // m
  glm::dvec3 velTeme{0.0};  // m/s
  glm::dquat attitudeTeme{1.0, 0.0, 0.0, 0.0};
  double massKg = 0.0;
  glm::dvec3 accelTeme{0.0};  // non-gravitational, m/s^2
  double thrustN = 0.0;
  bool thrusting = false;
  Phase phase = Phase::Prelaunch;
  AttitudeMode attitudeMode = AttitudeMode::Guided;
  glm::dvec3 rateBodyRadS{0.0};    // body rate relative to inertial space
  glm::dvec3 thrustDirBody{0.0};   // unit net thrust direction, body axes (0 when none)
  uint16_t rcsMask = 0;            // DPO-B groups fired (reaction_control.h bits)
  uint8_t enginesFiring = 0;       // kEngine* bits
  double ambientPressurePa = 0.0;  // the air around it (US76), for the plumes
};

struct MissionFrame {
  double utcS = 0.0;
  double metS = 0.0;
  std::array<ObjectState, kObjectCount> objects{};
  const ObjectState& operator[](ObjectId id) const { return objects[static_cast<size_t>(id)]; }
};

}  // namespace rv::sim
