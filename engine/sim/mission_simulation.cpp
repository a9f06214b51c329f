#include "sim/mission_simulation.h"

// [SECTION] state and helpers
// [SECTION] launch stack: pad, engines, guidance, staging
// [SECTION] separated pieces
// [SECTION] Soyuz: coast, phasing burns, proximity operations, contact
// [SECTION] run loop and sampling

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "astro/constants.h"
#include "astro/earth_rotation.h"
#include "astro/geodetic.h"
#include "astro/time_scales.h"
#include "sim/ascent_guidance.h"
#include "sim/atmosphere_us76.h"
#include "sim/attitude_control.h"
#include "sim/ellipsoid_altitude.h"
#include "sim/gravity.h"
#include "sim/kurs_automaton.h"
#include "sim/lvlh_frame.h"
#include "sim/orbit_elements.h"
#include "sim/pilot_model.h"
#include "sim/reaction_control.h"
#include "sim/rendezvous_planner.h"
#include "sim/rigid_body.h"
#include "sim/vehicle_dynamics.h"

namespace rv::sim {
namespace {

using astro::kDegToRad;
using astro::kStandardGravity;
// After lift-off the stack's height above the ellipsoid is trusted to mean
// "hit the ground" only once it has climbed away from the pad.
constexpr double kGroundClearS = 10.0;

//-----------------------------------------------------------------------------
// [SECTION] state and helpers
//-----------------------------------------------------------------------------

struct StageRun {
  double propKg = 0.0;  // main propellant left (including the unusable residual)
  double auxKg = 0.0;
  bool lit = false;
  bool out = false;
};

struct Piece {
  bool flying = false;  // separated and integrated
  bool done = false;    // reached the ground (track closed)
  MassState body;       // of the centre of mass for the Soyuz, the frame origin for the rest
  glm::dquat att{1.0, 0.0, 0.0, 0.0};
  glm::dvec3 rateBody{0.0};  // rad/s, relative to inertial space
  glm::dvec3 inertia{1.0};   // principal moments, kg m^2
  AttitudeMode attMode = AttitudeMode::Free;
  glm::vec3 thrustDirBody{0.0f};
  uint16_t rcsMask = 0;  // thruster groups fired since the last stored sample
  uint8_t engines = 0;   // kEngine* bits firing in the last step
  Aero aero;
  Phase phase = Phase::Ballistic;
  StepForces forces;
};

enum class SoyuzMode { InStack, Coast, Burn, Proximity, Docked };

struct SimState {
  int64_t tick = 0;
  // Launch stack.
  bool stackActive = true;
  bool released = false;
  MassState stack;
  glm::dquat stackAtt{1.0, 0.0, 0.0, 0.0};
  StepForces stackForces;
  uint8_t stackEngines = 0;       // kEngine* bits firing in the last step
  StageRun booster, core, third;  // booster: each of the four
  bool boostersOn = true, coreOn = true, lesOn = true, fairingOn = true, skirtOn = true;
  int64_t boosterSepTick = -1, coreSepTick = -1, skirtTick = -1, scSepTick = -1;
  PegState peg;
  // A failed ascent (orbit not reached): the stack lies where it came down,
  // fixed to the Earth, and is no longer integrated (through the Earth, the
  // gravity of a point near the centre is not a number).
  bool orbitFailed = false;
  bool stackDown = false;
  glm::dvec3 downEcef{0.0};
  double lastQ = 0.0;
  bool maxQDone = false;
  std::array<Piece, kObjectCount> pieces{};
  // Soyuz.
  SoyuzMode mode = SoyuzMode::InStack;
  double soyuzPropKg = 0.0;
  size_t nextBurn = 0;
  bool rendezvousPlanned = false;    // the multi-burn plan exists (or was refused)
  bool rendezvousAbandoned = false;  // no plan within the propellant: no burns, no approach
  std::vector<ImpulsiveBurn> plan;   // one impulse per [[burn]], re-solved after each burn
  bool burnPlanned = false;          // the next burn's ignition is set
  int64_t burnIgnitionTick = -1;
  glm::dvec3 burnDir{0.0};
  double burnDvMs = 0.0;
  double burnDvDoneMs = 0.0;
  bool startProximityNext = false;  // the last burn ended in the step before
  KursState kurs;
  bool manual = false;  // the Kurs has failed: the commander flies
  PilotState pilot;
  bool translating = false;  // a velocity correction is under way (deadband hysteresis)
  double lastAxialM = 0.0;
  glm::dvec3 lastLateral{0.0};
};

Piece& piece(SimState& s, ObjectId id) {
  return s.pieces[static_cast<size_t>(id)];
}

glm::dquat attitudeFromAxes(const glm::dvec3& x, const glm::dvec3& yHint) {
  const glm::dvec3 xu = glm::normalize(x);
  glm::dvec3 y = yHint - glm::dot(yHint, xu) * xu;
  if (glm::length(y) < 1e-9) y = glm::cross(xu, glm::dvec3(0, 0, 1));
  y = glm::normalize(y);
  const glm::dvec3 z = glm::cross(xu, y);
  return glm::normalize(glm::quat_cast(glm::dmat3(xu, y, z)));
}

double massFlow(const EngineConfig& e) {
  return static_cast<double>(e.count) * e.thrustVacN / (e.ispVacS * kStandardGravity);
}

double auxRatio(const StageConfig& c) {
  const double usable = c.propellantKg - c.residualKg;
  return usable > 0.0 ? (c.auxPropellantKg - c.auxResidualKg) / usable : 0.0;
}

double throttleAt(const StageConfig& c, double metS) {
  double level = 0.0;
  for (const ThrottlePoint& p : c.throttle) {
    if (metS >= p.metS) level = p.level;
  }
  return level;
}

std::string fmt(const char* f, double a, double b = 0.0, double c = 0.0, double d = 0.0) {
  char buf[512];
  std::snprintf(buf, sizeof buf, f, a, b, c, d);
  return buf;
}

struct StageFlow;

class Simulator {
 public:
  Simulator(const MissionConfig& c, const IssEphemeris& iss) : m_c(c), m_iss(iss) {
    m_dt = c.timeline.stepS;
    m_liftoffTick = static_cast<int64_t>(std::llround(-c.timeline.startMetS / m_dt));
    m_epochUtc = c.launch.liftoffUtcS - static_cast<double>(m_liftoffTick) * m_dt;
    const double endUtc = c.proximity.hatchOpenUtcS + c.timeline.endAfterHatchS;
    m_endTick = static_cast<int64_t>(std::llround((endUtc - m_epochUtc) / m_dt));
    m_target = pegTarget(c.launch.targetPerigeeKm * 1000.0, c.launch.targetApogeeKm * 1000.0);
  }

  TimelineData run();

 private:
  double utcOf(int64_t tick) const { return m_epochUtc + static_cast<double>(tick) * m_dt; }
  double metOf(int64_t tick) const { return static_cast<double>(tick - m_liftoffTick) * m_dt; }
  int64_t tickOfMet(double metS) const {
    return m_liftoffTick + static_cast<int64_t>(std::llround(metS / m_dt));
  }
  int64_t tickOfUtc(double utcS) const {
    return static_cast<int64_t>(std::llround((utcS - m_epochUtc) / m_dt));
  }
  void emit(const std::string& id, const std::string& name, double utcS,
            const std::string& caption) {
    m_out.events.push_back({id, name, utcS, utcS - m_c.launch.liftoffUtcS, caption});
  }
  // Target plane of the ascent: the ISS's ascending node at this instant
  // (SGP4) with the mission inclination, turned about the Earth's axis by
  // m_nodeShiftRad when the pad is out of the ISS plane's reach (late launch).
  glm::dvec3 planeNormal(double utcS) const {
    const StateVector iss = m_iss.state(utcS);
    const glm::dvec3 n =
        targetPlaneNormal(iss.posTeme, iss.velTeme, m_c.launch.targetInclinationDeg * kDegToRad);
    if (m_nodeShiftRad == 0.0) return n;
    const double c = std::cos(m_nodeShiftRad), sn = std::sin(m_nodeShiftRad);
    return {c * n.x - sn * n.y, sn * n.x + c * n.y, n.z};
  }
  void choosePlane();
  glm::dvec3 padTeme(double utcS, glm::dvec3* velTeme) const;
  double stackMass(const SimState& s) const;
  std::array<double, kObjectCount> pieceMasses(const SimState& s) const;

  void initialise(SimState& s);
  void stepStack(SimState& s);
  // stepStack's parts, in the order it runs them.
  struct AscentSteer {
    glm::dvec3 dirTeme{0.0};
    bool thirdCut = false;      // the guidance shuts the third stage down inside this step
    double thirdCutAfterS = 0;  // ... this long into it
  };
  AscentSteer ascentSteer(SimState& s, double met, const glm::dvec3& planeN, double thrustN) const;
  bool holdOrRelease(SimState& s, double met, double utc, const glm::dvec3& planeN,
                     double thrustSlN);
  void noteMaxQ(SimState& s, double met, double utc);
  void burnOutStages(SimState& s, const StageFlow& fb, const StageFlow& fc, const StageFlow& f3,
                     double utc, const AscentSteer& steer);
  void checkGroundImpact(SimState& s, double met);
  void separate(SimState& s, ObjectId id, const glm::dvec3& rateDegS, double massKg,
                const glm::dvec3& pushDirBody, double pushMs, const Aero& aero);
  void stagingEvents(SimState& s);
  void failAscent(SimState& s, double utcS, const std::string& why);
  void holdOnGround(SimState& s);
  void stepPieces(SimState& s);
  void impactEvent(ObjectId id, const glm::dvec3& posTeme, double utcS);
  void stepSoyuz(SimState& s);
  void planRendezvousBurns(SimState& s);
  void prepareBurn(SimState& s);
  void retarget(SimState& s, double nowUtcS);
  double deltaVCapacityMs(const SimState& s) const;
  void startProximity(SimState& s);
  StateVector soyuzTip(const Piece& sc) const;
  StateVector issMeasured(double utcS) const;
  PortRelative measure(const Piece& sc, const StateVector& iss) const;
  glm::dquat soyuzTarget(const SimState& s, const Piece& sc, double utcS,
                         glm::dvec3* rateTeme) const;
  RcsConfig rcsConfig() const;
  glm::dvec3 translationForce(SimState& s, const Piece& sc, const VelocityCommand& cmd,
                              const PortRelative& m, const StateVector& iss) const;
  void kursEvent(const SimState& s, KursTransition t, const PortRelative& m, double utc);
  void takeManualControl(SimState& s, const PortRelative& m, double utc);
  VelocityCommand proximityCommand(SimState& s, const PortRelative& m, double utc);
  void burnSequence(SimState& s, double utc);
  void endBurn(SimState& s);
  void checkContact(SimState& s, double utc);
  void scheduledEvents(SimState& s);

