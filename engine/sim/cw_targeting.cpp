#include "sim/cw_targeting.h"

#include <cmath>

namespace rv::sim {

namespace {

// glm's 9-scalar constructor fills column by column; this takes rows, as the
// equations are written.
glm::dmat3 rows(double a00, double a01, double a02, double a10, double a11, double a12, double a20,
                double a21, double a22) {
  return glm::transpose(glm::dmat3(a00, a01, a02, a10, a11, a12, a20, a21, a22));
}

}  // namespace

CwStm cwStm(double n, double t) {
  // Closed-form CW solution: the classic Hill-frame solution (Curtis §7.5,
  // radial R, along-track S, normal W) with x = S, y = -W, z = -R; it matches
  // Fehse 2003 ch. 3. Checked against numerical integration in
  // cw_targeting_test.cpp.
  const double s = std::sin(n * t);
  const double c = std::cos(n * t);
  CwStm m;
  if (n == 0.0) {
    // Free space limit: straight lines.
    m.rv = glm::dmat3(t);
    return m;
  }
  m.rr = rows(1.0, 0.0, 6.0 * (n * t - s),  //
              0.0, c, 0.0,                  //
              0.0, 0.0, 4.0 - 3.0 * c);
  m.rv = rows((4.0 * s - 3.0 * n * t) / n, 0.0, 2.0 * (1.0 - c) / n,  //
              0.0, s / n, 0.0,                                        //
              -2.0 * (1.0 - c) / n, 0.0, s / n);
  m.vr = rows(0.0, 0.0, 6.0 * n * (1.0 - c),  //
              0.0, -n * s, 0.0,               //
              0.0, 0.0, 3.0 * n * s);
  m.vv = rows(4.0 * c - 3.0, 0.0, 2.0 * s,  //
              0.0, c, 0.0,                  //
              -2.0 * s, 0.0, c);
  return m;
}

CwState cwPropagate(const CwState& s0, double n, double dt) {
  const CwStm m = cwStm(n, dt);
  return {m.rr * s0.posLvlh + m.rv * s0.velLvlh, m.vr * s0.posLvlh + m.vv * s0.velLvlh};
}

std::optional<CwTransfer> cwTwoImpulse(const CwState& s0, const glm::dvec3& posTarget, double dt,
                                       double n, const glm::dvec3& velTarget) {
  if (!(dt > 0.0)) return std::nullopt;
  const CwStm m = cwStm(n, dt);
  // Scale-free singularity test: det(rv) has units s^3, compare with dt^3
  // (the free-space value). The out-of-plane factor sin(nt)/n alone vanishes
  // at n t = k pi; the in-plane 2x2 block at n t = 2 k pi.
  const double det = glm::determinant(m.rv);
  if (!(std::abs(det) > 1e-9 * dt * dt * dt)) return std::nullopt;
  const glm::dvec3 v0Plus = glm::inverse(m.rv) * (posTarget - m.rr * s0.posLvlh);
  CwTransfer tr;
  tr.dv1Lvlh = v0Plus - s0.velLvlh;
  tr.velArrivalLvlh = m.vr * s0.posLvlh + m.vv * v0Plus;
  tr.dv2Lvlh = velTarget - tr.velArrivalLvlh;
  return tr;
}

}  // namespace rv::sim
