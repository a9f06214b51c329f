#include "sim/kurs_automaton.h"

#include <algorithm>
#include <cmath>

namespace rv::sim {
namespace {

VelocityCommand command(const glm::dvec3& velLvlh, const KursConfig& c) {
  return {velLvlh, c.deadbandMs + c.deadbandFraction * glm::length(velLvlh), true};
}

double bandSpeed(const KursState& s, const KursConfig& c) {
  return s.gatesPassed == 0 ? c.initialClosingMs : c.gates[s.gatesPassed - 1].speedMs;
}

// Along the sphere of the fly-around range toward the docking axis, slowing
// over the last few degrees; the radial error closes at 1/100 s.
glm::dvec3 flyaroundVelocity(const PortRelative& m, const KursConfig& c) {
  const glm::dvec3 out = m.posLvlh / std::max(m.rangeM, 1e-9);
  glm::dvec3 toward = m.axisLvlh - glm::dot(m.axisLvlh, out) * out;
  const double len = glm::length(toward);
  toward = len > 1e-12 ? toward / len : glm::dvec3(0.0);
  constexpr double kSlowRad = 0.1;  // ~6 deg
  const double swing = c.flyaroundSpeedMs * std::min(1.0, m.axisAngleRad / kSlowRad);
  return swing * toward + 0.01 * (c.flyaroundRangeM - m.rangeM) * out;
}

}  // namespace

glm::dvec3 axialApproachVelocity(const PortRelative& m, double closingMs, double lateralGainPerS) {
  glm::dvec3 lateral = -lateralGainPerS * m.lateralLvlh;
  const double cap = 0.2 * closingMs + 0.05;
  const double l = glm::length(lateral);
  if (l > cap) lateral *= cap / l;
  return -closingMs * m.axisLvlh + lateral;
}

KursStep kursStep(const KursState& state, const PortRelative& m, const KursConfig& c, double dt) {
  KursStep out;
  out.next = state;
  KursState& s = out.next;
  // Transitions, each on the measured state.
  if (s.phase == Phase::Approach) {
    if (s.gatesPassed < c.gates.size() && m.rangeM <= c.gates[s.gatesPassed].rangeM) {
      ++s.gatesPassed;
      out.transition = KursTransition::GatePassed;
    }
    if (m.rangeM <= c.flyaroundRangeM) {
      s.phase = Phase::Flyaround;
      out.transition = KursTransition::FlyaroundStart;
    }
  } else if (s.phase == Phase::Flyaround && m.axisAngleRad <= c.alignToleranceRad) {
    s.phase = Phase::Stationkeeping;
    s.heldS = 0.0;
    out.transition = KursTransition::StationkeepingStart;
  }
  // The command of the phase it is in now.
  if (s.phase == Phase::Approach) {
    out.command = command(-bandSpeed(s, c) * m.posLvlh / std::max(m.rangeM, 1e-9), c);
  } else if (s.phase == Phase::Flyaround) {
    out.command = command(flyaroundVelocity(m, c), c);
  } else if (s.phase == Phase::Stationkeeping) {
    // Close to the hold point on the axis; the hold counts once there, and
    // its end (the "go") starts the final approach from the next step.
    const double toGo = m.axialM - c.stationkeepRangeM;
    const double closing = std::clamp(0.02 * toGo, -0.3, 0.3);
    out.command = command(axialApproachVelocity(m, closing, c.lateralGainPerS), c);
    const bool there = std::abs(toGo) < 3.0 && std::abs(m.rangeRateMs) < 0.05;
    if (there) s.heldS += dt;
    if (s.heldS >= c.stationkeepHoldS) {
      s.phase = Phase::FinalApproach;
      out.transition = KursTransition::FinalApproachStart;
    }
  } else if (s.phase == Phase::FinalApproach) {
    const double closing = c.contactSpeedMs + c.finalGainPerS * std::max(m.axialM, 0.0);
    out.command = command(axialApproachVelocity(m, closing, c.lateralGainPerS), c);
  }
  return out;
}

}  // namespace rv::sim
