#include "sim/lvlh_frame.h"

#include "astro/constants.h"

#include <cassert>
#include <cmath>

namespace rv::sim {

glm::dmat3 LvlhFrame::toLvlh() const {
  // Columns of the transpose are the axes, so the rows of toLvlh are x, y, z.
  return glm::transpose(glm::dmat3(xTeme, yTeme, zTeme));
}

glm::dmat3 LvlhFrame::toTeme() const {
  return glm::dmat3(xTeme, yTeme, zTeme);
}

LvlhFrame lvlhFrame(const StateVector& target) {
  LvlhFrame f;
  const glm::dvec3& r = target.posTeme;
  const glm::dvec3& v = target.velTeme;
  const glm::dvec3 h = glm::cross(r, v);
  const double r2 = glm::dot(r, r);
  const double hLen = glm::length(h);
  assert(r2 > 0.0 && hLen > 0.0 &&
         "lvlhFrame: target needs non-zero position and angular momentum");
  f.originTeme = r;
  f.originVelTeme = v;
  if (!(r2 > 0.0) || !(hLen > 0.0)) return f;
  f.zTeme = -r / std::sqrt(r2);
  f.yTeme = -h / hLen;
  f.xTeme = glm::cross(f.yTeme, f.zTeme);
  f.omegaTeme = h / r2;
  return f;
}

glm::dvec3 vectorToLvlh(const LvlhFrame& f, const glm::dvec3& vTeme) {
  return {glm::dot(f.xTeme, vTeme), glm::dot(f.yTeme, vTeme), glm::dot(f.zTeme, vTeme)};
}

glm::dvec3 vectorToTeme(const LvlhFrame& f, const glm::dvec3& vLvlh) {
  return vLvlh.x * f.xTeme + vLvlh.y * f.yTeme + vLvlh.z * f.zTeme;
}

RelativeState relativeStateLvlh(const LvlhFrame& f, const StateVector& chaser) {
  const glm::dvec3 dr = chaser.posTeme - f.originTeme;
  const glm::dvec3 dv = chaser.velTeme - f.originVelTeme;
  // Transport theorem: d/dt in the rotating frame = d/dt inertial - omega x.
  return {vectorToLvlh(f, dr), vectorToLvlh(f, dv - glm::cross(f.omegaTeme, dr))};
}

RelativeState relativeStateLvlh(const StateVector& target, const StateVector& chaser) {
  return relativeStateLvlh(lvlhFrame(target), chaser);
}

StateVector inertialFromLvlh(const LvlhFrame& f, const RelativeState& rel) {
  const glm::dvec3 dr = vectorToTeme(f, rel.posLvlh);
  const glm::dvec3 dv = vectorToTeme(f, rel.velLvlh) + glm::cross(f.omegaTeme, dr);
  return {f.originTeme + dr, f.originVelTeme + dv};
}

StateVector inertialFromLvlh(const StateVector& target, const RelativeState& rel) {
  return inertialFromLvlh(lvlhFrame(target), rel);
}

double meanMotion(const StateVector& target) {
  // Semi-major axis from vis-viva, so a near-circular target gets its mean
  // rate, not the instantaneous rate at perigee or apogee.
  const double r = glm::length(target.posTeme);
  const double v2 = glm::dot(target.velTeme, target.velTeme);
  const double invA = 2.0 / r - v2 / astro::kEarthGm;
  const double a = invA > 0.0 ? 1.0 / invA : r;  // hyperbolic target: fall back to r
  return std::sqrt(astro::kEarthGm / (a * a * a));
}

}  // namespace rv::sim
