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
#include "sim/docking_approach.h"
#include "sim/ellipsoid_altitude.h"
#include "sim/gravity.h"
#include "sim/lvlh_frame.h"
#include "sim/orbit_elements.h"
#include "sim/rendezvous_planner.h"
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
  double propKg = 0.0; // main propellant left (including the unusable residual)
  double auxKg = 0.0;
  bool lit = false;
  bool out = false;
};

struct Piece {
  bool flying = false; // separated and integrated
  bool done = false;   // reached the ground (track closed)
  MassState body;
  glm::dquat att{1.0, 0.0, 0.0, 0.0};
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
  StageRun booster, core, third; // booster: each of the four
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
  bool rendezvousPlanned = false;  // the multi-burn plan exists (or was refused)
  bool rendezvousAbandoned = false; // no plan within the propellant: no burns, no approach
  std::vector<ImpulsiveBurn> plan;  // one impulse per [[burn]], re-solved after each burn
  bool burnPlanned = false;         // the next burn's ignition is set
  int64_t burnIgnitionTick = -1;
  glm::dvec3 burnDir{0.0};
  double burnDvMs = 0.0;
  double burnDvDoneMs = 0.0;
  ApproachPlan approach;
  Phase proxPhase = Phase::Approach;
  double lastAxialM = 0.0;
  glm::dvec3 lastLateral{0.0};
};

Piece& piece(SimState& s, ObjectId id) { return s.pieces[static_cast<size_t>(id)]; }

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
  void emit(const std::string& id, const std::string& name, double utcS, const std::string& caption) {
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
  void separate(SimState& s, ObjectId id, const StageConfig* stage, double massKg,
                const glm::dvec3& pushDirBody, double pushMs, const Aero& aero);
  void stagingEvents(SimState& s);
  void failAscent(SimState& s, double utcS, const std::string& why);
  void holdOnGround(SimState& s);
  void stepPieces(SimState& s);
  void stepSoyuz(SimState& s);
  void planRendezvousBurns(SimState& s);
  void prepareBurn(SimState& s);
  void retarget(SimState& s, double nowUtcS);
  double deltaVCapacityMs(const SimState& s) const;
  void startProximity(SimState& s);
  void scheduledEvents(SimState& s);

  void sampleStack(const SimState& s);
  void samplePiece(const SimState& s, ObjectId id);
  void sampleAll(const SimState& s);

  const MissionConfig& m_c;
  const IssEphemeris& m_iss;
  double m_dt = 0.1;
  int64_t m_liftoffTick = 0;
  int64_t m_endTick = 0;
  double m_epochUtc = 0.0;
  PegTarget m_target;
  double m_nodeShiftRad = 0.0;
  double m_delayS = 0.0; // orbits waited before the rendezvous burns (late launch)
  double m_padPlaneOffsetM = 0.0; // pad distance from the ISS plane at lift-off
  TimelineData m_out;
  std::array<bool, kObjectCount> m_forceSample{};
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
  for (ObjectId id : {ObjectId::Booster1, ObjectId::Booster2, ObjectId::Booster3, ObjectId::Booster4})
    m[static_cast<size_t>(id)] = s.boostersOn ? booster : 0.0;
  m[static_cast<size_t>(ObjectId::Core)] = s.coreOn ? v.core.dryMassKg + s.core.propKg + s.core.auxKg : 0.0;
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
  if (r < std::abs(c)) return; // no plane of this inclination reaches the pad
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
  double mainKgS = 0.0; // main propellant flow at this throttle
  double totalKgS = 0.0;
  double thrustVacN = 0.0, thrustSlN = 0.0;
  double burnFraction = 1.0; // of the step, < 1 when it burns out inside it
};

