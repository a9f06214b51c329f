#pragma once
// The automatic rendezvous (Kurs-NA-like) after the last phasing burn: a
// state machine whose every transition is a measured relative state
// crossing a threshold - never a clock time - and whose output is the
// relative velocity it asks for (port_relative.h).
//
//   Approach        close along the line of sight at a speed set by the
//                   range band; crossing a braking gate (2.5 km, 1.1 km,
//                   0.64 km on the real profile) lowers the asked-for speed,
//                   and the thrusters brake as soon as the error leaves
//                   their deadband (the braking impulse);
//   Flyaround       at the fly-around range: swing along the sphere round
//                   the port onto its docking axis;
//   Stationkeeping  on the axis, close to the station-keeping range and hold
//                   it; after the hold (a timer: the "go" for final
//                   approach) ...
//   FinalApproach   down the axis with closing speed v_contact + k * range,
//                   lateral offset nulled: contact is when the probe meets
//                   the port.
// Pure: the next phase and the command are functions of the state, the
// measurement and the configuration.
#include <vector>

#include "sim/mission_objects.h"
#include "sim/port_relative.h"

namespace rv::sim {

struct BrakingGate {
  double rangeM = 0.0;   // crossing inward at this range ...
  double speedMs = 0.0;  // ... the asked-for closing speed drops to this
};

struct KursConfig {
  double initialClosingMs = 6.0;
  std::vector<BrakingGate> gates;  // by falling range
  double flyaroundRangeM = 250.0;
  double flyaroundSpeedMs = 0.8;
  double alignToleranceRad = 0.0175;
  double stationkeepRangeM = 180.0;
  double stationkeepHoldS = 30.0;
  double finalGainPerS = 0.00245;
  double contactSpeedMs = 0.1;
  double lateralGainPerS = 0.02;
  double deadbandMs = 0.01;        // velocity error tolerated near the port ...
  double deadbandFraction = 0.03;  // ... plus this fraction of the asked-for speed
};

struct KursState {
  Phase phase = Phase::Approach;
  size_t gatesPassed = 0;
  double heldS = 0.0;  // time on station at the hold point
};

// What changed in this step, for the event log.
enum class KursTransition {
  None,
  GatePassed,
  FlyaroundStart,
  StationkeepingStart,
  FinalApproachStart
};

struct KursStep {
  KursState next;
  VelocityCommand command;
  KursTransition transition = KursTransition::None;
};

KursStep kursStep(const KursState& state, const PortRelative& m, const KursConfig& c, double dtS);

// Velocity field of an approach down the docking axis: closing at
// closingMs, lateral offset nulled at lateralGainPerS (capped at a fifth of
// the closing speed plus 5 cm/s). Shared with the pilot model.
glm::dvec3 axialApproachVelocity(const PortRelative& m, double closingMs, double lateralGainPerS);

}  // namespace rv::sim
