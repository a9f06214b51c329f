#pragma once
// What the rendezvous sensors measure: the Soyuz probe tip against the
// Rassvet port, in the station's LVLH frame (lvlh_frame.h; the station holds
// its attitude in that frame, so the port is fixed in it). Kurs-NA gives
// range, range rate and line-of-sight angles; in manual flight the commander
// reads the same from the TV picture and a hand-held laser rangefinder.
// Both the automaton (kurs_automaton.h) and the pilot (pilot_model.h) steer
// by asking for a relative velocity in this frame (a velocity field), which
// translation_control.h turns into thruster pulses.
#include <glm/glm.hpp>

namespace rv::sim {

struct PortRelative {
  glm::dvec3 posLvlh{0.0};             // probe tip minus port centre, m
  glm::dvec3 velLvlh{0.0};             // its rate of change in the rotating frame, m/s
  glm::dvec3 axisLvlh{0.0, 0.0, 1.0};  // the port's outward docking axis (unit)
  double rangeM = 0.0;
  double rangeRateMs = 0.0;     // negative when closing
  double axialM = 0.0;          // along the docking axis: 0 at the docking plane
  glm::dvec3 lateralLvlh{0.0};  // off the axis, m
  double axisAngleRad = 0.0;    // between the line of sight and the docking axis
};

PortRelative measurePortRelative(const glm::dvec3& posLvlh, const glm::dvec3& velLvlh,
                                 const glm::dvec3& axisLvlh);

// Asked-for relative velocity (LVLH, rotating frame) and the error that must
// build up before the thrusters correct it.
struct VelocityCommand {
  glm::dvec3 velLvlh{0.0};
  double deadbandMs = 0.0;
  bool active = false;  // false: thrusters idle (coasting, or nobody flying)
};

}  // namespace rv::sim
