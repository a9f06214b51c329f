#pragma once
// What the launch pad's exhaust cloud needs to know at an instant, from the
// simulation: when the first-stage engines lit (the launch sequence's timer,
// as recorded), when the rocket was released at full thrust, and when its
// jet stopped reaching the flame pit because the rocket had climbed out of
// reach (the simulated ascent: heavier or weaker, and it comes later).

#include "mission_context.h"
#include "render/render_frame.h"

namespace rv::app {

// Height above the pad at which the jet no longer feeds the pit (EST: the
// plume of the Soyuz's first stage stays coherent for about 20 nozzle
// clusters, some 60 m, and spreads over the pad for twice that).
inline constexpr double kExhaustReachM = 120.0;

// The pad exhaust at utcS; sinceIgnitionS < 0 before ignition (and when the
// mission has no ignition event).
render::PadExhaust padExhaustAt(const LoadedMission& mission, double utcS);

}  // namespace rv::app
