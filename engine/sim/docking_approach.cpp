#include "sim/docking_approach.h"

#include <algorithm>
#include <cmath>

#include "sim/gravity.h"

namespace rv::sim {
namespace {

double smoothstep(double s) {
  s = std::clamp(s, 0.0, 1.0);
  return s * s * (3.0 - 2.0 * s);
}

glm::dvec3 rotateAbout(const glm::dvec3& v, const glm::dvec3& k, double angle) {
  // Rodrigues' formula; k is a unit vector.
  return v * std::cos(angle) + glm::cross(k, v) * std::sin(angle) +
         k * glm::dot(k, v) * (1.0 - std::cos(angle));
}

struct PathPoint {
  glm::dvec3 pos;
  Phase phase;
};

PathPoint pathPosition(const ApproachPlan& p, double t) {
  const glm::dvec3 approachPoint = p.portLvlh + p.approachPointRelPortLvlh;
  if (t < p.approachEndUtcS) {
    // Cubic Hermite from the start state to the approach point at rest.
    const double span = p.approachEndUtcS - p.approachStartUtcS;
    const double s = std::clamp((t - p.approachStartUtcS) / span, 0.0, 1.0);
    const double s2 = s * s, s3 = s2 * s;
    return {(2 * s3 - 3 * s2 + 1) * p.startPosLvlh + (s3 - 2 * s2 + s) * span * p.startVelLvlh +
                (-2 * s3 + 3 * s2) * approachPoint,
            Phase::Approach};
  }
  const glm::dvec3 u0 = glm::normalize(p.approachPointRelPortLvlh);
  const double r0 = glm::length(p.approachPointRelPortLvlh);
  const glm::dvec3 u1 = p.portAxisLvlh;
  const double r1 = p.stationkeepRangeM;
  if (t < p.flyaroundStartUtcS) return {approachPoint, Phase::Approach};
  if (t < p.flyaroundEndUtcS) {
    const double s = smoothstep((t - p.flyaroundStartUtcS) / (p.flyaroundEndUtcS - p.flyaroundStartUtcS));
    const glm::dvec3 k = glm::normalize(glm::cross(u0, u1));
    const double angle = std::acos(std::clamp(glm::dot(u0, u1), -1.0, 1.0));
    const glm::dvec3 dir = rotateAbout(u0, k, angle * s);
    return {p.portLvlh + (r0 + (r1 - r0) * s) * dir, Phase::Flyaround};
  }
  if (t < p.manualApproachUtcS) {
    return {p.portLvlh + r1 * u1, t < p.manualStartUtcS ? Phase::Stationkeeping : Phase::ManualApproach};
  }
  // d' = -(vc + k d): d(t) = (d0 + vc/k) exp(-k tau) - vc/k.
  const double k = p.gainPerS;
  const double vc = p.contactSpeedMs;
  const double tau = t - p.manualApproachUtcS;
  const double d = (r1 + vc / k) * std::exp(-k * tau) - vc / k;
  return {p.portLvlh + d * u1, Phase::ManualApproach};
}

} // namespace

ReferencePoint approachReference(const ApproachPlan& plan, double t) {
  // Velocity and acceleration by central differences of the path: the path
  // is smooth within each segment and the loop gains are low, so the small
  // blips at segment joins do nothing visible.
  constexpr double h = 0.05;
  const PathPoint p0 = pathPosition(plan, t);
  const glm::dvec3 pm = pathPosition(plan, t - h).pos;
  const glm::dvec3 pp = pathPosition(plan, t + h).pos;
  ReferencePoint r;
  r.posLvlh = p0.pos;
  r.velLvlh = (pp - pm) / (2.0 * h);
  r.accLvlh = (pp - 2.0 * p0.pos + pm) / (h * h);
  r.phase = p0.phase;
  return r;
}

glm::dvec3 trackingAccel(const StateVector& iss, const glm::dvec3& issVelTeme,
                         const glm::dvec3& issAccelTeme, const ReferencePoint& ref,
                         const glm::dvec3& pos, const glm::dvec3& vel, double bandwidth,
                         double maxAccel) {
  const LvlhFrame f = lvlhFrame(iss);
  const glm::dmat3 toTeme = f.toTeme();
  const glm::dvec3 w = f.omegaTeme;
  const glm::dvec3 rho = toTeme * ref.posLvlh;
  const glm::dvec3 rhoDot = toTeme * ref.velLvlh;
  const glm::dvec3 rhoDdot = toTeme * ref.accLvlh;
  const glm::dvec3 refPos = iss.posTeme + rho;
  const glm::dvec3 refVel = issVelTeme + rhoDot + glm::cross(w, rho);
  const glm::dvec3 refAcc = issAccelTeme + rhoDdot + 2.0 * glm::cross(w, rhoDot) +
                            glm::cross(w, glm::cross(w, rho));
  const double kp = bandwidth * bandwidth;
  const double kd = 2.0 * bandwidth;
  glm::dvec3 a = refAcc - gravityAccel(pos) + kp * (refPos - pos) + kd * (refVel - vel);
  const double m = glm::length(a);
  if (m > maxAccel) a *= maxAccel / m;
  return a;
}

} // namespace rv::sim
