#pragma once
// The commander flying the last metres by hand after the Kurs failure, as
// the manual rules a Soyuz commander trains for. While he reacts (the
// record has a ~30 s communications drop-out) the ship's computer, having
// lost Kurs, brakes the approach to a stop; then, if already near, he back off to a range where he
// can line up calmly (TMA-19M's crew backed off from 20 m and re-approached by hand); then hold
// until the target cross sits on the crosshair and nothing drifts, and close again at a speed that
// falls with range to ~0.1 m/s at contact. He sees the same relative state the Kurs did (TV
// picture, laser rangefinder), but cannot judge it as finely: his deadbands are wider. Pure, like
// kurs_automaton.h: the next stage and the command follow from the state, the measurement and the
// configuration.
#include "sim/port_relative.h"

namespace rv::sim {

struct PilotConfig {
  double reactionS = 30.0;
  double backoffRangeM = 40.0;  // backs off to this axial range if nearer
  double backoffSpeedMs = 0.1;
  double settleS = 120.0;      // aligned and still for this long before closing
  double alignLateralM = 0.3;  // "on the crosshair": off-axis distance ...
  double alignSpeedMs = 0.02;  // ... and relative speed below these
  double maxClosingMs = 0.3;
  double closingGainPerS = 0.004;
  double contactSpeedMs = 0.1;
  double lateralGainPerS = 0.02;
  double deadbandMs = 0.02;
};

enum class PilotStage { Reacting, BackingOff, Settling, Closing };

struct PilotState {
  PilotStage stage = PilotStage::Reacting;
  double stageS = 0.0;      // time in the stage (settling: time aligned and still)
  double holdAxialM = 0.0;  // range along the axis where the stage began
};

struct PilotStep {
  PilotState next;
  VelocityCommand command;
};

PilotStep pilotStep(const PilotState& state, const PortRelative& m, const PilotConfig& c,
                    double dtS);

}  // namespace rv::sim
