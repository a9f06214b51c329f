#pragma once
// Proximity operations to the Rassvet nadir port: the reference path of the
// Soyuz docking-probe tip relative to the ISS, and the translation control
// law that follows it.
//
// Reference path, in the ISS LVLH frame (lvlh_frame.h) relative to the ISS
// body origin (the port is fixed in it, since the ISS holds its LVLH
// attitude):
//   approach        cubic from the state at the end of the phasing burns to
//                   the approach point (behind the station) at rest;
//   fly-around      an arc about the port, radius and angle blended smoothly,
//                   from the approach point onto the port axis at the
//                   station-keeping range;
//   station-keeping on the port axis;
//   manual approach after the switch to manual control and a hold: along the
//                   port axis with closing speed v = v_contact + k * range
//                   (range falling exponentially toward -v_contact/k, so the
//                   probe reaches the port at v_contact).
// Control: acceleration = reference feed-forward (relative motion in the
// rotating frame, gravity difference) + PD on position and velocity error,
// limited to what the thrusters give. The crew's manual flying is stood in
// for by the same loop following the manual approach law.

#include <glm/glm.hpp>

#include "sim/lvlh_frame.h"
#include "sim/mission_config.h"
#include "sim/mission_objects.h"
#include "sim/state_vector.h"

namespace rv::sim {

struct ApproachPlan {
  double approachStartUtcS = 0.0;
  glm::dvec3 startPosLvlh{0.0}; // probe tip relative to the ISS origin, at approach start
  glm::dvec3 startVelLvlh{0.0};
  glm::dvec3 portLvlh{0.0};     // port centre relative to the ISS origin
  glm::dvec3 portAxisLvlh{0.0, 0.0, 1.0};
  double approachEndUtcS = 0.0;
  glm::dvec3 approachPointRelPortLvlh{0.0};
  double flyaroundStartUtcS = 0.0;
  double flyaroundEndUtcS = 0.0;
  double stationkeepRangeM = 0.0;
  double manualStartUtcS = 0.0;    // switch to manual: hold begins
  double manualApproachUtcS = 0.0; // hold ends, closing begins
  double gainPerS = 0.0;
  double contactSpeedMs = 0.0;
};

struct ReferencePoint {
  glm::dvec3 posLvlh{0.0}; // relative to the ISS origin
  glm::dvec3 velLvlh{0.0};
  glm::dvec3 accLvlh{0.0};
  Phase phase = Phase::Approach;
};

ReferencePoint approachReference(const ApproachPlan& plan, double utcS);

// Non-gravitational acceleration command (TEME) for the probe tip at
// (posTeme, velTeme) to follow the reference, limited to maxAccel.
// `iss` (the SGP4 state) sets the LVLH frame; issVelTeme and issAccelTeme
// are the velocity and acceleration of the station's position as its
// ephemeris moves (differences of SGP4 positions). SGP4 is a mean-element
// theory: its motion departs from the J2-J4 field by up to ~1e-3 m/s^2 and
// its velocity output is not exactly the derivative of its position, which
// a gravity feed-forward would leave as a steady offset of tens of
// centimetres at the port.
glm::dvec3 trackingAccel(const StateVector& iss, const glm::dvec3& issVelTeme,
                         const glm::dvec3& issAccelTeme, const ReferencePoint& ref,
                         const glm::dvec3& posTeme, const glm::dvec3& velTeme,
                         double bandwidthRadS, double maxAccel);

} // namespace rv::sim
