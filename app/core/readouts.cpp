#include "readouts.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "astro/constants.h"

namespace rv::app {

const char* phaseTitle(sim::Phase p) {
  using sim::Phase;
  switch (p) {
    case Phase::Prelaunch:
      return "On the pad";
    case Phase::Ascent:
      return "Ascent";
    case Phase::Attached:
      return "Attached";
    case Phase::Ballistic:
      return "Falling";
    case Phase::Impacted:
      return "Impacted";
    case Phase::Orbit:
      return "Orbit";
    case Phase::Burn:
      return "Engine burn";
    case Phase::Approach:
      return "Automatic approach";
    case Phase::Flyaround:
      return "Fly-around";
    case Phase::Stationkeeping:
      return "Station-keeping";
    case Phase::FinalApproach:
      return "Final approach (Kurs)";
    case Phase::ManualApproach:
      return "Manual approach";
    case Phase::Docked:
      return "Docked";
  }
  return "?";
}

std::string groupThousands(double value) {
  char buf[48];
  std::snprintf(buf, sizeof buf, "%.0f", std::abs(value));
  std::string digits = buf, out;
  for (size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) out += ' ';
    out += digits[i];
  }
  return (value < 0 && out != "0" ? "-" : "") + out;
}

double closingSpeedShownMs(double rangeRateMs) {
  return std::abs(rangeRateMs) < 0.005 ? 0.0 : -rangeRateMs;
}

std::string formatRangeM(double m) {
  char buf[48];
  const double a = std::abs(m);
  if (a < 100.0)  // a decimal where the last metres are flown
    std::snprintf(buf, sizeof buf, "%.1f m", a);
  else if (a < 10e3)
    return groupThousands(a) + " m";
  else if (a < 100e3)
    std::snprintf(buf, sizeof buf, "%.1f km", a / 1000.0);
  else
    return groupThousands(a / 1000.0) + " km";
  return buf;
}

std::string formatSpeedMs(double v) {
  char buf[48];
  const double a = std::abs(v);
  const char* sign = v < 0 ? "-" : "";
  if (a < 10.0) {
    if (a < 0.005) sign = "";
    std::snprintf(buf, sizeof buf, "%s%.2f m/s", sign, a);
  } else if (a < 100.0) {
    std::snprintf(buf, sizeof buf, "%s%.1f m/s", sign, a);
  } else if (a < 1000.0) {
    std::snprintf(buf, sizeof buf, "%s%.0f m/s", sign, a);
  } else {
    std::snprintf(buf, sizeof buf, "%s%.2f km/s", sign, a / 1000.0);
  }
  return buf;
}

RangeRateWords rangeRateWords(double rangeRateMs) {
  const double shown = closingSpeedShownMs(rangeRateMs);  // positive when closing
  return {shown >= 0.0 ? "Closing" : "Opening", formatSpeedMs(std::abs(shown))};
}

const char* attitudeTitle(sim::AttitudeMode m) {
  using sim::AttitudeMode;
  switch (m) {
    case AttitudeMode::Guided:
      return "Steered by the rocket's guidance";
    case AttitudeMode::Free:
      return "Tumbling freely";
    case AttitudeMode::Orbital:
      return "Orbital (LVLH)";
    case AttitudeMode::BurnAttitude:
      return "Burn attitude";
    case AttitudeMode::KursPointing:
      return "Docking axis at the station";
    case AttitudeMode::Docking:
      return "Docking attitude";
    case AttitudeMode::Manual:
      return "Hand-flown (docking attitude)";
  }
  return "";
}

namespace {

// Who flies the Soyuz's approach, from its phase.
const char* controlTitle(sim::Phase p) {
  switch (p) {
    case sim::Phase::Approach:
    case sim::Phase::Flyaround:
    case sim::Phase::Stationkeeping:
    case sim::Phase::FinalApproach:
      return "Kurs-NA (automatic)";
    case sim::Phase::ManualApproach:
      return "Manual: commander Shkaplerov";
    default:
      return "";
  }
}

void soyuzControl(const sim::ObjectState& soyuz, Readout& r) {
  r.attitude = attitudeTitle(soyuz.attitudeMode);
  r.control = controlTitle(soyuz.phase);
  r.attitudeRateDps = glm::length(soyuz.rateBodyRadS) * 180.0 / 3.14159265358979323846;
  if (soyuz.enginesFiring & sim::kEngineSoyuzMain)
    r.thrusters = "S5.80 main engine";
  else if (soyuz.rcsMask != 0)
    r.thrusters = "DPO-B thrusters";
}

}  // namespace

Readout readoutAt(const sim::MissionTimeline& timeline, const sim::MissionFrame& frame) {
  using sim::ObjectId;
  Readout r;
  const sim::ObjectState& soyuz = frame[ObjectId::Soyuz];
  const sim::ObjectState& stack = frame[ObjectId::Stack];
  r.onStack = soyuz.attached || !soyuz.exists;
  const sim::ObjectState& vehicle = r.onStack && stack.exists ? stack : soyuz;
  // The phase of the step this instant is in: after a jump to an event, the
  // phase that event begins (MissionTimeline::phaseDuringStep).
  r.phase = vehicle.exists ? timeline.phaseDuringStep(vehicle.object, frame.utcS) : vehicle.phase;
  r.massKg = vehicle.massKg;
  r.vehicle = sim::telemetry(timeline, vehicle, frame.utcS);
  r.docked = soyuz.phase == sim::Phase::Docked || (!r.onStack && r.phase == sim::Phase::Docked);
  const glm::dvec3 earthSpin(0.0, 0.0, astro::kEarthRotationRate);
  r.groundSpeedMs = glm::length(vehicle.velTeme - glm::cross(earthSpin, vehicle.posTeme));
  if (r.onStack) {
    if (frame[ObjectId::Booster1].attached)
      r.stage = "Stage 1: four boosters + core";
    else if (frame[ObjectId::Core].attached)
      r.stage = "Stage 2: core (Block A)";
    else if (frame[ObjectId::ThirdStage].attached)
      r.stage = "Stage 3 (Block I)";
    else
      r.stage = "Launch stack";
    if (r.phase == sim::Phase::Prelaunch) r.stage = "On the pad (Soyuz-2.1a)";
    const sim::ObjectState& iss = frame[ObjectId::Iss];
    if (iss.exists) {
      const glm::dvec3 d = stack.posTeme - iss.posTeme;
      r.issRangeM = glm::length(d);
      r.issRangeRateMs = glm::dot(d, stack.velTeme - iss.velTeme) / std::max(*r.issRangeM, 1.0);
    }
  } else {
    r.stage = r.docked ? "Soyuz MS-19 docked to the ISS" : "Soyuz MS-19 in free flight";
    r.issRangeM = r.vehicle.rangeM;  // the vehicle is the Soyuz here
    if (const sim::ObjectState& iss = frame[ObjectId::Iss]; iss.exists && soyuz.exists)
      r.soyuzLvlh = lvlhOffset(soyuz.posTeme, iss.posTeme, iss.velTeme);
    r.issRangeRateMs = r.vehicle.rangeRateMs;
    if (!r.docked) soyuzControl(soyuz, r);
  }
  r.inOrbit = r.vehicle.orbit.perigeeHeightM > 100e3 && r.vehicle.orbit.eccentricity < 1.0;
  return r;
}

}  // namespace rv::app
