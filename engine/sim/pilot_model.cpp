#include "sim/pilot_model.h"

#include <algorithm>
#include <cmath>

#include "sim/kurs_automaton.h"

namespace rv::sim {
namespace {

VelocityCommand pilotCommand(const glm::dvec3& vel, const PilotConfig& c) {
  return {vel, c.deadbandMs, true};
}

}  // namespace

PilotStep pilotStep(const PilotState& state, const PortRelative& m, const PilotConfig& c,
                    double dt) {
  PilotStep out;
  out.next = state;
  PilotState& s = out.next;
  s.stageS += dt;
  auto enter = [&s, &m](PilotStage stage) {
    s.stage = stage;
    s.stageS = 0.0;
    s.holdAxialM = m.axialM;
  };
  switch (s.stage) {
    case PilotStage::Reacting:
      // The ship's computer, losing Kurs, stops the approach on the last range
      // rate it had (a braking to zero closing speed) until the commander has
      // the hand controllers.
      out.command = pilotCommand(axialApproachVelocity(m, 0.0, 0.0), c);
      if (s.stageS >= c.reactionS)
        enter(m.axialM < c.backoffRangeM ? PilotStage::BackingOff : PilotStage::Settling);
      break;
    case PilotStage::BackingOff:
      out.command = pilotCommand(axialApproachVelocity(m, -c.backoffSpeedMs, c.lateralGainPerS), c);
      if (m.axialM >= c.backoffRangeM) enter(PilotStage::Settling);
      break;
    case PilotStage::Settling: {
      // Hold the range where he stopped; null the drift. The clock runs only
      // while aligned and still.
      const double closing = std::clamp(0.02 * (m.axialM - s.holdAxialM), -0.05, 0.05);
      out.command = pilotCommand(axialApproachVelocity(m, closing, c.lateralGainPerS), c);
      const double lateral = glm::length(m.lateralLvlh);
      const bool still = glm::length(m.velLvlh) < c.alignSpeedMs;
      if (!(lateral < c.alignLateralM && still)) s.stageS = 0.0;
      if (s.stageS >= c.settleS) enter(PilotStage::Closing);
      break;
    }
    case PilotStage::Closing: {
      const double closing =
          std::min(c.maxClosingMs, c.contactSpeedMs + c.closingGainPerS * std::max(m.axialM, 0.0));
      out.command = pilotCommand(axialApproachVelocity(m, closing, c.lateralGainPerS), c);
      break;
    }
  }
  return out;
}

}  // namespace rv::sim
