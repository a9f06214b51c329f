#include "pad_exhaust.h"

namespace rv::app {

render::PadExhaust padExhaustAt(const LoadedMission& mission, double utcS) {
  render::PadExhaust e;
  const sim::MissionTimeline& tl = *mission.timeline;
  const sim::MissionEvent* ignition = tl.findEvent("ignition");
  if (!ignition || utcS < ignition->utcS) return e;
  const double liftoff = tl.liftoffUtcS();
  e.sinceIgnitionS = utcS - ignition->utcS;
  e.preliminaryS = liftoff - ignition->utcS;
  e.fedS = e.preliminaryS + mission.padClearedAfterLiftoffS;
  return e;
}

}  // namespace rv::app
