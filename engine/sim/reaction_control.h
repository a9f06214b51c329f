#pragma once
// The Soyuz MS berthing and attitude thrusters (DPO-B) as the step sees them:
// groups of thrusters that push along the six body half-axes (translation)
// and couples that turn about the three body axes (rotation). A group fires
// for part of the step, never for less than its minimum pulse (the
// minimum impulse bit), so a small request is either dropped (below half a
// pulse) or rounded up to one pulse: the attitude and the approach limit-
// cycle inside deadbands the way a real on/off thruster system does.
//
// The request and the result are averages over the step (N, N m), which is
// what a zero-order-hold step integrates; the firing mask says which groups
// fired in the step (for the plume puffs in the scene and the telemetry).
#include <cstdint>

#include <glm/glm.hpp>

namespace rv::sim {

struct RcsConfig {
  double thrustN = 130.0;                 // one thruster
  int perTranslationGroup = 4;            // thrusters firing together along one half-axis
  int perRotationCouple = 2;              // thrusters of one turning couple
  glm::dvec3 couplesArmM{1.1, 2.5, 2.5};  // lever arm of the roll, pitch and yaw couples
  double ispS = 290.0;
  double minPulseS = 0.03;
};

// Bits of RcsFiring::mask: translation +X,-X,+Y,-Y,+Z,-Z are bits 0-5;
// rotation +X,-X,+Y,-Y,+Z,-Z (about the axis) are bits 6-11.
enum RcsBit : uint16_t {
  kRcsTranslatePosX = 1u << 0,
  kRcsRotatePosX = 1u << 6,
};

struct RcsFiring {
  glm::dvec3 forceBodyN{0.0};
  glm::dvec3 torqueBodyNm{0.0};
  double massFlowKgS = 0.0;  // averaged over the step
  uint16_t mask = 0;
};

// Largest average force along one body half-axis, and torque about one axis.
double rcsMaxForceN(const RcsConfig& c);
glm::dvec3 rcsMaxTorqueNm(const RcsConfig& c);

// Pulses for one step of length dtS that come closest to the requested
// average force and torque (body axes).
RcsFiring fireRcs(const RcsConfig& c, const glm::dvec3& forceBodyN, const glm::dvec3& torqueBodyNm,
                  double dtS);

}  // namespace rv::sim
