#include "pad_exhaust.h"

#include <glm/glm.hpp>

namespace rv::app {
namespace {

// Seconds after lift-off at which the stack is kExhaustReachM above where it
// stood, by bisection on the simulated trajectory (the climb is monotonic
// for the first minute); the search window's end if it never gets there.
double outOfReachAfterLiftoffS(const sim::MissionTimeline& tl) {
  const double liftoff = tl.liftoffUtcS();
  const double r0 = glm::length(tl.objectState(sim::ObjectId::Stack, liftoff).posTeme);
  const auto heightAt = [&](double t) {
    return glm::length(tl.objectState(sim::ObjectId::Stack, liftoff + t).posTeme) - r0;
  };
  double lo = 0.0, hi = 60.0;
  if (heightAt(hi) < kExhaustReachM) return hi;
  for (int i = 0; i < 24; ++i) {
    const double mid = 0.5 * (lo + hi);
    (heightAt(mid) < kExhaustReachM ? lo : hi) = mid;
  }
  return hi;
}

}  // namespace

render::PadExhaust padExhaustAt(const LoadedMission& mission, double utcS) {
  render::PadExhaust e;
  const sim::MissionTimeline& tl = *mission.timeline;
  const sim::MissionEvent* ignition = tl.findEvent("ignition");
  if (!ignition || utcS < ignition->utcS) return e;
  const double liftoff = tl.liftoffUtcS();
  e.sinceIgnitionS = utcS - ignition->utcS;
  e.preliminaryS = liftoff - ignition->utcS;
  e.fedS = e.preliminaryS + outOfReachAfterLiftoffS(tl);
  return e;
}

}  // namespace rv::app