StageFlow stageFlow(const StageConfig& c, StageRun& run, double metS, double dt, int engines) {
  StageFlow f;
  if (!run.lit || run.out) return f;
  const double usable = run.propKg - c.residualKg;
  double level = throttleAt(c, metS);
  if (c.shutdownReserveKg > 0.0 && usable * engines <= c.shutdownReserveKg * engines) level = c.shutdownLevel;
  const double mdot = massFlow(c.engine) * level;
  f.mainKgS = mdot * engines;
  f.totalKgS = f.mainKgS * (1.0 + auxRatio(c));
  f.thrustVacN = c.engine.thrustVacN * c.engine.count * level * engines;
  f.thrustSlN = c.engine.thrustSlN * c.engine.count * level * engines;
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

  // Guidance: the thrust direction for this step.
  const glm::dvec3 n = planeNormal(utc);
  glm::dvec3 dir = glm::normalize(s.stack.posTeme);
  Propulsion prop;
  prop.thrustVacN = fb.thrustVacN * fb.burnFraction + fc.thrustVacN * fc.burnFraction + f3.thrustVacN;
  prop.thrustSlN = fb.thrustSlN * fb.burnFraction + fc.thrustSlN * fc.burnFraction + f3.thrustSlN;
  prop.massFlowKgS = fb.totalKgS * fb.burnFraction + fc.totalKgS * fc.burnFraction + f3.totalKgS;
  const double mass = s.stack.massKg;
  const double thrustNow = prop.thrustVacN; // close enough for guidance scaling
  bool thirdCut = false;
  double thirdCutAfter = m_dt;
  if (s.released) {
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
      const double fn = outOfPlaneFraction(s.stack.posTeme, s.stack.velTeme, n,
                                           thrustNow / mass, horizon, 0.3);
      dir = programSteer(s.stack.posTeme, n, pitch, fn);
    }
    if (thirdCut) prop.cutoffAfterS = thirdCutAfter;
  }
  prop.dirTeme = dir;
  s.stackAtt = attitudeFromAxes(dir, n);

  const Aero aero{s.boostersOn ? v.stackDragAreaM2 : v.upperStackDragAreaM2, v.stackDragCd};
  if (!s.released) {
    // Held on the pad: the arms let go once thrust exceeds weight at lift-off.
    const double weight = mass * glm::length(gravityAccel(s.stack.posTeme));
    // Held down this long past T+0 (too little thrust, or none left), it never will lift off.
    constexpr double kMaxHoldS = 10.0;
    if (met >= kMaxHoldS && prop.thrustSlN <= weight) {
      failAscent(s, utc,
                 fmt("The engines' %.0f kN never exceed the rocket's weight, %.0f kN: Soyuz-2.1a "
                     "does not lift off.",
                     prop.thrustSlN / 1000.0, weight / 1000.0));
      s.stackDown = true;
      s.downEcef = astro::temeToEcef(
          s.stack.posTeme, astro::gmstRad(astro::julianDate(astro::ut1FromUtc(utc, m_c.dut1S))));
      return holdOnGround(s);
    }
    if (met >= 0.0 && prop.thrustSlN > weight) {
      s.released = true;
      const double az = inertialLaunchAzimuthRad(s.stack.posTeme, n) / kDegToRad;
      emit("liftoff", "Lift-off", utc,
           m_nodeShiftRad == 0.0
               ? fmt("The support arms swing away and Soyuz-2.1a lifts off from Baikonur Site 31/6. "
                     "Launch azimuth %.2f deg (inertial), set by the ISS orbital plane.", az)
               : fmt("The support arms swing away and Soyuz-2.1a lifts off from Baikonur Site 31/6. "
                     "Launched late, the pad is %.0f km from the ISS orbital plane, too far to steer "
                     "into it: the rocket flies into a plane of the same inclination through the pad, "
                     "its node %.2f deg east of the station's (azimuth %.2f deg).",
                     std::abs(m_padPlaneOffsetM) / 1000.0, m_nodeShiftRad / kDegToRad, az));
    }
  }
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
  }
  // Max-Q: the step where dynamic pressure stops rising.
  if (s.released && !s.maxQDone) {
    if (s.stackForces.dynamicPressurePa < s.lastQ && met > 10.0) {
      s.maxQDone = true;
      emit("max_q", "Max Q", utc,
           fmt("Maximum dynamic pressure, %.1f kPa: the air pushes hardest on the rocket.", s.lastQ / 1000.0));
    }
    s.lastQ = s.stackForces.dynamicPressurePa;
  }
  // Propellant accounting and burn-outs.
  auto burn = [&](const StageConfig& c, StageRun& run, const StageFlow& f, int engines, double fraction) {
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
    s.boosterSepTick = s.tick + 1 + static_cast<int64_t>(std::llround(v.booster.separationDelayS / m_dt));
    emit("booster_cutoff", "Booster burn-out", utc + fb.burnFraction * m_dt,
         "The four strap-on boosters run out of propellant.");
  }
  if (burn(v.core, s.core, fc, 1, fc.burnFraction) && s.coreOn) {
    const double tOut = utc + fc.burnFraction * m_dt;
    emit("core_cutoff", "Core stage cut-off", tOut, "The core stage (Block A) runs out of propellant.");
    s.coreSepTick = s.tick + 1 + static_cast<int64_t>(std::llround(v.core.separationDelayS / m_dt));
    s.third.lit = true;
    emit("third_stage_ignition", "Third-stage ignition", tOut - v.thirdIgnitionLeadS,
         "The RD-0110 of the third stage lights while still attached: 'hot staging' through the lattice interstage.");
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
           fmt("The guidance shuts down the third stage: target orbit reached, %.1f x %.1f km at %.3f deg.",
               o.perigeeHeightM / 1000.0, o.apogeeHeightM / 1000.0, o.inclinationRad / kDegToRad));
      s.scSepTick = s.tick + 1 + static_cast<int64_t>(std::llround(v.third.separationDelayS / m_dt));
    }
  }
  // Back on the ground after lift-off: it lies there from now on.
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

