#include "sim/iss_ephemeris.h"

#include <cmath>

#include "astro/constants.h"
#include "astro/tle.h"
#include "sim/lvlh_frame.h"

namespace rv::sim {

Result<IssEphemeris> IssEphemeris::create(const IssConfig& config) {
  const auto tle = astro::parseTle(config.tleLine1, config.tleLine2);
  if (!tle) return fail("iss TLE: " + tle.error().message, ErrorKind::kBadInput);
  auto sgp4 = astro::Sgp4::create(*tle);
  if (!sgp4) return fail("iss TLE: " + sgp4.error().message, ErrorKind::kBadInput);
  IssEphemeris e(config, std::move(*sgp4));
  // Torque-equilibrium attitude: yaw about LVLH Z, then pitch about the new Y,
  // then roll about the new X (the usual YPR sequence of ISS attitude data).
  using astro::kDegToRad;
  const glm::dquat yaw = glm::angleAxis(config.teaYawDeg * kDegToRad, glm::dvec3(0, 0, 1));
  const glm::dquat pitch = glm::angleAxis(config.teaPitchDeg * kDegToRad, glm::dvec3(0, 1, 0));
  const glm::dquat roll = glm::angleAxis(config.teaRollDeg * kDegToRad, glm::dvec3(1, 0, 0));
  e.m_bodyFromLvlh = yaw * pitch * roll;  // body -> LVLH
  return e;
}

Result<StateVector> IssEphemeris::checkedState(double utcS) const {
  auto s = m_sgp4.propagateUtc(utcS);
  if (!s) return s.takeError();
  return StateVector{s->posTeme, s->velTeme};
}

StateVector IssEphemeris::state(double utcS) const {
  return checkedState(utcS).value_or(StateVector{});
}

glm::dquat IssEphemeris::attitudeFromState(const StateVector& s) const {
  const LvlhFrame f = lvlhFrame(s);
  // Columns of the LVLH -> TEME matrix are the LVLH axes in TEME.
  const glm::dmat3 lvlhToTeme(f.xTeme, f.yTeme, f.zTeme);
  return glm::normalize(glm::quat_cast(lvlhToTeme) * m_bodyFromLvlh);
}

glm::dquat IssEphemeris::attitude(double utcS) const {
  return attitudeFromState(state(utcS));
}

DockingPort IssEphemeris::portFromState(const StateVector& s) const {
  const glm::dquat q = attitudeFromState(s);
  const glm::dvec3 offsetTeme = q * m_config.portPosBodyM;
  // The body frame turns with LVLH at the orbital rate.
  const glm::dvec3 omega = glm::cross(s.posTeme, s.velTeme) / glm::dot(s.posTeme, s.posTeme);
  DockingPort p;
  p.posTeme = s.posTeme + offsetTeme;
  p.velTeme = s.velTeme + glm::cross(omega, offsetTeme);
  p.axisTeme = glm::normalize(q * m_config.portAxisBody);
  return p;
}

DockingPort IssEphemeris::port(double utcS) const {
  return portFromState(state(utcS));
}

}  // namespace rv::sim
