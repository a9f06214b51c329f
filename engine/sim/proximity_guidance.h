#pragma once
// Closed-loop guidance for the last few hundred metres of the Soyuz approach
// (shared/MISSION.md P2.3): approach to a hold point, fly-around at constant
// range onto the docking axis, station-keeping, and the final approach along
// the axis with a closing speed that falls with range to ~0.1 m/s at contact.
//
// Everything is computed in the frame of the target port, which moves and
// rotates with the station (the ISS holds an LVLH attitude, so it turns at the
// orbital rate, about 0.065 deg/s). Each call takes the port's current
// inertial state, so the guidance itself keeps no state: the same inputs give
// the same command (a pure function, like the rest of rv::sim).
//
// Method: a velocity field. Each mode defines a desired velocity relative to
// the rotating port frame as a function of position alone (toward the hold
// point, along the sphere toward the axis, down the axis), and the command
// tracks it: a = k_v (v_des - v) + dv_des/dt, plus the Coriolis, centripetal
// and differential-gravity terms that turn a rotating-frame acceleration into
// an inertial thrust acceleration. The field's own gain (1/20 s by default)
// sets how fast position errors close; k_v (1/2 s) sets velocity tracking.
// With the feed-forward terms exact, the residual lateral error at contact is
// set by the integration, not by unmodelled forces (see the tests).
// Stable for integration steps up to about 1 s (k_v dt < 1).

#include "astro/constants.h"
#include "sim/state_vector.h"

#include <glm/glm.hpp>

namespace rv::sim {

// Inertial state of the docking port (the docking plane's centre) at the
// current instant.
struct PortState {
  glm::dvec3 posTeme{0.0};  // m
  glm::dvec3 velTeme{0.0};  // m/s
  glm::dvec3 accTeme{0.0};  // inertial acceleration of the port point, m/s^2 (feed-forward)
  glm::dvec3 axisTeme{0.0, 0.0, 1.0};  // unit, from the port outward along the docking axis
  glm::dvec3 angVelTeme{0.0};          // angular velocity of the station, rad/s
};

// Port state of a station holding the LVLH attitude (ISS +XVV, MISSION.md
// P2.3), from the state of the station's reference point and the port's
// offset and outward axis in LVLH (lvlh_frame.h: +X V-bar, +Y opposite the
// orbit normal, +Z nadir). For the Rassvet nadir port: offset about
// (-13.3, 0, +12.3) m from S0, axis (0, 0, 1) (MISSION.md table 2d). A TEA
// offset or a 180 degree yaw is applied by the caller to the offset and axis.
// The station's gravity (J2-J4) plus the centripetal term of the rotation is
// the port's acceleration.
PortState portStateLvlhHeld(const StateVector& station, const glm::dvec3& portOffsetLvlh,
                            const glm::dvec3& portAxisLvlh);

enum class ProximityMode {
  Approach,       // straight line (in the port frame) to holdOffsetTeme, slowing as it nears
  FlyAround,      // keep flyAroundRangeM from the port while swinging onto the docking axis
  StationKeep,    // hold holdOffsetTeme
  FinalApproach,  // along the axis to contact
};

struct ProximityParams {
  ProximityMode mode = ProximityMode::StationKeep;
  // Approach / StationKeep target: hold point minus port position, in
  // inertial axes at this instant (rotate it with the station between calls;
  // e.g. axis * 200 for a hold point 200 m out on the docking axis).
  glm::dvec3 holdOffsetTeme{0.0};
  double flyAroundRangeM = 200.0;

  // Thrust authority. DPO-B thrusters are ~130 N each (MISSION.md P2.4); two
  // along one axis on a 7.1 t Soyuz give ~0.036 m/s^2.
  double maxAccelMps2 = 0.036;

  double approachSpeedMaxMps = 1.0;  // Approach / StationKeep speed cap
  double flyAroundSpeedMps = 0.5;    // tangential speed of the fly-around (0.15 deg/s at 200 m)
  double finalSpeedMaxMps = 0.5;     // final-approach closing-speed cap
  double contactSpeedMps = 0.1;      // closing speed at contact (MISSION.md P2.3: ~0.1-0.15)
  double finalSpeedPerM = 0.0025;    // closing speed = contact + this * distance (1/s)

  double positionGainPerS = 0.05;  // how fast the field closes position errors
  double velocityGainPerS = 0.5;   // velocity tracking bandwidth

  // Completion tolerances for Approach, StationKeep and FlyAround.
  double holdToleranceM = 1.0;
  double holdSpeedToleranceMps = 0.1;
  double alignToleranceRad = 0.5 * astro::kDegToRad;
};

struct ProximityStatus {
  double rangeM = 0.0;           // |chaser docking unit - port|
  double rangeRateMps = 0.0;     // d(range)/dt (negative when closing)
  double axialDistanceM = 0.0;   // along the docking axis (0 at the docking plane)
  double closingSpeedMps = 0.0;  // -d(axial distance)/dt
  double lateralErrorM = 0.0;    // distance from the docking axis
  double axisAngleRad = 0.0;     // angle between the port-to-chaser line and the axis
  double referenceErrorM = 0.0;  // from the mode's reference (hold point, sphere, axis)
  bool complete = false;         // mode goal reached (FinalApproach: contact)
  bool contact = false;          // axial distance <= 0
};

struct ProximityCommand {
  glm::dvec3 accelTeme{0.0};  // thrust acceleration to apply to the chaser, m/s^2, inertial
  bool saturated = false;     // the request exceeded maxAccelMps2 and was scaled down
  ProximityStatus status;
};

// One guidance evaluation. `dockingUnit` is the inertial state of the
// chaser's docking unit (its probe tip), assumed to accelerate with the
// chaser's centre of mass (no attitude motion). Sample it once per fixed step
// and hold the command over the step.
ProximityCommand proximityGuidance(const StateVector& dockingUnit, const PortState& port,
                                   const ProximityParams& params);

}  // namespace rv::sim