void Simulator::separate(SimState& s, ObjectId id, const StageConfig*, double massKg,
                         const glm::dvec3& pushDirBody, double pushMs, const Aero& aero) {
  Piece& p = piece(s, id);
  p.flying = true;
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
  const int64_t t = s.tick; // the state now belongs to this tick
  const double utc = utcOf(t);
  const auto masses = pieceMasses(s);
  if (s.boostersOn && s.boosterSepTick == t) {
    const Aero a{v.booster.dragAreaM2, v.booster.dragCd};
    const ObjectId ids[4] = {ObjectId::Booster1, ObjectId::Booster2, ObjectId::Booster3, ObjectId::Booster4};
    const glm::dvec3 out[4] = {{0, -1, 0}, {0, 0, -1}, {0, 1, 0}, {0, 0, 1}};
    for (int i = 0; i < 4; ++i)
      separate(s, ids[i], &v.booster, masses[static_cast<size_t>(ids[i])], out[i], v.booster.separationSpeedMs, a);
    s.boostersOn = false;
    const double alt = ellipsoidHeightM(s.stack.posTeme);
    const double ground = glm::length(airRelativeVelocity(s.stack.posTeme, s.stack.velTeme));
    emit("booster_sep", "Booster separation", utc,
         fmt("The four boosters fall away in the 'Korolev cross' at %.1f km altitude, %.2f km/s "
             "over the ground. They fall back to Earth on ballistic paths.",
             alt / 1000.0, ground / 1000.0));
  }
  if (s.lesOn && t == tickOfMet(v.les.metS)) {
    separate(s, ObjectId::Les, nullptr, v.les.massKg, {1, 0, 0}, v.les.separationSpeedMs,
             {v.les.dragAreaM2, v.les.dragCd});
    s.lesOn = false;
    emit("les_jettison", "Launch escape tower jettison", utc,
         "The emergency escape rocket on the nose is no longer needed and is fired away.");
  }
  if (s.fairingOn && t == tickOfMet(v.fairingHalf.metS)) {
    const Aero a{v.fairingHalf.dragAreaM2, v.fairingHalf.dragCd};
    separate(s, ObjectId::Fairing1, nullptr, v.fairingHalf.massKg, {0, -1, 0}, v.fairingHalf.separationSpeedMs, a);
    separate(s, ObjectId::Fairing2, nullptr, v.fairingHalf.massKg, {0, 1, 0}, v.fairingHalf.separationSpeedMs, a);
    s.fairingOn = false;
    emit("fairing_sep", "Payload fairing separation", utc,
         fmt("Above the dense atmosphere (%.0f km) the two fairing halves open and fall away; "
             "the Soyuz is in the open.", ellipsoidHeightM(s.stack.posTeme) / 1000.0));
  }
  if (s.coreOn && s.coreSepTick == t) {
    separate(s, ObjectId::Core, &v.core, masses[static_cast<size_t>(ObjectId::Core)], {-1, 0, 0},
             v.core.separationSpeedMs, {v.core.dragAreaM2, v.core.dragCd});
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
    separate(s, ObjectId::ThirdStage, &v.third, masses[static_cast<size_t>(ObjectId::ThirdStage)],
             {0, 0, 0}, 0.0, {v.third.dragAreaM2, v.third.dragCd});
    Piece& sc = piece(s, ObjectId::Soyuz);
    sc.flying = true;
    sc.body.posTeme = s.stack.posTeme + s.stackAtt * m_c.spacecraft.probeTipInStackM;
    sc.body.velTeme = s.stack.velTeme + m_c.spacecraft.separationSpeedMs * (s.stackAtt * glm::dvec3(1, 0, 0));
    sc.body.massKg = m_c.spacecraft.massKg;
    sc.att = s.stackAtt;
    sc.aero = {m_c.spacecraft.dragAreaM2, m_c.spacecraft.dragCd};
    sc.phase = Phase::Orbit;
    m_out.separationTick[static_cast<size_t>(ObjectId::Soyuz)] = t;
    m_forceSample[static_cast<size_t>(ObjectId::Soyuz)] = true;
    s.mode = SoyuzMode::Coast;
    sampleStack(s); // the stack's last state
    s.stackActive = false;
    const OrbitFigures o = orbitFigures(sc.body.posTeme, sc.body.velTeme);
    emit("spacecraft_sep", "Spacecraft separation", utc,
         fmt("Soyuz MS-19 separates from the third stage in a %.1f x %.1f km orbit inclined %.3f deg; "
             "antennas and solar arrays deploy.", o.perigeeHeightM / 1000.0, o.apogeeHeightM / 1000.0,
             o.inclinationRad / kDegToRad));
  }
}

