#include "sim/ascent_guidance.h"

#include <algorithm>
#include <cmath>

#include "astro/constants.h"

namespace rv::sim {

using astro::kEarthGm;

glm::dvec3 targetPlaneNormal(const glm::dvec3& issPos, const glm::dvec3& issVel,
                             double inclinationRad) {
  const glm::dvec3 h = glm::cross(issPos, issVel);
  const double raan = std::atan2(h.x, -h.y);
  return {std::sin(inclinationRad) * std::sin(raan), -std::sin(inclinationRad) * std::cos(raan),
          std::cos(inclinationRad)};
}

double inertialLaunchAzimuthRad(const glm::dvec3& site, const glm::dvec3& n) {
  const glm::dvec3 up = glm::normalize(site);
  const glm::dvec3 east = glm::normalize(glm::cross(glm::dvec3(0, 0, 1), up));
  const glm::dvec3 north = glm::cross(up, east);
  const glm::dvec3 downrange = glm::normalize(glm::cross(n, up));
  double az = std::atan2(glm::dot(downrange, east), glm::dot(downrange, north));
  if (az < 0.0) az += astro::kTwoPi;
  return az;
}

double pitchProgramDeg(const std::vector<PitchPoint>& program, double metS) {
  if (program.empty()) return 0.0;
  if (metS <= program.front().metS) return program.front().pitchFromVerticalDeg;
  for (size_t i = 1; i < program.size(); ++i) {
    if (metS < program[i].metS) {
      const PitchPoint& a = program[i - 1];
      const PitchPoint& b = program[i];
      const double s = (metS - a.metS) / (b.metS - a.metS);
      return a.pitchFromVerticalDeg + s * (b.pitchFromVerticalDeg - a.pitchFromVerticalDeg);
    }
  }
  return program.back().pitchFromVerticalDeg;
}

PegTarget pegTarget(double perigeeHeightM, double apogeeHeightM) {
  PegTarget t;
  const double rp = astro::kWgs84A + perigeeHeightM;
  const double ra = astro::kWgs84A + apogeeHeightM;
  t.semiMajorAxisM = 0.5 * (rp + ra);
  t.radiusM = rp;
  t.radialSpeedMs = 0.0;
  t.horizontalSpeedMs = std::sqrt(kEarthGm * (2.0 / rp - 1.0 / t.semiMajorAxisM));
  return t;
}

double outOfPlaneFraction(const glm::dvec3& pos, const glm::dvec3& vel, const glm::dvec3& n,
                          double thrustAccel, double timeToGoS, double limit) {
  if (thrustAccel <= 0.0 || timeToGoS <= 0.0) return 0.0;
  const double rn = glm::dot(pos, n);
  const double vn = glm::dot(vel, n);
  const double t = timeToGoS;
  // a_n(tau) = c0 + c1 tau with v_n(T) = 0 and r_n(T) = 0.
  const double c1 = (rn + 0.5 * vn * t) * 12.0 / (t * t * t);
  const double c0 = (-vn - 0.5 * c1 * t * t) / t;
  return std::clamp(c0 / thrustAccel, -limit, limit);
}

glm::dvec3 programSteer(const glm::dvec3& pos, const glm::dvec3& n, double pitchRad,
                        double outOfPlane) {
  const glm::dvec3 up = glm::normalize(pos);
  const glm::dvec3 downrange = glm::normalize(glm::cross(n, up));
  const glm::dvec3 inPlane = std::cos(pitchRad) * up + std::sin(pitchRad) * downrange;
  const double k = std::sqrt(std::max(0.0, 1.0 - outOfPlane * outOfPlane));
  return glm::normalize(k * inPlane + outOfPlane * n);
}

namespace {

// One PEG iteration: steering constants for the current time-to-go, then a
// new time-to-go from the angular-momentum gain.
void pegIterate(PegState& peg, const PegTarget& tg, double rm, double vr, double vt, double h,
                double acc, double ve) {
  const double tau = ve / acc;
  double t = std::clamp(peg.timeToGoS, 1.0, 0.99 * tau);
  const double b0 = -ve * std::log(1.0 - t / tau);
  const double b1 = b0 * tau - ve * t;
  const double c0 = b0 * t - b1;
  const double c1 = c0 * tau - 0.5 * ve * t * t;
  const double dvr = tg.radialSpeedMs - vr;
  const double dr = tg.radiusM - rm - vr * t;
  const double det = b0 * c1 - b1 * c0;
  if (std::abs(det) < 1e-12) return;
  peg.a = (dvr * c1 - b1 * dr) / det;
  peg.b = (b0 * dr - c0 * dvr) / det;

  const double hT = tg.radiusM * tg.horizontalSpeedMs;
  const double dh = hT - h;
  const double c = (kEarthGm / (rm * rm) - vt * vt / rm) / acc;
  const double fr = peg.a + c;
  const double accT = acc / (1.0 - t / tau);
  const double cT = (kEarthGm / (tg.radiusM * tg.radiusM) -
                     tg.horizontalSpeedMs * tg.horizontalSpeedMs / tg.radiusM) /
                    accT;
  const double frT = peg.a + peg.b * t + cT;
  const double frDot = (frT - fr) / t;
  const double fTh = 1.0 - 0.5 * fr * fr;
  const double fThDot = -fr * frDot;
  const double fThDdot = -0.5 * frDot * frDot;
  const double rBar = 0.5 * (rm + tg.radiusM);
  const double dv = (dh / rBar + ve * t * (fThDot + fThDdot * tau) + 0.5 * fThDdot * ve * t * t) /
                    (fTh + fThDot * tau + fThDdot * tau * tau);
  const double tNew = tau * (1.0 - std::exp(-dv / ve));
  if (std::isfinite(tNew) && tNew > 0.0) peg.timeToGoS = tNew;
}

}  // namespace

glm::dvec3 pegSteer(PegState& peg, const PegTarget& tg, const PegInputs& in) {
  const double rm = glm::length(in.posTeme);
  const glm::dvec3 up = in.posTeme / rm;
  const glm::dvec3 downrange = glm::normalize(glm::cross(in.planeNormal, up));
  const double vr = glm::dot(in.velTeme, up);
  const double vt = glm::dot(in.velTeme, downrange);
  const double h = rm * vt;
  constexpr double kFreezeS = 6.0;
  if (!peg.initialised) {
    peg.timeToGoS = 240.0;
    for (int i = 0; i < 30; ++i)
      pegIterate(peg, tg, rm, vr, vt, h, in.thrustAccel, in.exhaustSpeed);
    peg.initialised = true;
    peg.lastUpdateS = in.timeS;
  } else if (peg.timeToGoS - (in.timeS - peg.lastUpdateS) > kFreezeS) {
    peg.timeToGoS -= in.timeS - peg.lastUpdateS;
    peg.lastUpdateS = in.timeS;
    pegIterate(peg, tg, rm, vr, vt, h, in.thrustAccel, in.exhaustSpeed);
  }
  const double dt = in.timeS - peg.lastUpdateS;
  const double c = (kEarthGm / (rm * rm) - vt * vt / rm) / in.thrustAccel;
  const double fr = std::clamp(peg.a + peg.b * dt + c, -0.9, 0.9);
  const double tgo = std::max(peg.timeToGoS - dt, 1.0);
  const double fn = tgo > kFreezeS ? outOfPlaneFraction(in.posTeme, in.velTeme, in.planeNormal,
                                                        in.thrustAccel, tgo, 0.2)
                                   : 0.0;
  const double fh = std::sqrt(std::max(0.0, 1.0 - fr * fr - fn * fn));
  return glm::normalize(fr * up + fh * downrange + fn * in.planeNormal);
}

}  // namespace rv::sim
