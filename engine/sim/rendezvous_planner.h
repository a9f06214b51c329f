#pragma once
// Rendezvous burn planning against a target ephemeris, for the Soyuz MS
// two-orbit profile (docs/SOURCES.md S6): impulsive burns at given times
// that bring the chaser to an aim point in the target's LVLH frame
// (lvlh_frame.h: +X V-bar, +Y opposite the orbit normal, +Z nadir) at a given
// arrival time, when the chaser is propagated with the same J2-J4 gravity and
// RK4 the simulation uses.
//
// Method: shooting. Unknowns are the 3N impulse components; constraints the
// relative position (and, if asked, velocity) in LVLH at arrival. Each
// iteration propagates the chaser through its burns, builds the Jacobian by
// finite differences (one extra propagation per unknown, restarted from the
// stored state just before the perturbed burn), and takes the minimum-norm
// Gauss-Newton step, x = J^T (J J^T)^-1 (J x_k - g(x_k)). With exactly as
// many unknowns as constraints (two burns, the second on arrival) that is
// plain Newton; with more burns it converges to the solution of least
// sum of squared delta-v near the start, which spreads the change over the
// burns the way a mission planner would. The first guess is a Lambert arc
// (point mass) when the first burn-to-arrival span is under one chaser
// orbit, otherwise zero impulses (the map from delta-v to arrival state is
// close to linear for delta-v of a few percent of orbital speed).
//
// Everything is a pure function of its arguments (the ephemeris must be one
// too), so a plan is reproducible bit for bit.

#include "sim/gravity.h"
#include "sim/state_vector.h"

#include <glm/glm.hpp>

#include <functional>
#include <string>
#include <vector>

namespace rv::sim {

// UTC seconds (the simulation's time scale) -> target inertial state.
using TargetEphemeris = std::function<StateVector(double utcS)>;

struct ImpulsiveBurn {
  double utcS = 0.0;
  glm::dvec3 dvTeme{0.0};  // m/s, inertial
};

struct AimPoint {
  glm::dvec3 posLvlh{0.0};  // chaser minus target at arrival, target LVLH, m
  glm::dvec3 velLvlh{0.0};  // relative velocity (LVLH rates) after the last burn, m/s
  double arrivalUtcS = 0.0;
  // When false only the position is targeted (the last burn may then lie
  // before arrival, e.g. a single intercept burn).
  bool matchVelocity = true;
};

struct PlannerOptions {
  double stepS = 5.0;  // RK4 step of the planning propagation (see propagate)
  GravityModel gravity = GravityModel::J2J3J4;
  int maxIterations = 25;
  double posToleranceM = 0.05;    // converged when the arrival miss is below...
  double velToleranceMps = 1e-4;  // ...both of these
  double jacobianStepMps = 0.01;  // finite-difference perturbation of each impulse component
};

enum class PlanStatus { Converged, NotConverged, InvalidInput };

struct RendezvousPlan {
  PlanStatus status = PlanStatus::InvalidInput;
  std::string error;  // why, when status != Converged
  std::vector<ImpulsiveBurn> burns;
  double totalDvMps = 0.0;
  double missPosM = 0.0;    // |relative position - aim| at arrival, planning propagation
  double missVelMps = 0.0;  // |relative velocity - aim| at arrival (if matched)
  int iterations = 0;
  bool ok() const { return status == PlanStatus::Converged; }
};

// Gravity-only propagation from t0 to t1 (either direction) with fixed-step
// RK4: the interval is cut into ceil(|t1 - t0| / stepS) equal steps, so the
// end time is hit exactly.
StateVector propagate(const StateVector& s, double t0S, double t1S, double stepS = 5.0,
                      GravityModel gravity = GravityModel::J2J3J4);

// Same, applying impulsive burns (sorted by time, t0 <= utcS <= t1; a burn at
// t1 is applied) on the way.
StateVector propagateWithBurns(const StateVector& s, double t0S, double t1S,
                               const std::vector<ImpulsiveBurn>& burns, double stepS = 5.0,
                               GravityModel gravity = GravityModel::J2J3J4);

// Plan impulses at burnUtcS (ascending, each >= utcS and <= aim.arrivalUtcS)
// for a chaser in state `chaser` at utcS. With matchVelocity, give at least
// two burns, one of them before arrival. Special case for the closed loop: if
// every burn left is at the arrival time, only the velocity is matched, and
// missPosM reports the position error those burns can no longer remove.
RendezvousPlan planRendezvous(const StateVector& chaser, double utcS, const TargetEphemeris& target,
                              const std::vector<double>& burnUtcS, const AimPoint& aim,
                              const PlannerOptions& options = {});

// Closed-loop re-targeting during the approach: from the chaser's current
// state, re-solve the burns still ahead (those of `plannedBurns` with
// utcS >= nowUtcS; earlier ones are dropped as executed), starting from their
// planned values. Call it after each executed burn (finite-burn errors,
// drag) so the next burns absorb the dispersion.
RendezvousPlan retargetRendezvous(const StateVector& chaser, double nowUtcS,
                                  const TargetEphemeris& target,
                                  const std::vector<ImpulsiveBurn>& plannedBurns,
                                  const AimPoint& aim, const PlannerOptions& options = {});

// Finite burn equivalent of an impulse, from the rocket equation: with
// exhaust speed c = Isp * g0, propellant m0 (1 - exp(-dv / c)) burnt at mass
// flow F / c takes (m0 c / F)(1 - exp(-dv / c)). Centring the burn on the
// impulse time (start = impulse - duration / 2) keeps the error second order
// in the duration. Soyuz MS main engine S5.80: 2950 N, Isp 302 s
// (docs/SOURCES.md S4).
struct FiniteBurn {
  double durationS = 0.0;
  double propellantKg = 0.0;
  double massAfterKg = 0.0;
  double startUtcS = 0.0;  // centred on the impulse time given
};

inline constexpr double kSoyuzMainEngineThrustN = 2950.0;  // S5.80, SOURCES S4
inline constexpr double kSoyuzMainEngineIspS = 302.0;      // S5.80, SOURCES S4

FiniteBurn finiteBurn(double dvMps, double thrustN, double ispS, double massKg,
                      double impulseUtcS = 0.0);

}  // namespace rv::sim