//-----------------------------------------------------------------------------
// [SECTION] separated pieces
//-----------------------------------------------------------------------------

void Simulator::stepPieces(SimState& s) {
  for (int i = 0; i < kObjectCount; ++i) {
    const ObjectId id = static_cast<ObjectId>(i);
    if (id == ObjectId::Soyuz || id == ObjectId::Stack || id == ObjectId::Iss) continue;
    Piece& p = s.pieces[static_cast<size_t>(i)];
    if (!p.flying || p.done) continue;
    p.body = stepBody(p.body, m_dt, Propulsion{}, p.aero, &p.forces);
    p.phase = id == ObjectId::ThirdStage ? Phase::Orbit : Phase::Ballistic;
    if (ellipsoidHeightM(p.body.posTeme) <= 0.0) {
      p.done = true;
      p.phase = Phase::Impacted;
      m_forceSample[static_cast<size_t>(i)] = true;
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
    for (const BurnPlan& b : m_c.burns) times.push_back(m_c.launch.liftoffUtcS + b.centerMetS + delay);
    AimPoint aim;
    aim.posLvlh = m_c.rendezvous.aimLvlhM;
    aim.arrivalUtcS = m_c.launch.liftoffUtcS + m_c.rendezvous.arriveMetS + delay;
    const RendezvousPlan plan = planRendezvous({sc.body.posTeme, sc.body.velTeme}, now, eph, times, aim);
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
    const std::string need = first.ok() ? fmt("%.0f m/s", first.totalDvMps) : std::string("more than the tanks hold");
    emit("rendezvous_plan", "Rendezvous re-planned", now,
         fmt("The station is %.1f deg ahead, too far for the two-orbit profile (it would need ",
             phaseDeg) + need +
             fmt("). The Soyuz stays %.0f more orbits in its low orbit, gaining on the station, then "
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
  const std::string need = first.ok() ? fmt("%.0f m/s", first.totalDvMps) : std::string("no solution");
  emit("rendezvous_impossible", "No rendezvous", now,
       fmt("The Soyuz trails the station by %.1f deg of orbit and is %.1f km out of its plane. ",
           phaseDeg, std::abs(rel.posLvlh.y) / 1000.0) +
           "The two-orbit rendezvous would need " + need +
           fmt(" of main-engine delta-v, and waiting up to %.0f orbits does not help; the tanks give "
               "%.0f m/s, %.0f of which is kept for the deorbit burn. No burns are flown: in reality "
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
  const RendezvousPlan re = retargetRendezvous({sc.body.posTeme, sc.body.velTeme}, now, eph, ahead, aim);
  if (re.ok() && re.burns.size() == ahead.size())
    std::copy(re.burns.begin(), re.burns.end(), s.plan.begin() + static_cast<std::ptrdiff_t>(s.nextBurn));
}

void Simulator::startProximity(SimState& s) {
  Piece& sc = piece(s, ObjectId::Soyuz);
  const double now = utcOf(s.tick);
  const StateVector iss = m_iss.state(now);
  const RelativeState rel = relativeStateLvlh(iss, {sc.body.posTeme, sc.body.velTeme});
  const ProximityConfig& p = m_c.proximity;
  ApproachPlan& a = s.approach;
  a.approachStartUtcS = now;
  a.startPosLvlh = rel.posLvlh;
  a.startVelLvlh = rel.velLvlh;
  a.portLvlh = m_iss.portPosLvlh();
  a.portAxisLvlh = m_iss.portAxisLvlh();
  a.approachEndUtcS = m_c.launch.liftoffUtcS + p.approachEndMetS + m_delayS;
  a.approachPointRelPortLvlh = p.approachPointLvlhM;
  a.flyaroundStartUtcS = m_c.launch.liftoffUtcS + p.flyaroundStartMetS + m_delayS;
  a.flyaroundEndUtcS = m_c.launch.liftoffUtcS + p.flyaroundEndMetS + m_delayS;
  a.stationkeepRangeM = p.stationkeepRangeM;
  a.manualStartUtcS = p.manualControlUtcS + m_delayS;
  a.manualApproachUtcS = p.manualControlUtcS + m_delayS + p.manualHoldS;
  a.gainPerS = p.approachGainPerS;
  a.contactSpeedMs = p.contactSpeedMs;
  s.mode = SoyuzMode::Proximity;
  s.proxPhase = Phase::Approach;
  const DockingPort port = m_iss.portFromState(iss);
  s.lastAxialM = glm::dot(sc.body.posTeme - port.posTeme, port.axisTeme);
  emit("approach_start", "Automatic approach", now,
       fmt("Kurs-NA guides the Soyuz in from %.1f km behind and %.1f km below the station.",
           -rel.posLvlh.x / 1000.0, rel.posLvlh.z / 1000.0));
}

void Simulator::stepSoyuz(SimState& s) {
  Piece& sc = piece(s, ObjectId::Soyuz);
  if (!sc.flying || s.mode == SoyuzMode::Docked) return;
  const double utc = utcOf(s.tick);
  const SpacecraftConfig& cfg = m_c.spacecraft;
  Propulsion prop;
  const StateVector issNow = m_iss.state(utc);
  glm::dvec3 zHint = -sc.body.posTeme;

  // Burn planning and ignition.
  if (s.mode == SoyuzMode::Coast && !s.rendezvousAbandoned && s.nextBurn < m_c.burns.size()) {
    constexpr double kPlanLeadS = 600.0;
    if (!s.rendezvousPlanned && utc >= m_c.launch.liftoffUtcS + m_c.burns.front().centerMetS - kPlanLeadS)
      planRendezvousBurns(s);
    if (s.rendezvousPlanned && !s.rendezvousAbandoned && !s.burnPlanned) prepareBurn(s);
    if (s.burnPlanned && s.tick >= s.burnIgnitionTick) {
      const BurnPlan& b = m_c.burns[s.nextBurn];
      s.mode = SoyuzMode::Burn;
      const OrbitFigures o = orbitFigures(sc.body.posTeme, sc.body.velTeme);
      emit(b.id, "Rendezvous burn " + b.id.substr(b.id.find('_') + 1), utc,
           fmt("The S5.80 main engine fires for a %.2f m/s change of velocity, computed on board "
               "against the ISS orbit (orbit before: %.1f x %.1f km).",
               s.burnDvMs, o.perigeeHeightM / 1000.0, o.apogeeHeightM / 1000.0));
    }
  }
  // Proximity operations begin at the aim point once the burns are done.
  if (s.mode == SoyuzMode::Coast && !s.rendezvousAbandoned && s.nextBurn >= m_c.burns.size() &&
      utc >= m_c.launch.liftoffUtcS + m_c.rendezvous.arriveMetS + m_delayS) {
    startProximity(s);
  }

  double ispS = cfg.mainEngine.ispVacS;
  if (s.mode == SoyuzMode::Burn) {
    const double thrust = cfg.mainEngine.thrustVacN * cfg.mainEngine.count;
    const double accel = thrust / sc.body.massKg;
    const double left = s.burnDvMs - s.burnDvDoneMs;
    prop.dirTeme = s.burnDir;
    prop.thrustVacN = prop.thrustSlN = thrust;
    prop.massFlowKgS = massFlow(cfg.mainEngine);
    if (left < accel * m_dt) prop.cutoffAfterS = left / accel;
    // The tanks run dry: the engine stops with the propellant.
    const double dryAfterS = std::max(0.0, s.soyuzPropKg) / prop.massFlowKgS;
    if (dryAfterS < std::min(prop.cutoffAfterS, m_dt)) prop.cutoffAfterS = dryAfterS;
    sc.phase = Phase::Burn;
  } else if (s.mode == SoyuzMode::Proximity) {
    const ReferencePoint ref = approachReference(s.approach, utc);
    const double range = glm::length(sc.body.posTeme - issNow.posTeme);
    const EngineConfig& e = range > 500.0 ? cfg.mainEngine : cfg.rcs;
    ispS = e.ispVacS;
    const double maxAccel = e.thrustVacN * e.count / sc.body.massKg;
    // The station's motion along its ephemeris (central differences).
    constexpr double kH = 0.5;
    const glm::dvec3 pm = m_iss.state(utc - kH).posTeme;
    const glm::dvec3 pp = m_iss.state(utc + kH).posTeme;
    const glm::dvec3 issVel = (pp - pm) / (2.0 * kH);
    const glm::dvec3 issAccel = (pp - 2.0 * issNow.posTeme + pm) / (kH * kH);
    const glm::dvec3 a = trackingAccel(issNow, issVel, issAccel, ref, sc.body.posTeme, sc.body.velTeme,
                                       m_c.proximity.controlBandwidthRadS, maxAccel);
    const double am = glm::length(a);
    if (am > 0.0) {
      prop.dirTeme = a / am;
      prop.thrustVacN = prop.thrustSlN = am * sc.body.massKg;
      prop.massFlowKgS = prop.thrustVacN / (ispS * kStandardGravity);
    }
    if (ref.phase != s.proxPhase) {
      s.proxPhase = ref.phase;
      m_forceSample[static_cast<size_t>(ObjectId::Soyuz)] = true;
      if (ref.phase == Phase::Flyaround)
        emit("flyaround", "Fly-around", utc,
             "The Soyuz flies around the station to line up with the Rassvet module's Earth-facing port.");
      if (ref.phase == Phase::Stationkeeping)
        emit("stationkeeping", "Station-keeping", utc,
             fmt("The Soyuz holds %.0f m below the Rassvet port, on its docking axis.",
                 m_c.proximity.stationkeepRangeM));
      if (ref.phase == Phase::ManualApproach)
        emit("manual_control", "Switch to manual control", utc,
             m_delayS == 0.0
                 ? std::string("About 12:11 UTC a communications drop-out, then the Kurs automatic "
                               "rendezvous system fails; Mission Control tells commander Anton "
                               "Shkaplerov to fly the final approach by hand.")
                 : std::string("The Kurs failure of the real flight (12:11 UTC) is replayed at the "
                               "same point of the approach: commander Anton Shkaplerov flies the "
                               "final approach by hand."));
    }
    sc.phase = ref.phase;
  } else {
    sc.phase = Phase::Orbit;
  }
  const MassState before = sc.body;
  sc.body = stepBody(sc.body, m_dt, prop, sc.aero, &sc.forces);
  const double used = before.massKg - sc.body.massKg;
  s.soyuzPropKg -= used;
  if (s.mode == SoyuzMode::Burn) {
    s.burnDvDoneMs += cfg.mainEngine.ispVacS * kStandardGravity * std::log(before.massKg / sc.body.massKg);
    if (prop.cutoffAfterS < m_dt || s.burnDvDoneMs >= s.burnDvMs - 1e-9) {
      s.mode = SoyuzMode::Coast;
      ++s.nextBurn;
      s.burnPlanned = false;
      m_forceSample[static_cast<size_t>(ObjectId::Soyuz)] = true;
      retarget(s, utcOf(s.tick + 1)); // the state now belongs to the next tick
    }
  }
  // Attitude: along the thrust in a burn, the docking orientation near the
  // station, otherwise nose along the velocity with the belly to the Earth.
  if (s.mode == SoyuzMode::Burn) {
    sc.att = attitudeFromAxes(s.burnDir, glm::cross(zHint, s.burnDir));
  } else if (s.mode == SoyuzMode::Proximity) {
    sc.att = glm::normalize(m_iss.attitudeFromState(issNow) * m_out.soyuzFromIssBody);
  } else {
    sc.att = attitudeFromAxes(sc.body.velTeme, glm::cross(zHint, sc.body.velTeme));
  }
  // Contact: the probe tip crosses the port's docking plane.
  if (s.mode == SoyuzMode::Proximity) {
    const StateVector issNext = m_iss.state(utcOf(s.tick + 1));
    const DockingPort port = m_iss.portFromState(issNext);
    const glm::dvec3 rel = sc.body.posTeme - port.posTeme;
    const double axial = glm::dot(rel, port.axisTeme);
    const glm::dvec3 lateral = rel - axial * port.axisTeme;
    if (axial <= 0.0 && s.lastAxialM > 0.0) {
      const double f = s.lastAxialM / (s.lastAxialM - axial);
      DockingFigures d;
      d.contactUtcS = utc + f * m_dt;
      d.closingSpeedMs = -glm::dot(sc.body.velTeme - port.velTeme, port.axisTeme);
      d.lateralMissM = glm::length(s.lastLateral + f * (lateral - s.lastLateral));
      d.probeRelPortBodyM = glm::inverse(m_iss.attitudeFromState(issNext)) * rel;
      m_out.docking = d;
      m_out.contactTick = s.tick + 1;
      m_out.soyuzDockedMassKg = sc.body.massKg;
      m_forceSample[static_cast<size_t>(ObjectId::Soyuz)] = true;
      s.mode = SoyuzMode::Docked;
      sc.phase = Phase::Docked;
      emit("contact", "Contact: docking to Rassvet", d.contactUtcS,
           fmt("Soyuz MS-19 touches the Rassvet nadir port at %.2f m/s, %.3f m off the axis; the "
               "probe is captured.", d.closingSpeedMs, d.lateralMissM));
    }
    s.lastAxialM = axial;
    s.lastLateral = lateral;
  }
}

void Simulator::scheduledEvents(SimState& s) {
  const ProximityConfig& p = m_c.proximity;
  const double utc = utcOf(s.tick);
  if (m_out.docking && s.tick == tickOfUtc(m_out.docking->contactUtcS + p.hooksClosedDelayS))
    emit("hooks_closed", "Hooks closed", utc,
         "The docking mechanism pulls the ships together and the hooks close: a rigid, airtight joint.");
  if (m_out.docking && s.tick == tickOfUtc(p.hatchOpenUtcS + m_delayS))
    emit("hatch_open", "Hatch opening", utc,
         "After leak checks the hatches open and the crew floats into the station: ten people on board.");
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
  t.phase = !s.released ? Phase::Prelaunch : s.stackDown ? Phase::Impacted : Phase::Ascent;
  auto& track = m_out.tracks[static_cast<size_t>(ObjectId::Stack)];
  if (!track.empty() && track.back().tick == t.tick) return;
  track.push_back(t);
  auto masses = pieceMasses(s);
  masses[static_cast<size_t>(ObjectId::Stack)] = s.stack.massKg;
  m_out.stackPieceMassKg.push_back(masses);
}

void Simulator::samplePiece(const SimState& s, ObjectId id) {
  const Piece& p = s.pieces[static_cast<size_t>(id)];
  TrackSample t;
  t.tick = s.tick;
  t.posTeme = p.body.posTeme;
  t.velTeme = p.body.velTeme;
  t.attitudeTeme = p.att;
  t.massKg = p.body.massKg;
  t.accelTeme = p.forces.accelNonGravTeme;
  t.thrustN = p.forces.thrustN;
  t.phase = p.phase;
  auto& track = m_out.tracks[static_cast<size_t>(id)];
  if (!track.empty() && track.back().tick == t.tick) track.back() = t;
  else track.push_back(t);
}

void Simulator::sampleAll(const SimState& s) {
  const bool regular = s.tick % m_c.timeline.sampleEverySteps == 0 || s.tick == m_endTick;
  if (s.stackActive && regular) sampleStack(s);
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
    if (s.stackActive) stepStack(s);
    stepPieces(s);
    stepSoyuz(s);
    ++s.tick;
    if (s.stackActive) stagingEvents(s);
    scheduledEvents(s);
    sampleAll(s);
  }
  m_out.endTick = m_endTick; // a delayed rendezvous may have moved the end
  std::stable_sort(m_out.events.begin(), m_out.events.end(),
                   [](const MissionEvent& a, const MissionEvent& b) { return a.utcS < b.utcS; });
  return std::move(m_out);
}

} // namespace

std::variant<MissionTimeline, std::string> simulateMission(const MissionConfig& config) {
  std::string error;
  auto iss = IssEphemeris::create(config.iss, &error);
  if (!iss) return error;
  Simulator sim(config, *iss);
  TimelineData data = sim.run();
  return MissionTimeline(std::move(data), std::move(*iss));
}

} // namespace rv::sim