  void sampleStack(const SimState& s);
  void samplePiece(SimState& s, ObjectId id);
  void sampleAll(SimState& s);

  const MissionConfig& m_c;
  const IssEphemeris& m_iss;
  double m_dt = 0.1;
  int64_t m_liftoffTick = 0;
  int64_t m_endTick = 0;
  double m_epochUtc = 0.0;
  PegTarget m_target;
  double m_nodeShiftRad = 0.0;
  double m_delayS = 0.0;           // orbits waited before the rendezvous burns (late launch)
  double m_padPlaneOffsetM = 0.0;  // pad distance from the ISS plane at lift-off
  TimelineData m_out;
  std::array<bool, kObjectCount> m_forceSample{};
  bool m_forceStackSample = false;
};

glm::dvec3 Simulator::padTeme(double utcS, glm::dvec3* velTeme) const {
  const astro::Geodetic g{m_c.launch.padLatDeg * kDegToRad, m_c.launch.padLonDeg * kDegToRad,
                          m_c.launch.padHeightM};
  const double gmst = astro::gmstRad(astro::julianDate(astro::ut1FromUtc(utcS, m_c.dut1S)));
  const glm::dvec3 pos = astro::ecefToTeme(astro::ecefFromGeodetic(g), gmst);
  if (velTeme) *velTeme = glm::cross(glm::dvec3(0, 0, astro::kEarthRotationRate), pos);
  return pos;
}

std::array<double, kObjectCount> Simulator::pieceMasses(const SimState& s) const {
  const LaunchVehicleConfig& v = m_c.vehicle;
  std::array<double, kObjectCount> m{};
  const double booster = v.booster.dryMassKg + s.booster.propKg + s.booster.auxKg;
  for (ObjectId id :
       {ObjectId::Booster1, ObjectId::Booster2, ObjectId::Booster3, ObjectId::Booster4})
    m[static_cast<size_t>(id)] = s.boostersOn ? booster : 0.0;
  m[static_cast<size_t>(ObjectId::Core)] =
      s.coreOn ? v.core.dryMassKg + s.core.propKg + s.core.auxKg : 0.0;
  m[static_cast<size_t>(ObjectId::ThirdStage)] =
      v.third.dryMassKg + s.third.propKg + (s.skirtOn ? v.aftSkirtMassKg : 0.0);
  m[static_cast<size_t>(ObjectId::Les)] = s.lesOn ? v.les.massKg : 0.0;
  m[static_cast<size_t>(ObjectId::Fairing1)] = s.fairingOn ? v.fairingHalf.massKg : 0.0;
  m[static_cast<size_t>(ObjectId::Fairing2)] = s.fairingOn ? v.fairingHalf.massKg : 0.0;
  m[static_cast<size_t>(ObjectId::Soyuz)] = m_c.spacecraft.massKg;
  double total = 0.0;
  for (double x : m) total += x;
  m[static_cast<size_t>(ObjectId::Stack)] = total;
  return m;
}

double Simulator::stackMass(const SimState& s) const {
  return pieceMasses(s)[static_cast<size_t>(ObjectId::Stack)];
}

void Simulator::initialise(SimState& s) {
  const LaunchVehicleConfig& v = m_c.vehicle;
  s.booster.propKg = v.booster.propellantKg;
  s.booster.auxKg = v.booster.auxPropellantKg;
  s.core.propKg = v.core.propellantKg;
  s.core.auxKg = v.core.auxPropellantKg;
  s.third.propKg = v.third.propellantKg;
  s.soyuzPropKg = m_c.spacecraft.propellantKg;
  const double utc = utcOf(0);
  glm::dvec3 vel;
  s.stack.posTeme = padTeme(utc, &vel);
  s.stack.velTeme = vel;
  s.stack.massKg = stackMass(s);
  choosePlane();
  s.stackAtt = attitudeFromAxes(s.stack.posTeme, planeNormal(utc));
}

void Simulator::choosePlane() {
  // Pad offset from the ISS plane at lift-off. The real launch is timed for
  // the pad to pass under the plane (an instantaneous window); the guidance's
  // out-of-plane steering takes up the rest. Launched late, the Earth has
  // carried the pad east of the plane, farther than the rocket can steer: it
  // then flies into the plane of the same inclination through the pad, the
  // node shifted east by the smallest angle that puts the pad in it.
  m_nodeShiftRad = 0.0;
  const double liftoff = m_c.launch.liftoffUtcS;
  const glm::dvec3 pad = padTeme(liftoff, nullptr);
  const glm::dvec3 n0 = planeNormal(liftoff);
  m_padPlaneOffsetM = glm::dot(pad, n0);
  if (std::abs(m_padPlaneOffsetM) <= m_c.rendezvous.maxPlaneOffsetKm * 1000.0) return;
  // pad . Rz(d) n0 = A cos d + B sin d + C = 0
  const double a = pad.x * n0.x + pad.y * n0.y;
  const double b = pad.y * n0.x - pad.x * n0.y;
  const double c = pad.z * n0.z;
  const double r = std::hypot(a, b);
  if (r < std::abs(c)) return;  // no plane of this inclination reaches the pad
  const double phi = std::atan2(b, a);
  const double k = std::acos(std::clamp(-c / r, -1.0, 1.0));
  auto wrap = [](double x) { return std::remainder(x, astro::kTwoPi); };
  const double d1 = wrap(phi + k), d2 = wrap(phi - k);
  m_nodeShiftRad = std::abs(d1) < std::abs(d2) ? d1 : d2;
}

//-----------------------------------------------------------------------------
// [SECTION] launch stack: pad, engines, guidance, staging
//-----------------------------------------------------------------------------

struct StageFlow {
  double mainKgS = 0.0;  // main propellant flow at this throttle
  double totalKgS = 0.0;
  double thrustVacN = 0.0, thrustSlN = 0.0;
  double burnFraction = 1.0;  // of the step, < 1 when it burns out inside it
};

StageFlow stageFlow(const StageConfig& c, StageRun& run, double metS, double dt, int engines) {
  StageFlow f;
  if (!run.lit || run.out) return f;
  const double usable = run.propKg - c.residualKg;
  double level = throttleAt(c, metS);
  if (c.shutdownReserveKg > 0.0 && usable * engines <= c.shutdownReserveKg * engines)
    level = c.shutdownLevel;
  const double mdot = massFlow(c.engine) * level;
  f.mainKgS = mdot * engines;
  f.totalKgS = f.mainKgS * (1.0 + auxRatio(c));
  f.thrustVacN = c.engine.thrustVacN * c.engine.count * level * engines;
  // Throttling scales the mass flow and so the vacuum thrust; the
  // back-pressure loss p_a * A_exit (vacuum minus sea-level thrust) does not
  // depend on the flow, so it is taken off whole: at 75 % throttle the
  // sea-level thrust is 0.75 F_vac - (F_vac - F_sl), not 0.75 F_sl.
  const double backPressureLossN = c.engine.thrustVacN - c.engine.thrustSlN;
  f.thrustSlN = level > 0.0
                    ? (c.engine.thrustVacN * level - backPressureLossN) * c.engine.count * engines
                    : 0.0;
  if (mdot > 0.0 && usable < mdot * dt) f.burnFraction = std::max(0.0, usable / (mdot * dt));
  return f;
}

// The mission ends for the Soyuz: one event says so, whatever the cause
// (never lifting off, a stage burning out short of orbit, falling back).
void Simulator::failAscent(SimState& s, double utcS, const std::string& why) {
  if (s.orbitFailed) return;
  s.orbitFailed = true;
  emit("orbit_not_reached", "Orbit not reached", utcS,
       why + " The Soyuz stays on the rocket and no rendezvous is flown.");
}

void Simulator::holdOnGround(SimState& s) {
  const double gmst =
      astro::gmstRad(astro::julianDate(astro::ut1FromUtc(utcOf(s.tick + 1), m_c.dut1S)));
  s.stack.posTeme = astro::ecefToTeme(s.downEcef, gmst);
  s.stack.velTeme = glm::cross(glm::dvec3(0, 0, astro::kEarthRotationRate), s.stack.posTeme);
  s.stackForces = StepForces{};
  s.stackForces.ambientPressurePa = us76Atmosphere(0.0).pressurePa;
}

// The thrust direction while flying: the pitch program in the ISS plane,
// then closed-loop PEG on the third stage, which also says when the orbit's
// energy reaches the target's (cut-off inside the step); the stack's own
// axis once it has burnt out short of orbit.
Simulator::AscentSteer Simulator::ascentSteer(SimState& s, double met, const glm::dvec3& n,
                                              double thrustNow) const {
  AscentSteer out;
  out.dirTeme = glm::normalize(s.stack.posTeme);
  out.thirdCutAfterS = m_dt;
  if (!s.released) return out;
  const LaunchVehicleConfig& v = m_c.vehicle;
  const double mass = s.stack.massKg;
  glm::dvec3& dir = out.dirTeme;
  bool& thirdCut = out.thirdCut;
  double& thirdCutAfter = out.thirdCutAfterS;

  const double pitch = pitchProgramDeg(m_c.launch.pitchProgram, met) * kDegToRad;
  const bool vertical = pitch <= 0.0;
  const double horizon = std::max(m_c.launch.pegStartMetS + 240.0 - met, 30.0);
  if (s.orbitFailed) {
    // Burnt out short of orbit: no thrust to steer, the stack keeps its attitude.
    dir = s.stackAtt * glm::dvec3(1.0, 0.0, 0.0);
  } else if (!s.coreOn && s.third.lit && met >= m_c.launch.pegStartMetS) {
    PegInputs in;
    in.posTeme = s.stack.posTeme;
    in.velTeme = s.stack.velTeme;
    in.planeNormal = n;
    in.thrustAccel = thrustNow / mass;
    in.exhaustSpeed = v.third.engine.ispVacS * kStandardGravity;
    in.timeS = met;
    dir = pegSteer(s.peg, m_target, in);
    // Cut-off when the orbit's energy reaches the target's (inside the step).
    const double r = glm::length(s.stack.posTeme);
    const double e0 = 0.5 * glm::dot(s.stack.velTeme, s.stack.velTeme) - astro::kEarthGm / r;
    const double eT = -astro::kEarthGm / (2.0 * m_target.semiMajorAxisM);
    const double de = glm::dot(s.stack.velTeme, dir) * thrustNow / mass * m_dt;
    if (de > 0.0 && e0 + de >= eT) {
      thirdCut = true;
      thirdCutAfter = std::max(0.0, (eT - e0) / de) * m_dt;
    }
  } else if (!vertical) {
    const double fn =
        outOfPlaneFraction(s.stack.posTeme, s.stack.velTeme, n, thrustNow / mass, horizon, 0.3);
    dir = programSteer(s.stack.posTeme, n, pitch, fn);
  }
  return out;
}

// On the pad: the arms let go once thrust exceeds weight at lift-off; held
// down too long, the rocket never lifts off (true: it stays on the ground).
bool Simulator::holdOrRelease(SimState& s, double met, double utc, const glm::dvec3& n,
                              double thrustSlN) {
  const double mass = s.stack.massKg;
  // Held on the pad: the arms let go once thrust exceeds weight at lift-off.
  const double weight = mass * glm::length(gravityAccel(s.stack.posTeme));
  // Held down this long past T+0 (too little thrust, or none left), it never will lift off.
  constexpr double kMaxHoldS = 10.0;
  if (met >= kMaxHoldS && thrustSlN <= weight) {
    failAscent(s, utc,
               fmt("The engines' %.0f kN never exceed the rocket's weight, %.0f kN: Soyuz-2.1a "
                   "does not lift off.",
                   thrustSlN / 1000.0, weight / 1000.0));
    s.stackDown = true;
    s.downEcef = astro::temeToEcef(
        s.stack.posTeme, astro::gmstRad(astro::julianDate(astro::ut1FromUtc(utc, m_c.dut1S))));
    return true;
  }
  if (met >= 0.0 && thrustSlN > weight) {
    s.released = true;
    const double az = inertialLaunchAzimuthRad(s.stack.posTeme, n) / kDegToRad;
    emit("liftoff", "Lift-off", utc,
         m_nodeShiftRad == 0.0
             ? fmt("The support arms swing away and Soyuz-2.1a lifts off from Baikonur Site 31/6. "
                   "Launch azimuth %.2f deg (inertial), set by the ISS orbital plane.",
                   az)
             : fmt("The support arms swing away and Soyuz-2.1a lifts off from Baikonur Site 31/6. "
                   "Launched late, the pad is %.0f km from the ISS orbital plane, too far to "
                   "steer "
                   "into it: the rocket flies into a plane of the same inclination through the "
                   "pad, "
                   "its node %.2f deg east of the station's (azimuth %.2f deg).",
                   std::abs(m_padPlaneOffsetM) / 1000.0, m_nodeShiftRad / kDegToRad, az));
  }
  return false;
}

// Max-Q: the step where dynamic pressure stops rising.
void Simulator::noteMaxQ(SimState& s, double met, double utc) {
  if (!s.released || s.maxQDone) return;
  if (s.stackForces.dynamicPressurePa < s.lastQ && met > 10.0) {
    s.maxQDone = true;
    emit("max_q", "Max Q", utc,
         fmt("Maximum dynamic pressure, %.1f kPa: the air pushes hardest on the rocket.",
             s.lastQ / 1000.0));
  }
  s.lastQ = s.stackForces.dynamicPressurePa;
}

// Propellant accounting and burn-outs: the boosters and the core run dry
// (their separations scheduled), the third stage is cut off by the guidance
// or runs dry short of orbit.
void Simulator::burnOutStages(SimState& s, const StageFlow& fb, const StageFlow& fc,
                              const StageFlow& f3, double utc, const AscentSteer& steer) {
  const LaunchVehicleConfig& v = m_c.vehicle;
  const bool thirdCut = steer.thirdCut;
  const double thirdCutAfter = steer.thirdCutAfterS;
  auto burn = [&](const StageConfig& c, StageRun& run, const StageFlow& f, int engines,
                  double fraction) {
    if (f.mainKgS <= 0.0) return false;
    run.propKg -= f.mainKgS / engines * m_dt * fraction;
    run.auxKg -= (f.totalKgS - f.mainKgS) / engines * m_dt * fraction;
    if (run.propKg <= c.residualKg + 1e-9) {
      run.propKg = c.residualKg;
      run.out = true;
      return true;
    }
    return false;
  };
  const double utcEnd = utcOf(s.tick + 1);
  if (burn(v.booster, s.booster, fb, 4, fb.burnFraction) && s.boostersOn) {
    s.boosterSepTick =
        s.tick + 1 + static_cast<int64_t>(std::llround(v.booster.separationDelayS / m_dt));
    emit("booster_cutoff", "Booster burn-out", utc + fb.burnFraction * m_dt,
         "The four strap-on boosters run out of propellant.");
  }
  if (burn(v.core, s.core, fc, 1, fc.burnFraction) && s.coreOn) {
    const double tOut = utc + fc.burnFraction * m_dt;
    emit("core_cutoff", "Core stage cut-off", tOut,
         "The core stage (Block A) runs out of propellant.");
    s.coreSepTick = s.tick + 1 + static_cast<int64_t>(std::llround(v.core.separationDelayS / m_dt));
    s.third.lit = true;
    emit("third_stage_ignition", "Third-stage ignition", tOut - v.thirdIgnitionLeadS,
         "The RD-0110 of the third stage lights while still attached: 'hot staging' through the "
         "lattice interstage.");
  }
  if (f3.mainKgS > 0.0) {
    const double fraction = thirdCut ? thirdCutAfter / m_dt : 1.0;
    if (burn(v.third, s.third, f3, 1, fraction) && !thirdCut) {
      const OrbitFigures o = orbitFigures(s.stack.posTeme, s.stack.velTeme);
      failAscent(s, utcEnd,
                 o.perigeeHeightM > 0.0
                     ? fmt("The third stage runs out of propellant short of the target orbit: "
                           "%.0f x %.0f km instead of %.0f x %.0f km.",
                           o.perigeeHeightM / 1000.0, o.apogeeHeightM / 1000.0,
                           m_c.launch.targetPerigeeKm, m_c.launch.targetApogeeKm)
                     : fmt("The third stage runs out of propellant at %.0f km and %.2f km/s, short "
                           "of orbital speed: the rocket falls back to Earth.",
                           ellipsoidHeightM(s.stack.posTeme) / 1000.0,
                           glm::length(s.stack.velTeme) / 1000.0));
    }
    if (thirdCut && !s.third.out) {
      s.third.out = true;
      const OrbitFigures o = orbitFigures(s.stack.posTeme, s.stack.velTeme);
      emit("third_stage_cutoff", "Third-stage cut-off", utc + thirdCutAfter,
           fmt("The guidance shuts down the third stage: target orbit reached, %.1f x %.1f km at "
               "%.3f deg.",
               o.perigeeHeightM / 1000.0, o.apogeeHeightM / 1000.0, o.inclinationRad / kDegToRad));
      s.scSepTick =
          s.tick + 1 + static_cast<int64_t>(std::llround(v.third.separationDelayS / m_dt));
    }
  }
}

// Back on the ground after lift-off: it lies there from now on.
void Simulator::checkGroundImpact(SimState& s, double met) {
  const double utcEnd = utcOf(s.tick + 1);
  if (s.released && met > kGroundClearS && ellipsoidHeightM(s.stack.posTeme) <= 0.0) {
    failAscent(s, utcEnd, "The rocket falls back to the ground before reaching orbit.");
    emit("stack_impact", "Impact", utcEnd,
         fmt("The rocket hits the ground %.0f km from the pad.",
             glm::length(s.stack.posTeme - padTeme(utcEnd, nullptr)) / 1000.0));
    s.stackDown = true;
    s.downEcef = astro::temeToEcef(
        s.stack.posTeme, astro::gmstRad(astro::julianDate(astro::ut1FromUtc(utcEnd, m_c.dut1S))));
  }
}

void Simulator::stepStack(SimState& s) {
  if (s.stackDown) return holdOnGround(s);
  const LaunchVehicleConfig& v = m_c.vehicle;
  const double met = metOf(s.tick);
  const double utc = utcOf(s.tick);
  // Ignition of the first two stages (preliminary thrust on the pad).
  if (!s.booster.lit && met >= v.booster.ignitionMetS) s.booster.lit = true;
  if (!s.core.lit && met >= v.core.ignitionMetS) {
    s.core.lit = true;
    emit("ignition", "Engine ignition", utc,
         "The five first- and second-stage engines light at preliminary thrust while the rocket "
         "is still held by the launch pad's support arms.");
  }
  const StageFlow fb = s.boostersOn ? stageFlow(v.booster, s.booster, met, m_dt, 4) : StageFlow{};
  const StageFlow fc = s.coreOn ? stageFlow(v.core, s.core, met, m_dt, 1) : StageFlow{};
  const StageFlow f3 = stageFlow(v.third, s.third, met, m_dt, 1);
  s.stackEngines = static_cast<uint8_t>((fb.mainKgS > 0.0 ? kEnginesBoosters : 0) |
                                        (fc.mainKgS > 0.0 ? kEngineCore : 0) |
                                        (f3.mainKgS > 0.0 ? kEngineThird : 0));

  // Guidance: the thrust direction for this step.
  const glm::dvec3 n = planeNormal(utc);
  glm::dvec3 dir = glm::normalize(s.stack.posTeme);
  Propulsion prop;
  prop.thrustVacN =
      fb.thrustVacN * fb.burnFraction + fc.thrustVacN * fc.burnFraction + f3.thrustVacN;
  prop.thrustSlN = fb.thrustSlN * fb.burnFraction + fc.thrustSlN * fc.burnFraction + f3.thrustSlN;
  prop.massFlowKgS = fb.totalKgS * fb.burnFraction + fc.totalKgS * fc.burnFraction + f3.totalKgS;
  const AscentSteer steer = ascentSteer(s, met, n, prop.thrustVacN);
  if (s.released) dir = steer.dirTeme;
  if (steer.thirdCut) prop.cutoffAfterS = steer.thirdCutAfterS;
  prop.dirTeme = dir;
  s.stackAtt = attitudeFromAxes(dir, n);

  const Aero aero{s.boostersOn ? v.stackDragAreaM2 : v.upperStackDragAreaM2, v.stackDragCd};
  if (!s.released && holdOrRelease(s, met, utc, n, prop.thrustSlN)) return holdOnGround(s);
  double burnedMass = prop.massFlowKgS * std::min(prop.cutoffAfterS, m_dt);
  if (s.released) {
    s.stack = stepBody(s.stack, m_dt, prop, aero, &s.stackForces);
  } else {
    glm::dvec3 vel;
    s.stack.posTeme = padTeme(utcOf(s.tick + 1), &vel);
    s.stack.velTeme = vel;
    s.stack.massKg -= burnedMass;
    s.stackForces = StepForces{};
    s.stackForces.thrustN = prop.thrustSlN;
    s.stackForces.ambientPressurePa =
        us76Atmosphere(m_c.launch.padHeightM).pressurePa;  // on the pad
  }
  noteMaxQ(s, met, utc);
  burnOutStages(s, fb, fc, f3, utc, steer);
  checkGroundImpact(s, met);
}

// Rough shapes of the pieces (length, radius, m) for their moments of
// inertia as solid cylinders: EST from the rocket's dimensions (only the
// ratios matter for a torque-free tumble).
glm::dvec3 pieceInertia(ObjectId id, double massKg) {
  switch (id) {
    case ObjectId::Core:
      return cylinderInertia(massKg, 27.1, 1.48);
    case ObjectId::ThirdStage:
      return cylinderInertia(massKg, 6.7, 1.33);
    case ObjectId::Les:
      return cylinderInertia(massKg, 8.0, 0.5);
    case ObjectId::Fairing1:
    case ObjectId::Fairing2:
      return cylinderInertia(massKg, 11.4, 1.65);
    default:
      return cylinderInertia(massKg, 19.6, 1.34);  // boosters
  }
}

// The separation rate of a piece pushed along pushDirBody: the configured
// rate is for a push toward -Y (booster 1, fairing half 1); a piece pushed
// another way round the axis gets it turned about +X to match.
glm::dvec3 separationRate(const glm::dvec3& rateDegS, const glm::dvec3& pushDirBody) {
  const double angle = (pushDirBody.y == 0.0 && pushDirBody.z == 0.0)
                           ? 0.0
                           : std::atan2(pushDirBody.z, pushDirBody.y) - std::atan2(0.0, -1.0);
  const double c = std::cos(angle), sn = std::sin(angle);
  const glm::dvec3 r = rateDegS * kDegToRad;
  return {r.x, c * r.y - sn * r.z, sn * r.y + c * r.z};
}

void Simulator::separate(SimState& s, ObjectId id, const glm::dvec3& rateDegS, double massKg,
                         const glm::dvec3& pushDirBody, double pushMs, const Aero& aero) {
  Piece& p = piece(s, id);
  p.flying = true;
  p.rateBody = separationRate(rateDegS, pushDirBody);
  p.inertia = pieceInertia(id, massKg);
  p.attMode = AttitudeMode::Free;
  p.body.posTeme = s.stack.posTeme;
  p.body.velTeme = s.stack.velTeme + pushMs * (s.stackAtt * pushDirBody);
  p.body.massKg = massKg;
  p.att = s.stackAtt;
  p.aero = aero;
  p.phase = Phase::Ballistic;
  m_out.separationTick[static_cast<size_t>(id)] = s.tick;
  m_forceSample[static_cast<size_t>(id)] = true;
}

void Simulator::stagingEvents(SimState& s) {
  if (s.stackDown) return;  // nothing leaves a rocket on the ground
  const LaunchVehicleConfig& v = m_c.vehicle;
  const int64_t t = s.tick;  // the state now belongs to this tick
  const double utc = utcOf(t);
  const auto masses = pieceMasses(s);
  if (s.boostersOn && s.boosterSepTick == t) {
    const Aero a{v.booster.dragAreaM2, v.booster.dragCd};
    const ObjectId ids[4] = {ObjectId::Booster1, ObjectId::Booster2, ObjectId::Booster3,
                             ObjectId::Booster4};
    const glm::dvec3 out[4] = {{0, -1, 0}, {0, 0, -1}, {0, 1, 0}, {0, 0, 1}};
    for (int i = 0; i < 4; ++i)
      separate(s, ids[i], v.booster.separationRateDegS, masses[static_cast<size_t>(ids[i])], out[i],
               v.booster.separationSpeedMs, a);
    s.boostersOn = false;
    const double alt = ellipsoidHeightM(s.stack.posTeme);
    const double ground = glm::length(airRelativeVelocity(s.stack.posTeme, s.stack.velTeme));
    emit("booster_sep", "Booster separation", utc,
         fmt("The four boosters fall away in the 'Korolev cross' at %.1f km altitude, %.2f km/s "
             "over the ground. They fall back to Earth on ballistic paths.",
             alt / 1000.0, ground / 1000.0));
  }
  if (s.lesOn && t == tickOfMet(v.les.metS)) {
    separate(s, ObjectId::Les, v.les.separationRateDegS, v.les.massKg, {1, 0, 0},
             v.les.separationSpeedMs, {v.les.dragAreaM2, v.les.dragCd});
    s.lesOn = false;
    emit("les_jettison", "Launch escape tower jettison", utc,
         "The emergency escape rocket on the nose is no longer needed and is fired away.");
  }
  if (s.fairingOn && t == tickOfMet(v.fairingHalf.metS)) {
    const Aero a{v.fairingHalf.dragAreaM2, v.fairingHalf.dragCd};
    separate(s, ObjectId::Fairing1, v.fairingHalf.separationRateDegS, v.fairingHalf.massKg,
             {0, -1, 0}, v.fairingHalf.separationSpeedMs, a);
    separate(s, ObjectId::Fairing2, v.fairingHalf.separationRateDegS, v.fairingHalf.massKg,
             {0, 1, 0}, v.fairingHalf.separationSpeedMs, a);
    s.fairingOn = false;
    emit("fairing_sep", "Payload fairing separation", utc,
         fmt("Above the dense atmosphere (%.0f km) the two fairing halves open and fall away; "
             "the Soyuz is in the open.",
             ellipsoidHeightM(s.stack.posTeme) / 1000.0));
  }
  if (s.coreOn && s.coreSepTick == t) {
    separate(s, ObjectId::Core, v.core.separationRateDegS,
             masses[static_cast<size_t>(ObjectId::Core)], {-1, 0, 0}, v.core.separationSpeedMs,
             {v.core.dragAreaM2, v.core.dragCd});
    s.coreOn = false;
    s.skirtTick = t + static_cast<int64_t>(std::llround(v.aftSkirtDelayS / m_dt));
    emit("core_sep", "Core stage separation", utc,
         fmt("The spent core stage separates at %.0f km and %.2f km/s over the ground, about half "
             "of orbital speed; it falls back to Earth.",
             ellipsoidHeightM(s.stack.posTeme) / 1000.0,
             glm::length(airRelativeVelocity(s.stack.posTeme, s.stack.velTeme)) / 1000.0));
  }
  if (s.skirtOn && s.skirtTick == t) {
    s.skirtOn = false;
    emit("aft_skirt_jettison", "Third-stage aft skirt jettison", utc,
         "The aft skirt of the third stage, scorched by hot staging, is dropped.");
  }
  // Whatever left the stack this tick leaves its mass too.
  s.stack.massKg = stackMass(s);
  if (s.scSepTick == t && s.stackActive) {
    // Spacecraft separation: the third stage keeps the stack origin; the
    // Soyuz starts its own flight from its probe tip.
    separate(s, ObjectId::ThirdStage, v.third.separationRateDegS,
             masses[static_cast<size_t>(ObjectId::ThirdStage)], {0, 0, 0}, 0.0,
             {v.third.dragAreaM2, v.third.dragCd});
    Piece& sc = piece(s, ObjectId::Soyuz);
    sc.flying = true;
    sc.att = s.stackAtt;
    const glm::dvec3 tip = s.stack.posTeme + s.stackAtt * m_c.spacecraft.probeTipInStackM;
    sc.body.posTeme =
        tip - sc.att * glm::dvec3(m_c.spacecraft.attitude.comBehindProbeTipM, 0.0, 0.0);
    sc.body.velTeme =
        s.stack.velTeme + m_c.spacecraft.separationSpeedMs * (s.stackAtt * glm::dvec3(1, 0, 0));
    sc.body.massKg = m_c.spacecraft.massKg;
    sc.rateBody = glm::dvec3(0.0);
    sc.inertia = m_c.spacecraft.attitude.inertiaKgM2;
    sc.attMode = AttitudeMode::Orbital;
    sc.aero = {m_c.spacecraft.dragAreaM2, m_c.spacecraft.dragCd};
    sc.phase = Phase::Orbit;
    m_out.separationTick[static_cast<size_t>(ObjectId::Soyuz)] = t;
    m_forceSample[static_cast<size_t>(ObjectId::Soyuz)] = true;
    s.mode = SoyuzMode::Coast;
    sampleStack(s);  // the stack's last state
    s.stackActive = false;
    const OrbitFigures o = orbitFigures(sc.body.posTeme, sc.body.velTeme);
    emit("spacecraft_sep", "Spacecraft separation", utc,
         fmt("Soyuz MS-19 separates from the third stage in a %.1f x %.1f km orbit inclined %.3f "
             "deg; "
             "antennas and solar arrays deploy.",
             o.perigeeHeightM / 1000.0, o.apogeeHeightM / 1000.0, o.inclinationRad / kDegToRad));
  }
}

//-----------------------------------------------------------------------------
// [SECTION] separated pieces
//-----------------------------------------------------------------------------

// A spent piece reaches the ground: an event with the place, for the class
// (the impact zones are downrange in Kazakhstan and beyond).
void Simulator::impactEvent(ObjectId id, const glm::dvec3& posTeme, double utcS) {
  const double gmst = astro::gmstRad(astro::julianDate(astro::ut1FromUtc(utcS, m_c.dut1S)));
  const astro::Geodetic g = astro::geodeticFromEcef(astro::temeToEcef(posTeme, gmst));
  const double lat = g.latRad / kDegToRad, lon = g.lonRad / kDegToRad;
  const double downrangeKm = glm::length(posTeme - padTeme(utcS, nullptr)) / 1000.0;
  struct Name {
    ObjectId id;
    const char* name;
  };
  static constexpr Name kNames[] = {{ObjectId::Booster1, "Booster 1 (Block B)"},
                                    {ObjectId::Booster2, "Booster 2 (Block V)"},
                                    {ObjectId::Booster3, "Booster 3 (Block G)"},
                                    {ObjectId::Booster4, "Booster 4 (Block D)"},
                                    {ObjectId::Core, "Core stage"},
                                    {ObjectId::Fairing1, "Fairing half 1"},
                                    {ObjectId::Fairing2, "Fairing half 2"},
                                    {ObjectId::Les, "Escape tower"},
                                    {ObjectId::ThirdStage, "Third stage"}};
  for (const Name& n : kNames) {
    if (n.id != id) continue;
    // The event id is the object's own id ("booster_1_impact"), not a second spelling of it.
    emit(std::string(objectIdName(id)) + "_impact", std::string(n.name) + " impact", utcS, "");
    MissionEvent& e = m_out.events.back();
    e.caption =
        std::string(n.name) +
        fmt(" falls to the ground %.0f km from the pad, at %.2f deg ", downrangeKm, std::abs(lat)) +
        (lat >= 0.0 ? "N, " : "S, ") + fmt("%.2f deg ", std::abs(lon)) + (lon >= 0.0 ? "E." : "W.");
    e.hasPlace = true;
    e.latDeg = lat;
    e.lonDeg = lon;
  }
}

void Simulator::stepPieces(SimState& s) {
  for (int i = 0; i < kObjectCount; ++i) {
    const ObjectId id = static_cast<ObjectId>(i);
    if (id == ObjectId::Soyuz || id == ObjectId::Stack || id == ObjectId::Iss) continue;
    Piece& p = s.pieces[static_cast<size_t>(i)];
    if (!p.flying || p.done) continue;
    p.body = stepBody(p.body, m_dt, Propulsion{}, p.aero, &p.forces);
    // Tumbling freely (aerodynamic torques are not modelled).
    const AttitudeState a = stepAttitude({p.att, p.rateBody}, p.inertia, glm::dvec3(0.0), m_dt);
    p.att = a.bodyToTeme;
    p.rateBody = a.rateBodyRadS;
    p.phase = id == ObjectId::ThirdStage ? Phase::Orbit : Phase::Ballistic;
    if (ellipsoidHeightM(p.body.posTeme) <= 0.0) {
      p.done = true;
      p.phase = Phase::Impacted;
      m_forceSample[static_cast<size_t>(i)] = true;
      impactEvent(id, p.body.posTeme, utcOf(s.tick + 1));
    }
  }
}

//-----------------------------------------------------------------------------
// [SECTION] Soyuz: coast, phasing burns, proximity operations, contact
//-----------------------------------------------------------------------------

double Simulator::deltaVCapacityMs(const SimState& s) const {
  const Piece& sc = s.pieces[static_cast<size_t>(ObjectId::Soyuz)];
  const double ve = m_c.spacecraft.mainEngine.ispVacS * kStandardGravity;
  const double dry = sc.body.massKg - std::max(0.0, s.soyuzPropKg);
  return dry > 0.0 ? ve * std::log(sc.body.massKg / dry) : 0.0;
}

// The whole burn sequence at once, some minutes before the first burn, from
// the orbit actually reached: the impulses at the [[burn]] instants that
// bring the Soyuz to the aim point at rest in the ISS LVLH frame, with the
// least total delta-v (rendezvous_planner.h), against the ISS SGP4
// ephemeris. If that is impossible within the propellant (less the deorbit
// reserve) - the station too far ahead, as after a late launch - the Soyuz
// waits whole orbits of its low insertion orbit, where it gains on the
// station, and flies the same sequence later (up to max_wait_orbits); all
// later events shift with it. Failing that, nothing is flown.
void Simulator::planRendezvousBurns(SimState& s) {
  s.rendezvousPlanned = true;
  Piece& sc = piece(s, ObjectId::Soyuz);
  const double now = utcOf(s.tick);
  const double capacity = deltaVCapacityMs(s);
  const double usable = capacity - m_c.rendezvous.deorbitReserveMs;
  const StateVector issNow = m_iss.state(now);
  const RelativeState rel = relativeStateLvlh(issNow, {sc.body.posTeme, sc.body.velTeme});
  const double phaseDeg = -rel.posLvlh.x / glm::length(issNow.posTeme) / kDegToRad;
  const double periodS = orbitFigures(sc.body.posTeme, sc.body.velTeme).periodS;
  const IssEphemeris& iss = m_iss;
  const TargetEphemeris eph = [&iss](double utcS) { return iss.state(utcS); };
  RendezvousPlan first;
  const int maxWait = static_cast<int>(m_c.rendezvous.maxWaitOrbits);
  for (int k = 0; k <= maxWait; ++k) {
    const double delay = k * periodS;
    std::vector<double> times;
    for (const BurnPlan& b : m_c.burns)
      times.push_back(m_c.launch.liftoffUtcS + b.centerMetS + delay);
    AimPoint aim;
    aim.posLvlh = m_c.rendezvous.aimLvlhM;
    aim.arrivalUtcS = m_c.launch.liftoffUtcS + m_c.rendezvous.arriveMetS + delay;
    const RendezvousPlan plan =
        planRendezvous({sc.body.posTeme, sc.body.velTeme}, now, eph, times, aim);
    if (k == 0) first = plan;
    if (!plan.ok() || plan.totalDvMps > usable) continue;
    s.plan = plan.burns;
    m_delayS = delay;
    if (k == 0) {
      emit("rendezvous_plan", "Rendezvous burns computed", now,
           fmt("The Soyuz is %.1f deg of orbit behind the station. The flight computer works out "
               "%.0f burns, %.1f m/s in all, that bring it %.1f km behind ",
               phaseDeg, static_cast<double>(plan.burns.size()), plan.totalDvMps,
               -m_c.rendezvous.aimLvlhM.x / 1000.0) +
               fmt("and %.1f km below the station by the end of its second orbit.",
                   m_c.rendezvous.aimLvlhM.z / 1000.0));
      return;
    }
    const std::string need =
        first.ok() ? fmt("%.0f m/s", first.totalDvMps) : std::string("more than the tanks hold");
    emit("rendezvous_plan", "Rendezvous re-planned", now,
         fmt("The station is %.1f deg ahead, too far for the two-orbit profile (it would need ",
             phaseDeg) +
             need +
             fmt("). The Soyuz stays %.0f more orbits in its low orbit, gaining on the station, "
                 "then "
                 "flies the same %.0f burns, %.1f m/s in all: everything after is %.0f min later.",
                 static_cast<double>(k), static_cast<double>(plan.burns.size()), plan.totalDvMps,
                 delay / 60.0));
    // The timeline runs on to the (shifted) hatch opening.
    const double endUtc = m_c.proximity.hatchOpenUtcS + m_delayS + m_c.timeline.endAfterHatchS;
    m_endTick = std::max(m_endTick, tickOfUtc(endUtc));
    return;
  }
  s.rendezvousAbandoned = true;
  m_forceSample[static_cast<size_t>(ObjectId::Soyuz)] = true;
  const std::string need =
      first.ok() ? fmt("%.0f m/s", first.totalDvMps) : std::string("no solution");
  emit("rendezvous_impossible", "No rendezvous", now,
       fmt("The Soyuz trails the station by %.1f deg of orbit and is %.1f km out of its plane. ",
           phaseDeg, std::abs(rel.posLvlh.y) / 1000.0) +
           "The two-orbit rendezvous would need " + need +
           fmt(" of main-engine delta-v, and waiting up to %.0f orbits does not help; the tanks "
               "give "
               "%.0f m/s, %.0f of which is kept for the deorbit burn. No burns are flown: in "
               "reality "
               "the launch would have waited for the next day's in-plane window.",
               static_cast<double>(maxWait), capacity, m_c.rendezvous.deorbitReserveMs));
}

// Finite S5.80 burn for the next impulse, centred on its instant.
void Simulator::prepareBurn(SimState& s) {
  Piece& sc = piece(s, ObjectId::Soyuz);
  const ImpulsiveBurn& b = s.plan[s.nextBurn];
  const EngineConfig& e = m_c.spacecraft.mainEngine;
  const double ve = e.ispVacS * kStandardGravity;
  s.burnDvMs = glm::length(b.dvTeme);
  s.burnDir = s.burnDvMs > 0.0 ? b.dvTeme / s.burnDvMs : glm::dvec3(1.0, 0.0, 0.0);
  s.burnDvDoneMs = 0.0;
  const double duration = sc.body.massKg * (1.0 - std::exp(-s.burnDvMs / ve)) / massFlow(e);
  s.burnIgnitionTick = std::max(s.tick, tickOfUtc(b.utcS - 0.5 * duration));
  s.burnPlanned = true;
}

// Closed loop: after each burn, the burns still ahead are re-solved from the
// state reached (finite-burn and drag errors).
void Simulator::retarget(SimState& s, double now) {
  if (s.nextBurn >= s.plan.size()) return;
  Piece& sc = piece(s, ObjectId::Soyuz);
  AimPoint aim;
  aim.posLvlh = m_c.rendezvous.aimLvlhM;
  aim.arrivalUtcS = m_c.launch.liftoffUtcS + m_c.rendezvous.arriveMetS + m_delayS;
  const IssEphemeris& iss = m_iss;
  const TargetEphemeris eph = [&iss](double utcS) { return iss.state(utcS); };
  const std::vector<ImpulsiveBurn> ahead(s.plan.begin() + static_cast<std::ptrdiff_t>(s.nextBurn),
                                         s.plan.end());
  const RendezvousPlan re =
      retargetRendezvous({sc.body.posTeme, sc.body.velTeme}, now, eph, ahead, aim);
  if (re.ok() && re.burns.size() == ahead.size())
    std::copy(re.burns.begin(), re.burns.end(),
              s.plan.begin() + static_cast<std::ptrdiff_t>(s.nextBurn));
}

// Probe tip (the Soyuz frame origin) from the integrated centre of mass.
StateVector Simulator::soyuzTip(const Piece& sc) const {
  const glm::dvec3 arm = sc.att * glm::dvec3(m_c.spacecraft.attitude.comBehindProbeTipM, 0.0, 0.0);
  const glm::dvec3 w = sc.att * sc.rateBody;
  return {sc.body.posTeme + arm, sc.body.velTeme + glm::cross(w, arm)};
}

// The station as the rendezvous sensors see it: SGP4 position, and velocity
// as the derivative of that position (central differences). SGP4's own
// velocity output is not exactly its position's derivative; a range rate
// built on it would show a steady false drift at the port.
StateVector Simulator::issMeasured(double utcS) const {
  constexpr double kH = 0.5;
  const glm::dvec3 pm = m_iss.state(utcS - kH).posTeme;
  const glm::dvec3 pp = m_iss.state(utcS + kH).posTeme;
  return {m_iss.state(utcS).posTeme, (pp - pm) / (2.0 * kH)};
}

PortRelative Simulator::measure(const Piece& sc, const StateVector& iss) const {
  const RelativeState rel = relativeStateLvlh(iss, soyuzTip(sc));
  return measurePortRelative(rel.posLvlh - m_iss.portPosLvlh(), rel.velLvlh, m_iss.portAxisLvlh());
}

// The attitude the Soyuz's control law steers to in its current mode, and
// the rate at which that target itself turns (inertial axes).
glm::dquat Simulator::soyuzTarget(const SimState& s, const Piece& sc, double utcS,
                                  glm::dvec3* rateTeme) const {
  const glm::dvec3 down = -sc.body.posTeme;
  *rateTeme =
      glm::cross(sc.body.posTeme, sc.body.velTeme) / glm::dot(sc.body.posTeme, sc.body.posTeme);
  switch (sc.attMode) {
    case AttitudeMode::BurnAttitude:
      *rateTeme = glm::dvec3(0.0);  // held fixed in inertial space through the burn
      return attitudeFromAxes(s.burnDir, glm::cross(down, s.burnDir));
    case AttitudeMode::KursPointing: {
      // Docking axis at the port; roll as for docking (+Y along the station's +Y).
      const StateVector iss = m_iss.state(utcS);
      const glm::dquat issAtt = m_iss.attitudeFromState(iss);
      const DockingPort port = m_iss.portFromState(iss);
      *rateTeme = glm::cross(iss.posTeme, iss.velTeme) / glm::dot(iss.posTeme, iss.posTeme);
      return attitudeFromAxes(port.posTeme - soyuzTip(sc).posTeme, issAtt * glm::dvec3(0, 1, 0));
    }
    case AttitudeMode::Docking:
    case AttitudeMode::Manual: {
      const StateVector iss = m_iss.state(utcS);
      *rateTeme = glm::cross(iss.posTeme, iss.velTeme) / glm::dot(iss.posTeme, iss.posTeme);
      return glm::normalize(m_iss.attitudeFromState(iss) * m_out.soyuzFromIssBody);
    }
    default:  // orbital: nose along the velocity, belly to the Earth
      return attitudeFromAxes(sc.body.velTeme, glm::cross(down, sc.body.velTeme));
  }
}

RcsConfig Simulator::rcsConfig() const {
  const SpacecraftConfig& c = m_c.spacecraft;
  RcsConfig r;
  r.thrustN = c.rcs.thrustVacN;
  r.perTranslationGroup = c.rcs.count;
  r.perRotationCouple = c.attitude.coupleThrusters;
  r.couplesArmM = c.attitude.coupleArmM;
  r.ispS = c.rcs.ispVacS;
  r.minPulseS = c.attitude.minPulseS;
  return r;
}

// Body force the DPO-B thrusters are asked for to follow a velocity command:
// nothing until the error leaves the deadband, then the whole error is
// nulled (to a fifth of the deadband) as one correction - the impulse.
glm::dvec3 Simulator::translationForce(SimState& s, const Piece& sc, const VelocityCommand& cmd,
                                       const PortRelative& m, const StateVector& iss) const {
  if (!cmd.active) {
    s.translating = false;
    return glm::dvec3(0.0);
  }
  const glm::dvec3 errLvlh = cmd.velLvlh - m.velLvlh;
  const double err = glm::length(errLvlh);
  if (err > cmd.deadbandMs) s.translating = true;
  if (err < 0.2 * cmd.deadbandMs) s.translating = false;
  if (!s.translating) return glm::dvec3(0.0);
  const glm::dvec3 errTeme = vectorToTeme(lvlhFrame(iss), errLvlh);
  constexpr double kCorrectS = 1.0;  // asks for the error back within a second: saturates
  return glm::conjugate(sc.att) * (errTeme * (sc.body.massKg / kCorrectS));
}

void Simulator::startProximity(SimState& s) {
  Piece& sc = piece(s, ObjectId::Soyuz);
  const double now = utcOf(s.tick);
  const StateVector iss = issMeasured(now);
  const PortRelative m = measure(sc, iss);
  s.mode = SoyuzMode::Proximity;
  s.kurs = KursState{};
  sc.attMode = AttitudeMode::KursPointing;
  s.lastAxialM = m.axialM;
  const RelativeState rel = relativeStateLvlh(iss, soyuzTip(sc));
  emit("approach_start", "Automatic approach", now,
       fmt("The last phasing burn is done. Kurs-NA locks on and guides the Soyuz in from %.1f km "
           "(%.1f km behind and %.1f km below the station; range rate %+.2f m/s). ",
           m.rangeM / 1000.0, -rel.posLvlh.x / 1000.0, rel.posLvlh.z / 1000.0, m.rangeRateMs) +
           fmt("The burns, planned on board without drag and as impulses, arrive %.0f m from their "
               "aim "
               "point.",
               glm::length(rel.posLvlh - m_c.rendezvous.aimLvlhM)));
}

void Simulator::kursEvent(const SimState& s, KursTransition t, const PortRelative& m, double utc) {
  switch (t) {
    case KursTransition::GatePassed: {
      const size_t n = s.kurs.gatesPassed;
      emit(
          "braking_" + std::to_string(n), "Braking " + std::to_string(n), utc,
          fmt("Range %.0f m crosses a braking gate: the thrusters slow the closing speed from %.1f "
              "to %.1f m/s.",
              m.rangeM, -m.rangeRateMs, m_c.kurs.gates[n - 1].speedMs));
      break;
    }
    case KursTransition::FlyaroundStart:
      emit("flyaround", "Fly-around", utc,
           fmt("At %.0f m the Soyuz flies around the station, %.0f deg off the Rassvet port's "
               "axis, to "
               "line up with the Earth-facing port.",
               m.rangeM, m.axisAngleRad / kDegToRad));
      break;
    case KursTransition::StationkeepingStart:
      emit("stationkeeping", "Station-keeping", utc,
           fmt("Lined up on the Rassvet port's axis at %.0f m; the Soyuz holds at %.0f m for the "
               "go.",
               m.rangeM, m_c.kurs.stationkeepRangeM));
      break;
    case KursTransition::FinalApproachStart:
      emit("final_approach", "Final approach", utc,
           fmt("Go for docking: Kurs-NA flies the Soyuz down the port axis from %.0f m, slowing to "
               "%.2f m/s at contact.",
               m.axialM, m_c.kurs.contactSpeedMs));
      break;
    case KursTransition::None:
      break;
  }
}

// The record's one clock fact of the approach: the Kurs fails (12:11 UTC).
void Simulator::takeManualControl(SimState& s, const PortRelative& m, double utc) {
  s.manual = true;
  s.pilot = PilotState{};
  s.translating = false;
  piece(s, ObjectId::Soyuz).attMode = AttitudeMode::Manual;
  m_forceSample[static_cast<size_t>(ObjectId::Soyuz)] = true;
  const std::string where =
      fmt(" The Soyuz is %.0f m from the port, closing at %.2f m/s.", m.rangeM, -m.rangeRateMs);
  emit("manual_control", "Switch to manual control", utc,
       (m_delayS == 0.0
            ? std::string("About 12:11 UTC a communications drop-out, then the Kurs "
                          "automatic rendezvous system fails; Mission Control tells "
                          "commander Anton Shkaplerov to fly the final approach by hand.")
            : std::string("The Kurs failure of the real flight (12:11 UTC) is replayed "
                          "as many orbits later as the rendezvous was delayed: commander "
                          "Anton Shkaplerov flies the final approach by hand.")) +
           where);
}

// Proximity operations: who flies (automaton or pilot), and what he asks for.
VelocityCommand Simulator::proximityCommand(SimState& s, const PortRelative& m, double utc) {
  Piece& sc = piece(s, ObjectId::Soyuz);
  if (!s.manual && m_c.proximity.kursFails && utc >= m_c.proximity.manualControlUtcS + m_delayS)
    takeManualControl(s, m, utc);
  if (s.manual) {
    const PilotStep p = pilotStep(s.pilot, m, m_c.pilot, m_dt);
    s.pilot = p.next;
    sc.phase = Phase::ManualApproach;
    return p.command;
  }
  const KursStep k = kursStep(s.kurs, m, m_c.kurs, m_dt);
  s.kurs = k.next;
  if (k.transition != KursTransition::None) {
    kursEvent(s, k.transition, m, utc);
    m_forceSample[static_cast<size_t>(ObjectId::Soyuz)] = true;
  }
  sc.phase = s.kurs.phase;
  sc.attMode = s.kurs.phase == Phase::Approach || s.kurs.phase == Phase::Flyaround
                   ? AttitudeMode::KursPointing
                   : AttitudeMode::Docking;
  return k.command;
}

// Burn planning, the slew to the burn attitude, and ignition once the
// attitude is there (a late slew makes a late burn; the re-targeting after
// it absorbs the difference).
void Simulator::burnSequence(SimState& s, double utc) {
  Piece& sc = piece(s, ObjectId::Soyuz);
  constexpr double kPlanLeadS = 600.0;
  if (!s.rendezvousPlanned &&
      utc >= m_c.launch.liftoffUtcS + m_c.burns.front().centerMetS - kPlanLeadS)
    planRendezvousBurns(s);
  if (s.rendezvousPlanned && !s.rendezvousAbandoned && !s.burnPlanned) prepareBurn(s);
  if (!s.burnPlanned) return;
  const SpacecraftAttitudeConfig& a = m_c.spacecraft.attitude;
  const int64_t slewTick =
      s.burnIgnitionTick - static_cast<int64_t>(std::llround(a.slewLeadS / m_dt));
  if (s.tick >= slewTick && sc.attMode != AttitudeMode::BurnAttitude) {
    sc.attMode = AttitudeMode::BurnAttitude;
    m_forceSample[static_cast<size_t>(ObjectId::Soyuz)] = true;
  }
  glm::dvec3 rate;
  const double offDeg = attitudeAngle(sc.att, soyuzTarget(s, sc, utc, &rate)) / kDegToRad;
  if (s.tick < s.burnIgnitionTick || offDeg > a.burnAlignmentDeg) return;
  const BurnPlan& b = m_c.burns[s.nextBurn];
  s.mode = SoyuzMode::Burn;
  m_forceSample[static_cast<size_t>(ObjectId::Soyuz)] = true;  // the engine lights
  const OrbitFigures o = orbitFigures(sc.body.posTeme, sc.body.velTeme);
  emit(b.id, "Rendezvous burn " + b.id.substr(b.id.find('_') + 1), utc,
       fmt("The S5.80 main engine fires along the ship's axis for a %.2f m/s change of velocity, "
           "computed on board against the ISS orbit (orbit before: %.1f x %.1f km; attitude %.2f "
           "deg "
           "off the burn direction).",
           s.burnDvMs, o.perigeeHeightM / 1000.0, o.apogeeHeightM / 1000.0, offDeg));
}

void Simulator::endBurn(SimState& s) {
  Piece& sc = piece(s, ObjectId::Soyuz);
  m_out.soyuzDeltaV.push_back({m_c.burns[s.nextBurn].id, s.burnDvDoneMs});
  s.mode = SoyuzMode::Coast;
  ++s.nextBurn;
  s.burnPlanned = false;
  sc.attMode = AttitudeMode::Orbital;
  m_forceSample[static_cast<size_t>(ObjectId::Soyuz)] = true;
  retarget(s, utcOf(s.tick + 1));  // the state now belongs to the next tick
  if (s.nextBurn >= m_c.burns.size()) s.startProximityNext = true;
}

void Simulator::stepSoyuz(SimState& s) {
  Piece& sc = piece(s, ObjectId::Soyuz);
  if (!sc.flying || s.mode == SoyuzMode::Docked) return;
  const double utc = utcOf(s.tick);
  const SpacecraftConfig& cfg = m_c.spacecraft;
  if (s.startProximityNext) {
    s.startProximityNext = false;
    startProximity(s);
  }
  if (s.mode == SoyuzMode::Coast && !s.rendezvousAbandoned && s.nextBurn < m_c.burns.size())
    burnSequence(s, utc);

  // Translation: the main engine along body +X in a burn; the DPO-B
  // thrusters along the body axes in proximity operations.
  glm::dvec3 forceBody(0.0);
  double mainOnS = 0.0;
  Propulsion prop;
  if (s.mode == SoyuzMode::Burn) {
    const double thrust = cfg.mainEngine.thrustVacN * cfg.mainEngine.count;
    const double left = s.burnDvMs - s.burnDvDoneMs;
    mainOnS = std::min(m_dt, left * sc.body.massKg / thrust);
    mainOnS =
        std::min(mainOnS, std::max(0.0, s.soyuzPropKg) / massFlow(cfg.mainEngine));  // tanks dry
    forceBody.x = thrust * mainOnS / m_dt;
    sc.phase = Phase::Burn;
  } else if (s.mode == SoyuzMode::Proximity) {
    const StateVector iss = issMeasured(utc);
    const PortRelative m = measure(sc, iss);
    forceBody = translationForce(s, sc, proximityCommand(s, m, utc), m, iss);
  } else {
    sc.phase = Phase::Orbit;
  }
  // Attitude: the mode's control law, flown by thruster couples.
  glm::dvec3 targetRate;
  const glm::dquat target = soyuzTarget(s, sc, utc, &targetRate);
  AttitudeGains gains;
  gains.maxRateRadS = cfg.attitude.maxSlewRateDegS * kDegToRad;
  const AttitudeState now{sc.att, sc.rateBody};
  const glm::dvec3 torque = attitudeTorque(now, target, targetRate, sc.inertia, gains);
  const RcsFiring rcs =
      fireRcs(rcsConfig(), s.mode == SoyuzMode::Burn ? glm::dvec3(0.0) : forceBody, torque, m_dt);
  if (s.mode != SoyuzMode::Burn) forceBody = rcs.forceBodyN;
  const double force = glm::length(forceBody);
  if (force > 0.0) {
    prop.dirTeme = sc.att * (forceBody / force);
    prop.thrustVacN = prop.thrustSlN = force;
  }
  prop.massFlowKgS = rcs.massFlowKgS + massFlow(cfg.mainEngine) * mainOnS / m_dt;
  sc.thrustDirBody = force > 0.0 ? glm::vec3(forceBody / force) : glm::vec3(0.0f);
  sc.engines = mainOnS > 0.0 ? kEngineSoyuzMain : 0;
  sc.rcsMask |= rcs.mask;

  const MassState before = sc.body;
  sc.body = stepBody(sc.body, m_dt, prop, sc.aero, &sc.forces);
  const AttitudeState after = stepAttitude(now, sc.inertia, rcs.torqueBodyNm, m_dt);
  sc.att = after.bodyToTeme;
  sc.rateBody = after.rateBodyRadS;
  s.soyuzPropKg -= before.massKg - sc.body.massKg;
  const double dvStep = force / (0.5 * (before.massKg + sc.body.massKg)) * m_dt;
  if (s.mode == SoyuzMode::Burn) {
    s.burnDvDoneMs += dvStep;
    if (mainOnS < m_dt || s.burnDvDoneMs >= s.burnDvMs - 1e-9) endBurn(s);
  } else if (s.mode == SoyuzMode::Proximity) {
    m_out.proximityDeltaVMs[static_cast<size_t>(sc.phase)] += dvStep;
  }
  if (s.mode == SoyuzMode::Proximity) checkContact(s, utc);
}

// Contact: the probe tip crosses the port's docking plane.
void Simulator::checkContact(SimState& s, double utc) {
  Piece& sc = piece(s, ObjectId::Soyuz);
  const StateVector issNext = m_iss.state(utcOf(s.tick + 1));
  const DockingPort port = m_iss.portFromState(issNext);
  const StateVector tip = soyuzTip(sc);
  const glm::dvec3 rel = tip.posTeme - port.posTeme;
  const double axial = glm::dot(rel, port.axisTeme);
  const glm::dvec3 lateral = rel - axial * port.axisTeme;
  if (axial <= 0.0 && s.lastAxialM > 0.0) {
    const double f = s.lastAxialM / (s.lastAxialM - axial);
    const glm::dquat dockAtt =
        glm::normalize(m_iss.attitudeFromState(issNext) * m_out.soyuzFromIssBody);
    DockingFigures d;
    d.contactUtcS = utc + f * m_dt;
    d.closingSpeedMs = -glm::dot(tip.velTeme - port.velTeme, port.axisTeme);
    d.lateralMissM = glm::length(s.lastLateral + f * (lateral - s.lastLateral));
    d.probeRelPortBodyM = glm::inverse(m_iss.attitudeFromState(issNext)) * rel;
    d.misalignmentDeg = attitudeAngle(sc.att, dockAtt) / kDegToRad;
    d.manual = s.manual;
    m_out.docking = d;
    m_out.contactTick = s.tick + 1;
    m_out.soyuzDockedMassKg = sc.body.massKg;
    m_forceSample[static_cast<size_t>(ObjectId::Soyuz)] = true;
    s.mode = SoyuzMode::Docked;
    sc.phase = Phase::Docked;
    const ProximityConfig& p = m_c.proximity;
    const bool captured = d.closingSpeedMs <= p.maxContactSpeedMs &&
                          d.lateralMissM <= p.maxLateralMissM &&
                          d.misalignmentDeg <= p.maxMisalignmentDeg;
    emit("contact", "Contact: docking to Rassvet", d.contactUtcS,
         fmt("Soyuz MS-19 touches the Rassvet nadir port at %.2f m/s, %.3f m off the axis and %.2f "
             "deg "
             "out of line",
             d.closingSpeedMs, d.lateralMissM, d.misalignmentDeg) +
             (d.manual ? std::string(", flown by hand") : std::string(", flown by Kurs-NA")) +
             (captured
                  ? std::string("; the probe is captured.")
                  : std::string(": OUTSIDE the capture limits (a real probe would not latch).")));
  }
  s.lastAxialM = axial;
  s.lastLateral = lateral;
}

void Simulator::scheduledEvents(SimState& s) {
  const ProximityConfig& p = m_c.proximity;
  const double utc = utcOf(s.tick);
  if (m_out.docking && s.tick == tickOfUtc(m_out.docking->contactUtcS + p.hooksClosedDelayS))
    emit("hooks_closed", "Hooks closed", utc,
         "The docking mechanism pulls the ships together and the hooks close: a rigid, airtight "
         "joint.");
  if (m_out.docking && s.tick == tickOfUtc(p.hatchOpenUtcS + m_delayS))
    emit("hatch_open", "Hatch opening", utc,
         "After leak checks the hatches open and the crew floats into the station: ten people on "
         "board.");
}

//-----------------------------------------------------------------------------
// [SECTION] run loop and sampling
//-----------------------------------------------------------------------------

void Simulator::sampleStack(const SimState& s) {
  TrackSample t;
  t.tick = s.tick;
  t.posTeme = s.stack.posTeme;
  t.velTeme = s.stack.velTeme;
  t.attitudeTeme = s.stackAtt;
  t.massKg = s.stack.massKg;
  t.accelTeme = s.stackForces.accelNonGravTeme;
  t.thrustN = s.stackForces.thrustN;
  t.thrustDirBody =
      t.thrustN > 0.0 ? glm::vec3(1.0f, 0.0f, 0.0f) : glm::vec3(0.0f);  // along the rocket's axis
  t.enginesFiring = s.stackEngines;
  t.ambientPressurePa = s.stackForces.ambientPressurePa;
  t.phase = !s.released ? Phase::Prelaunch : s.stackDown ? Phase::Impacted : Phase::Ascent;
  auto& track = m_out.tracks[static_cast<size_t>(ObjectId::Stack)];
  if (!track.empty() && track.back().tick == t.tick) return;
  track.push_back(t);
  auto masses = pieceMasses(s);
  masses[static_cast<size_t>(ObjectId::Stack)] = s.stack.massKg;
  m_out.stackPieceMassKg.push_back(masses);
}

void Simulator::samplePiece(SimState& s, ObjectId id) {
  Piece& p = s.pieces[static_cast<size_t>(id)];
  TrackSample t;
  t.tick = s.tick;
  const StateVector origin =
      id == ObjectId::Soyuz ? soyuzTip(p) : StateVector{p.body.posTeme, p.body.velTeme};
  t.posTeme = origin.posTeme;
  t.velTeme = origin.velTeme;
  t.attitudeTeme = p.att;
  t.rateBodyRadS = p.rateBody;
  t.attitudeMode = p.attMode;
  t.thrustDirBody = p.thrustDirBody;
  t.rcsMask = p.rcsMask;
  t.enginesFiring = p.engines;
  t.ambientPressurePa = p.forces.ambientPressurePa;
  p.rcsMask = 0;
  t.massKg = p.body.massKg;
  t.accelTeme = p.forces.accelNonGravTeme;
  t.thrustN = p.forces.thrustN;
  t.phase = p.phase;
  auto& track = m_out.tracks[static_cast<size_t>(id)];
  if (!track.empty() && track.back().tick == t.tick)
    track.back() = t;
  else
    track.push_back(t);
}

void Simulator::sampleAll(SimState& s) {
  const bool regular = s.tick % m_c.timeline.sampleEverySteps == 0 || s.tick == m_endTick;
  if (s.stackActive && (regular || m_forceStackSample)) sampleStack(s);
  m_forceStackSample = false;
  for (int i = 0; i < kObjectCount; ++i) {
    const ObjectId id = static_cast<ObjectId>(i);
    if (id == ObjectId::Stack || id == ObjectId::Iss) continue;
    const Piece& p = s.pieces[static_cast<size_t>(i)];
    const bool force = m_forceSample[static_cast<size_t>(i)];
    if (!p.flying) continue;
    if (p.done && !force) continue;
    if (id == ObjectId::Soyuz && s.mode == SoyuzMode::Docked && !force) continue;
    if (regular || force) samplePiece(s, id);
  }
  m_forceSample.fill(false);
}

TimelineData Simulator::run() {
  m_out = TimelineData{};
  m_out.epochUtcS = m_epochUtc;
  m_out.stepS = m_dt;
  m_out.endTick = m_endTick;
  m_out.liftoffUtcS = m_c.launch.liftoffUtcS;
  m_out.probeTipInStackM = m_c.spacecraft.probeTipInStackM;
  m_out.separationTick.fill(std::numeric_limits<int64_t>::max());
  {
    // Docked Soyuz body axes in the ISS body frame: +X (docking axis) into
    // the port, +Y along the station's +Y.
    const glm::dvec3 x = -glm::normalize(m_c.iss.portAxisBody);
    m_out.soyuzFromIssBody = attitudeFromAxes(x, glm::dvec3(0, 1, 0));
  }
  SimState s;
  initialise(s);
  sampleStack(s);
  for (; s.tick < m_endTick;) {
    const uint8_t enginesBefore = s.stackEngines;
    if (s.stackActive) stepStack(s);
    // The plume starts or stops here: store that state too (after the tick).
    m_forceStackSample = s.stackActive && s.stackEngines != enginesBefore;
    stepPieces(s);
    stepSoyuz(s);
    ++s.tick;
    if (s.stackActive) stagingEvents(s);
    scheduledEvents(s);
    sampleAll(s);
  }
  m_out.endTick = m_endTick;  // a delayed rendezvous may have moved the end
  std::stable_sort(m_out.events.begin(), m_out.events.end(),
                   [](const MissionEvent& a, const MissionEvent& b) { return a.utcS < b.utcS; });
  return std::move(m_out);
}

}  // namespace

Result<MissionTimeline> simulateMission(const MissionConfig& config) {
  auto iss = IssEphemeris::create(config.iss);
  if (!iss) return iss.takeError();
  // Every instant of the station comes from SGP4. A TLE it cannot carry to
  // the mission (an epoch years away: the orbit decays in the model) would
  // put the ISS at the Earth's centre without a word; refuse it here.
  for (double utc : {config.launch.liftoffUtcS, config.proximity.hatchOpenUtcS}) {
    if (auto s = iss->checkedState(utc); !s)
      return fail("iss TLE: SGP4 cannot carry it to " + astro::formatIsoUtc(utc, 0) + " (" +
                      s.error().message + "); use a TLE from within days of the mission",
                  ErrorKind::kBadInput);
  }
  Simulator sim(config, *iss);
  TimelineData data = sim.run();
  return MissionTimeline(std::move(data), std::move(*iss));
}

}  // namespace rv::sim
