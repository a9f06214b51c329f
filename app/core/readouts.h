#pragma once
// What the readouts show at an instant, from the mission frame: which vehicle
// is "the" vehicle (the launch stack while the Soyuz rides on it, then the
// Soyuz), its stage, phase and telemetry. No ImGui; the panels format it.

#include <optional>
#include <string>

#include "relative_motion.h"
#include "sim/mission_timeline.h"
#include "sim/telemetry.h"

namespace rv::app {

struct Readout {
  bool onStack = true;  // the Soyuz still rides the rocket
  std::string stage;    // "Stage 1: four boosters + core", "Soyuz MS-19 in free flight"...
  sim::Phase phase = sim::Phase::Prelaunch;
  double massKg = 0.0;     // of the whole stack, or of the Soyuz
  sim::Telemetry vehicle;  // of the stack or the Soyuz
  bool inOrbit = false;    // perigee above 100 km: show perigee / apogee / inclination
  // Relative to the turning Earth (0 on the pad); the inertial speed is in
  // `vehicle`. Pupils read "speed" as this one during the ascent.
  double groundSpeedMs = 0.0;
  // The Soyuz's probe to the Rassvet port after separation; before it, the
  // launch stack's centre to the station's (so the range reads from the pad).
  std::optional<double> issRangeM;
  std::optional<double> issRangeRateMs;  // positive when opening
  // The Soyuz in the station's LVLH frame (relative_motion.h), in free flight.
  std::optional<LvlhOffset> soyuzLvlh;
  bool docked = false;
  // The Soyuz in free flight: how its attitude is flown, who flies the
  // approach, and what its thrusters do (all from the simulated state).
  std::string attitude;          // "Orbital (LVLH)", "Kurs: docking axis at the station"...
  std::string control;           // "Kurs-NA (automatic)", "Manual: commander Shkaplerov", or empty
  double attitudeRateDps = 0.0;  // body rate relative to inertial space
  std::string thrusters;         // "S5.80 main engine", "DPO-B thrusters", or empty
};

// The closing speed shown for a range rate (positive when opening): its
// negative, with a rate that rounds to zero at two decimals shown as 0, so no
// readout ever says "-0.00". The telemetry panel and record --overlay use it.
double closingSpeedShownMs(double rangeRateMs);

// One unit ladder for every range on screen and in the 3D labels: metres
// below 10 km ("350 m", "35.2 m" below 100 m), kilometres above ("12.4 km",
// "1 801 km").
std::string formatRangeM(double metres);

// A speed for people: m/s below 1 km/s ("0.12 m/s", "17.3 m/s", "320 m/s"),
// km/s above ("7.66 km/s"); never "-0.00".
std::string formatSpeedMs(double metresPerSecond);

// The range rate as a plain phrase: "Closing" or "Opening" and a speed
// without a sign; "Closing" with 0 m/s when it rounds to nothing.
struct RangeRateWords {
  const char* label;  // "Closing" or "Opening"
  std::string speed;  // formatSpeedMs of the magnitude
};
RangeRateWords rangeRateWords(double rangeRateMs);

// How an attitude is flown, for people: "Orbital (LVLH)", "Burn attitude".
const char* attitudeTitle(sim::AttitudeMode m);

// The phase for people: "Ascent", "Automatic approach", "Docked".
const char* phaseTitle(sim::Phase p);

// 115642 -> "115 642" (thin groups read better on a projector).
std::string groupThousands(double value);

Readout readoutAt(const sim::MissionTimeline& timeline, const sim::MissionFrame& frame);

}  // namespace rv::app
