#pragma once
// The mission description, loaded from a TOML file (assets/missions/*.toml).
// Every figure in the file carries its source in a comment next to it; this
// struct holds only the values. Units are SI unless a name says otherwise.
// Times of day are UTC seconds since J2000 (astro/time_scales.h); "met" is
// mission elapsed time, seconds from lift-off.

#include <cstdint>
#include <string>
#include <vector>

#include <glm/glm.hpp>

#include "base/result.h"
#include "sim/kurs_automaton.h"
#include "sim/pilot_model.h"

namespace rv::sim {

struct EngineConfig {
  std::string name;
  int count = 1;            // identical engines (or thruster pairs) firing together
  double thrustVacN = 0.0;  // one engine, vacuum
  double thrustSlN = 0.0;   // one engine, sea level (= vacuum for vacuum engines)
  double ispVacS = 0.0;     // vacuum specific impulse, s
};

// Throttle level (fraction of rated mass flow) from metS on.
struct ThrottlePoint {
  double metS = 0.0;
  double level = 1.0;
};

struct StageConfig {
  std::string id;
  double dryMassKg = 0.0;
  double propellantKg = 0.0;     // main propellant load (fuel + oxidiser)
  double residualKg = 0.0;       // unusable main propellant at burn-out
  double auxPropellantKg = 0.0;  // turbopump propellant (H2O2, N2) consumed with the main flow
  double auxResidualKg = 0.0;
  EngineConfig engine;
  double ignitionMetS = 0.0;
  std::vector<ThrottlePoint> throttle;  // sorted by metS
  // Shutdown sequence: when the usable propellant left falls to this reserve,
  // the engine throttles to shutdownLevel and burns out on it.
  double shutdownReserveKg = 0.0;
  double shutdownLevel = 1.0;
  double separationDelayS = 0.0;  // separation this long after burn-out or cut-off
  double separationSpeedMs = 0.0;
  // Body rate the separation gives the piece (deg/s, stack-frame axes, for
  // the piece pushed toward -Y; the others get it turned by their symmetry).
  glm::dvec3 separationRateDegS{0.0};
  double dragAreaM2 = 0.0;
  double dragCd = 0.0;
};

// A piece dropped at a scheduled time (launch escape tower, fairing halves).
struct JettisonConfig {
  std::string id;
  double massKg = 0.0;
  double metS = 0.0;
  double separationSpeedMs = 0.0;
  glm::dvec3 separationRateDegS{0.0};  // as StageConfig's
  double dragAreaM2 = 0.0;
  double dragCd = 0.0;
};

struct PitchPoint {
  double metS = 0.0;
  double pitchFromVerticalDeg = 0.0;
};

struct LaunchConfig {
  double liftoffUtcS = 0.0;
  double padLatDeg = 0.0, padLonDeg = 0.0, padHeightM = 0.0;
  std::vector<PitchPoint> pitchProgram;  // open-loop pitch, boosters and core
  double pegStartMetS = 0.0;             // closed-loop guidance takes over (third stage)
  double targetPerigeeKm = 0.0;          // insertion orbit, heights above 6378.137 km
  double targetApogeeKm = 0.0;
  double targetInclinationDeg = 0.0;
};

struct LaunchVehicleConfig {
  StageConfig booster;  // one of four identical strap-ons
  StageConfig core;
  StageConfig third;
  double thirdIgnitionLeadS = 0.0;  // hot staging: third stage lights this long before core cut-off
  double aftSkirtMassKg = 0.0;      // third-stage aft skirt, dropped after core separation
  double aftSkirtDelayS = 0.0;
  JettisonConfig les;
  JettisonConfig fairingHalf;         // each of two halves
  double stackDragAreaM2 = 0.0;       // with the boosters
  double upperStackDragAreaM2 = 0.0;  // after booster separation
  double stackDragCd = 0.0;
};

// The Soyuz as a rigid body and its attitude control (spacecraft.attitude).
struct SpacecraftAttitudeConfig {
  glm::dvec3 inertiaKgM2{0.0};      // principal moments about body X (roll), Y, Z
  double comBehindProbeTipM = 0.0;  // centre of mass on the body axis, behind the probe tip
  glm::dvec3 coupleArmM{0.0};       // lever arms of the roll, pitch and yaw thruster couples
  int coupleThrusters = 2;          // thrusters in one couple
  double minPulseS = 0.0;           // minimum impulse bit, as an on-time
  double maxSlewRateDegS = 0.0;
  double slewLeadS = 0.0;         // turn to the burn attitude this long before ignition
  double burnAlignmentDeg = 0.0;  // ignition waits until the attitude is this close
};

struct SpacecraftConfig {
  double massKg = 0.0;        // at launch
  double propellantKg = 0.0;  // in the launch mass
  EngineConfig mainEngine;    // S5.80 (SKD)
  EngineConfig rcs;           // DPO-B thrusters usable along one axis
  double dragAreaM2 = 0.0;
  double dragCd = 0.0;
  // Docking-probe tip (the spacecraft frame origin) in the launch-stack frame.
  glm::dvec3 probeTipInStackM{0.0};
  double separationSpeedMs = 0.0;
  SpacecraftAttitudeConfig attitude;
};

struct IssConfig {
  std::string tleLine1, tleLine2;
  double massKg = 0.0;
  double teaYawDeg = 0.0, teaPitchDeg = 0.0, teaRollDeg = 0.0;  // torque-equilibrium attitude
  glm::dvec3 portPosBodyM{0.0};            // Rassvet nadir docking plane centre, ISS body frame
  glm::dvec3 portAxisBody{0.0, 0.0, 1.0};  // outward docking axis, ISS body frame
};

// One rendezvous burn: the instant its impulse is centred on. The delta-v of
// every burn is solved by the simulation (rendezvous_planner.h: multi-burn
// shooting against the ISS ephemeris), never typed in.
struct BurnPlan {
  std::string id;
  double centerMetS = 0.0;
};

// Where the burns take the spacecraft: a point fixed in the ISS LVLH frame
// (x along velocity, y opposite the orbit normal, z to nadir; relative to the
// ISS origin) reached at arriveMetS at rest in that frame. The last burn may
// be at the arrival time (it then matches the velocity).
struct RendezvousConfig {
  double arriveMetS = 0.0;
  glm::dvec3 aimLvlhM{0.0};
  // Main-engine delta-v kept back for the deorbit burn: a plan needing more
  // than the propellant gives less this reserve is not flown.
  double deorbitReserveMs = 0.0;
  // The ascent flies into the ISS plane when the pad lies within this distance
  // of it at lift-off (the guidance's out-of-plane steering absorbs it);
  // farther away (a late launch) it launches into the plane of the ISS's
  // inclination through the pad instead.
  double maxPlaneOffsetKm = 0.0;
  // When the burns cannot be made as planned (station too far ahead), the
  // Soyuz may wait up to this many whole orbits before the same sequence.
  double maxWaitOrbits = 0.0;
};

// The day's scheduled facts around the docking; the approach itself is flown
// by the automaton (kurs) and, after a Kurs failure, the pilot (pilot).
struct ProximityConfig {
  bool kursFails = true;           // false: the what-if of a nominal automatic docking
  double manualControlUtcS = 0.0;  // Kurs failure, switch to manual (the record's one clock fact)
  double hooksClosedDelayS = 0.0;
  double hatchOpenUtcS = 0.0;
  // Capture limits of the probe-drogue mechanism: contact outside them is
  // reported as a failed docking.
  double maxContactSpeedMs = 0.0;
  double maxLateralMissM = 0.0;
  double maxMisalignmentDeg = 0.0;
};

// The lamps that light a night docking (render::SpotLight): the Soyuz's
// approach floodlight beside its probe, on during the approach, and a light
// by the Rassvet port. Intensity is a share of full sunlight near the lamp.
// A missing [lights] table leaves both off.
struct LampConfig {
  double halfAngleDeg = 0.0;
  double reachM = 0.0;
  double intensity = 0.0;  // 0: no lamp
};
struct LightsConfig {
  LampConfig soyuzFloodlight;
  LampConfig portLight;
};

struct TimelineConfig {
  double stepS = 0.1;         // the one fixed integration step
  int sampleEverySteps = 10;  // stored state spacing
  double startMetS = -300.0;
  double endAfterHatchS = 60.0;
};

struct MissionConfig {
  LightsConfig lights;
  std::string name;
  std::string sourcePath;
  // Digest of the bytes the mission was read from (the file, then its base
  // file if it names one). Keys the simulated timeline's cache
  // (app/core/timeline_cache.h): any edit to either file is another mission.
  std::uint64_t contentDigest = 0;
  // Problems that do not stop loading ("file:line:column: key: what"), e.g.
  // an unknown (misspelt?) key; the caller shows them.
  std::vector<std::string> warnings;
  double dut1S = 0.0;
  TimelineConfig timeline;
  LaunchConfig launch;
  LaunchVehicleConfig vehicle;
  SpacecraftConfig spacecraft;
  IssConfig iss;
  std::vector<BurnPlan> burns;
  RendezvousConfig rendezvous;
  ProximityConfig proximity;
  KursConfig kurs;
  PilotConfig pilot;
};

// Errors (ErrorKind::kBadInput, or kIo when reading fails) read
// "file:line:column: key: what was expected"; a file that is missing, a
// folder, a device or over 16 MiB is refused by io::readFile.
Result<MissionConfig> loadMission(const std::string& path);
Result<MissionConfig> parseMission(const std::string& tomlText, const std::string& sourceName);

}  // namespace rv::sim
