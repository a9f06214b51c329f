#include "sim/proximity_guidance.h"

#include "sim/gravity.h"
#include "sim/lvlh_frame.h"

#include <algorithm>
#include <cmath>

namespace rv::sim {

namespace {

glm::dvec3 capLength(const glm::dvec3& v, double maxLen) {
  const double len = glm::length(v);
  return len > maxLen ? v * (maxLen / len) : v;
}

// Any unit vector perpendicular to u (for the degenerate fly-around start
// exactly opposite the axis).
glm::dvec3 anyPerpendicular(const glm::dvec3& u) {
  const glm::dvec3 a = std::abs(u.x) < 0.9 ? glm::dvec3(1, 0, 0) : glm::dvec3(0, 1, 0);
  return glm::normalize(glm::cross(u, a));
}

// Desired velocity relative to the rotating port frame at relative position
// p (port to docking unit, inertial axes), for the mode in `prm`.
glm::dvec3 desiredVelocity(const glm::dvec3& p, const glm::dvec3& axis,
                           const ProximityParams& prm) {
  const double kp = prm.positionGainPerS;
  switch (prm.mode) {
    case ProximityMode::Approach:
    case ProximityMode::StationKeep: {
      // Toward the hold point; speed proportional to distance, capped, so
      // the path in the port frame is a straight line.
      return capLength(kp * (prm.holdOffsetTeme - p), prm.approachSpeedMaxMps);
    }
    case ProximityMode::FlyAround: {
      const double r = glm::length(p);
      if (!(r > 0.0)) return glm::dvec3(0.0);
      const glm::dvec3 u = p / r;
      const double cosA = glm::clamp(glm::dot(u, axis), -1.0, 1.0);
      const double angle = std::acos(cosA);
      glm::dvec3 toward = axis - cosA * u;  // along the great circle toward the axis
      const double tl = glm::length(toward);
      toward = tl > 1e-9 ? toward / tl : anyPerpendicular(u);
      // Tangential speed slows near the axis (same time constant as the
      // other fields); radial term holds the range.
      const double vTan = std::min(prm.flyAroundSpeedMps, kp * prm.flyAroundRangeM * angle);
      const double vRad = glm::clamp(kp * (prm.flyAroundRangeM - r), -prm.approachSpeedMaxMps,
                                     prm.approachSpeedMaxMps);
      return vTan * toward + vRad * u;
    }
    case ProximityMode::FinalApproach: {
      const double s = glm::dot(p, axis);
      const glm::dvec3 lateral = p - s * axis;
      // Closing speed falls linearly with distance (MISSION.md P2.3: "falls
      // roughly in proportion to range, to about 0.1-0.15 m/s at contact").
      const double vClose = std::min(prm.finalSpeedMaxMps,
                                     prm.contactSpeedMps + prm.finalSpeedPerM * std::max(s, 0.0));
      return -vClose * axis - capLength(kp * lateral, prm.approachSpeedMaxMps);
    }
  }
  return glm::dvec3(0.0);
}

}  // namespace

PortState portStateLvlhHeld(const StateVector& station, const glm::dvec3& portOffsetLvlh,
                            const glm::dvec3& portAxisLvlh) {
  const LvlhFrame f = lvlhFrame(station);
  const glm::dvec3 offset = vectorToTeme(f, portOffsetLvlh);
  PortState port;
  port.angVelTeme = f.omegaTeme;
  port.posTeme = station.posTeme + offset;
  port.velTeme = station.velTeme + glm::cross(f.omegaTeme, offset);
  port.accTeme =
      gravityAccel(station.posTeme) + glm::cross(f.omegaTeme, glm::cross(f.omegaTeme, offset));
  port.axisTeme = glm::normalize(vectorToTeme(f, portAxisLvlh));
  return port;
}

ProximityCommand proximityGuidance(const StateVector& du, const PortState& port,
                                   const ProximityParams& prm) {
  ProximityCommand cmd;
  const glm::dvec3 axis = glm::normalize(port.axisTeme);
  const glm::dvec3& w = port.angVelTeme;
  const glm::dvec3 p = du.posTeme - port.posTeme;
  // Velocity seen from the rotating port frame (transport theorem).
  const glm::dvec3 v = du.velTeme - port.velTeme - glm::cross(w, p);

  // Status.
  ProximityStatus& st = cmd.status;
  st.rangeM = glm::length(p);
  st.rangeRateMps = st.rangeM > 0.0 ? glm::dot(p, v) / st.rangeM : 0.0;
  st.axialDistanceM = glm::dot(p, axis);
  st.closingSpeedMps = -glm::dot(v, axis);
  st.lateralErrorM = glm::length(p - st.axialDistanceM * axis);
  st.axisAngleRad =
      st.rangeM > 0.0 ? std::acos(glm::clamp(glm::dot(p, axis) / st.rangeM, -1.0, 1.0)) : 0.0;
  st.contact = st.axialDistanceM <= 0.0;
  const double speed = glm::length(v);
  switch (prm.mode) {
    case ProximityMode::Approach:
    case ProximityMode::StationKeep:
      st.referenceErrorM = glm::length(p - prm.holdOffsetTeme);
      st.complete = st.referenceErrorM < prm.holdToleranceM && speed < prm.holdSpeedToleranceMps;
      break;
    case ProximityMode::FlyAround:
      st.referenceErrorM = std::abs(st.rangeM - prm.flyAroundRangeM);
      st.complete = st.axisAngleRad < prm.alignToleranceRad &&
                    st.referenceErrorM < prm.holdToleranceM && speed < prm.holdSpeedToleranceMps;
      break;
    case ProximityMode::FinalApproach:
      st.referenceErrorM = st.lateralErrorM;
      st.complete = st.contact;
      break;
  }

  // Velocity-field tracking in the rotating frame. Feed-forward: the rate of
  // change of v_des along the actual motion, by a central difference over
  // +-0.5 s of travel (smooths the field's corners at the speed caps).
  const glm::dvec3 vDes = desiredVelocity(p, axis, prm);
  constexpr double kFfWindowS = 0.5;
  const glm::dvec3 aFf = (desiredVelocity(p + kFfWindowS * v, axis, prm) -
                          desiredVelocity(p - kFfWindowS * v, axis, prm)) /
                         (2.0 * kFfWindowS);
  const glm::dvec3 aRot = prm.velocityGainPerS * (vDes - v) + aFf;

  // Rotating-frame acceleration -> inertial thrust acceleration:
  //   p'' (inertial) = g(chaser) + thrust - a_port
  //                  = a_rot + 2 w x v + w x (w x p)   (w constant)
  const glm::dvec3 thrust = aRot + 2.0 * glm::cross(w, v) + glm::cross(w, glm::cross(w, p)) +
                            port.accTeme - gravityAccel(du.posTeme);
  const double len = glm::length(thrust);
  if (len > prm.maxAccelMps2 && len > 0.0) {
    cmd.accelTeme = thrust * (prm.maxAccelMps2 / len);
    cmd.saturated = true;
  } else {
    cmd.accelTeme = thrust;
  }
  return cmd;
}

}  // namespace rv::sim
