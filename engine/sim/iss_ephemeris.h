#pragma once
// The ISS for the mission: its state from SGP4 of the mission file's TLE (not
// integrated), its attitude (LVLH +XVV with the torque-equilibrium yaw, pitch
// and roll of the mission file) and the Rassvet nadir port that follows from
// them. Every query is a pure function of the UTC instant, so the timeline
// evaluates it at the exact query time instead of storing it.
//
// ISS body frame (SSACS, SOURCES S5 and S8): origin at the S0 truss centre,
// +X forward, +Y starboard, +Z nadir. The SGP4 position is taken as that
// origin (the centre of mass lies within a few metres of it).

#include <optional>
#include <string>

#include <glm/glm.hpp>
#include <glm/gtc/quaternion.hpp>

#include "astro/sgp4.h"
#include "base/result.h"
#include "sim/mission_config.h"
#include "sim/state_vector.h"

namespace rv::sim {

struct DockingPort {
  glm::dvec3 posTeme{0.0};             // docking-plane centre, m
  glm::dvec3 velTeme{0.0};             // m/s (orbital motion plus the attitude's rotation)
  glm::dvec3 axisTeme{0.0, 0.0, 1.0};  // outward docking axis (unit)
};

class IssEphemeris {
 public:
  // Fails when the TLE does not parse or SGP4 rejects it.
  static Result<IssEphemeris> create(const IssConfig& config);

  // The station's state; a zero state where SGP4 cannot propagate the TLE
  // (simulateMission refuses such a TLE for the mission's span, with
  // checkedState's reason, so the timeline never meets one).
  StateVector state(double utcS) const;
  Result<StateVector> checkedState(double utcS) const;
  // Body -> TEME rotation.
  glm::dquat attitude(double utcS) const;
  DockingPort port(double utcS) const;
  // Body -> TEME rotation from a known state (saves an SGP4 call).
  glm::dquat attitudeFromState(const StateVector& s) const;
  DockingPort portFromState(const StateVector& s) const;
  const IssConfig& config() const { return m_config; }
  // The port centre and outward axis in the ISS LVLH frame (fixed, since the
  // station holds its attitude in LVLH).
  glm::dvec3 portPosLvlh() const { return m_bodyFromLvlh * m_config.portPosBodyM; }
  glm::dvec3 portAxisLvlh() const { return glm::normalize(m_bodyFromLvlh * m_config.portAxisBody); }

 private:
  IssEphemeris(const IssConfig& c, astro::Sgp4 sgp4) : m_config(c), m_sgp4(std::move(sgp4)) {}
  IssConfig m_config;
  astro::Sgp4 m_sgp4;
  glm::dquat m_bodyFromLvlh{1.0, 0.0, 0.0, 0.0};  // rotates body vectors into LVLH
};

}  // namespace rv::sim
