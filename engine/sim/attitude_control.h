#pragma once
// Attitude control of the Soyuz: the torque that turns the body toward a
// target attitude, for the thrusters of reaction_control.h to approximate.
//
// A rate-command law: the commanded body rate points along the attitude
// error (an eigen-axis slew), proportional to the error and capped at the
// slew rate; the torque drives the body rate to it in about 1/rateLoopPerS
// seconds and cancels the gyroscopic term. With on/off thrusters and a
// minimum pulse this holds the attitude inside a small limit cycle, and a
// slew takes the time the thrusters' torque and the inertia allow: the
// acceleration phase at the couples' torque, then a coast at the slew rate.
#include <glm/glm.hpp>
#include <glm/gtc/quaternion.hpp>

#include "sim/rigid_body.h"

namespace rv::sim {

struct AttitudeGains {
  double maxRateRadS = 0.0175;  // slew rate cap (1 deg/s)
  // Commanded rate per radian of error, and the rate loop's bandwidth (the
  // inner loop five times the outer, for a well-damped hold). With the
  // DPO-B's minimum pulse these hold the attitude to ~0.2 deg.
  double anglePerS = 0.4;
  double rateLoopPerS = 2.0;
};

// Body torque (N m) to turn `now` toward `target`, which itself turns at
// targetRateTeme (rad/s, inertial axes; e.g. the orbital rate for an LVLH
// attitude) so that the attitude is tracked without lag.
glm::dvec3 attitudeTorque(const AttitudeState& now, const glm::dquat& target,
                          const glm::dvec3& targetRateTeme, const glm::dvec3& inertiaDiagKgM2,
                          const AttitudeGains& gains);

}  // namespace rv::sim
