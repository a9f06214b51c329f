#pragma once
// What the launch pad's exhaust cloud needs to know at an instant, from the
// simulation: when the first-stage engines lit (the launch sequence's timer,
// as recorded), when the rocket was released at full thrust, and when its
// jet stopped reaching the flame pit because the rocket had climbed out of
// reach (the simulated ascent: heavier or weaker, and it comes later; found
// once at load, LoadedMission::padClearedAfterLiftoffS).

#include "mission_context.h"
#include "render/render_frame.h"

namespace rv::app {

// The pad exhaust at utcS; sinceIgnitionS < 0 before ignition (and when the
// mission has no ignition event).
render::PadExhaust padExhaustAt(const LoadedMission& mission, double utcS);

}  // namespace rv::app
