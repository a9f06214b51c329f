#pragma once
// The deterministic fixed-step simulation of the whole mission, from T-5 min
// on the pad to the hatch opening, run once on load into a MissionTimeline.
//
// One step size for everything (mission file timeline.step_s), RK4
// (vehicle_dynamics.h); time is an integer tick count, t = epoch + tick * dt.
// Each step, in order: launch stack (pad hold, thrust, guidance, burn-outs,
// separations), separated pieces (ballistic with drag until they reach the
// ground; the third stage stays in orbit), the Soyuz (coast, phasing burns
// planned against the ISS ephemeris and flown as finite burns of the S5.80,
// proximity operations, manual approach, contact). Events come from what
// happens in the step (propellant running out, guidance cut-off, contact),
// except the scheduled ones (LES and fairing jettison, the switch to manual
// control at the recorded time, hatch opening).
// Single-threaded, no wall clock, no unordered containers: two runs give the
// same bits.

#include <string>

#include "sim/mission_config.h"
#include "sim/mission_timeline.h"

namespace rv::sim {

// Simulates the mission. Fails only on a bad mission (unusable TLE).
Result<MissionTimeline> simulateMission(const MissionConfig& config);

}  // namespace rv::sim
