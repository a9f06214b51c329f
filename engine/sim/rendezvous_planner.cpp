#include "sim/rendezvous_planner.h"

#include "astro/constants.h"
#include "sim/lambert.h"
#include "sim/lvlh_frame.h"
#include "sim/pos_vel.h"
#include "sim/rk4.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <optional>
#include <utility>

namespace rv::sim {

namespace {

// Velocity residuals are multiplied by this time before they join the
// position residuals in the least-squares system, so 1 mm/s weighs like 1 m
// (about 1/n for a low orbit). It changes the conditioning, not the solution.
constexpr double kVelWeightS = 1000.0;

constexpr int kMaxConstraints = 6;

// Solve the small dense system a y = b (m <= 6) by Gaussian elimination with
// partial pivoting. Returns false if a pivot vanishes.
bool solveSmall(std::array<double, kMaxConstraints * kMaxConstraints> a,
                std::array<double, kMaxConstraints> b, int m,
                std::array<double, kMaxConstraints>& y) {
  auto at = [&](int i, int j) -> double& { return a[static_cast<std::size_t>(i * m + j)]; };
  for (int col = 0; col < m; ++col) {
    int piv = col;
    for (int i = col + 1; i < m; ++i)
      if (std::abs(at(i, col)) > std::abs(at(piv, col))) piv = i;
    if (!(std::abs(at(piv, col)) > 0.0)) return false;
    if (piv != col) {
      for (int j = 0; j < m; ++j) std::swap(at(col, j), at(piv, j));
      std::swap(b[static_cast<std::size_t>(col)], b[static_cast<std::size_t>(piv)]);
    }
    for (int i = col + 1; i < m; ++i) {
      const double f = at(i, col) / at(col, col);
      for (int j = col; j < m; ++j) at(i, j) -= f * at(col, j);
      b[static_cast<std::size_t>(i)] -= f * b[static_cast<std::size_t>(col)];
    }
  }
  for (int i = m - 1; i >= 0; --i) {
    double s = b[static_cast<std::size_t>(i)];
    for (int j = i + 1; j < m; ++j) s -= at(i, j) * y[static_cast<std::size_t>(j)];
    y[static_cast<std::size_t>(i)] = s / at(i, i);
  }
  return true;
}

// The chaser's flight through its burns to arrival, for one set of impulses.
class Shooter {
 public:
  Shooter(const StateVector& chaser, double t0, std::vector<double> times, double arrival,
          const StateVector& targetAtArrival, const AimPoint& aim, const PlannerOptions& opt)
      : m_chaser(chaser),
        m_t0(t0),
        m_times(std::move(times)),
        m_arrival(arrival),
        m_frame(lvlhFrame(targetAtArrival)),
        m_aim(aim),
        m_opt(opt) {}

  int constraints() const { return m_aim.matchVelocity ? 6 : 3; }

  // Full run; stores the state just before each burn for the Jacobian runs.
  std::array<double, kMaxConstraints> run(const std::vector<glm::dvec3>& dv) {
    m_preBurn.assign(m_times.size(), StateVector{});
    StateVector s = propagate(m_chaser, m_t0, m_times[0], m_opt.stepS, m_opt.gravity);
    m_preBurn[0] = s;
    return flyFrom(0, s, dv, true);
  }

  // Run restarted at burn k from the stored pre-burn state (valid after run()).
  std::array<double, kMaxConstraints> rerunFrom(std::size_t k, const std::vector<glm::dvec3>& dv) {
    return flyFrom(k, m_preBurn[k], dv, false);
  }

  const StateVector& preBurn(std::size_t k) const { return m_preBurn[k]; }
  const LvlhFrame& arrivalFrame() const { return m_frame; }

 private:
  // Only the nominal run records pre-burn states: a perturbed run must not
  // overwrite the starting points of the other Jacobian columns.
  std::array<double, kMaxConstraints> flyFrom(std::size_t k, StateVector s,
                                              const std::vector<glm::dvec3>& dv, bool record) {
    for (std::size_t i = k; i < m_times.size(); ++i) {
      if (i > k) {
        s = propagate(s, m_times[i - 1], m_times[i], m_opt.stepS, m_opt.gravity);
        if (record) m_preBurn[i] = s;
      }
      s.velTeme += dv[i];
    }
    s = propagate(s, m_times.back(), m_arrival, m_opt.stepS, m_opt.gravity);
    const RelativeState rel = relativeStateLvlh(m_frame, s);
    std::array<double, kMaxConstraints> g{};
    const glm::dvec3 dp = rel.posLvlh - m_aim.posLvlh;
    const glm::dvec3 dvel = (rel.velLvlh - m_aim.velLvlh) * kVelWeightS;
    g = {dp.x, dp.y, dp.z, dvel.x, dvel.y, dvel.z};
    return g;
  }

  StateVector m_chaser;
  double m_t0;
  std::vector<double> m_times;
  double m_arrival;
  LvlhFrame m_frame;
  AimPoint m_aim;
  PlannerOptions m_opt;
  std::vector<StateVector> m_preBurn;
};

double residualNorm(const std::array<double, kMaxConstraints>& g, int m) {
  double s = 0.0;
  for (int i = 0; i < m; ++i) s += g[static_cast<std::size_t>(i)] * g[static_cast<std::size_t>(i)];
  return std::sqrt(s);
}

void fillMisses(RendezvousPlan& plan, const std::array<double, kMaxConstraints>& g, int m) {
  plan.missPosM = std::sqrt(g[0] * g[0] + g[1] * g[1] + g[2] * g[2]);
  plan.missVelMps = m == 6 ? std::sqrt(g[3] * g[3] + g[4] * g[4] + g[5] * g[5]) / kVelWeightS : 0.0;
}

// First guess from a point-mass Lambert arc from the first burn to the aim
// point, when the span is short enough for a single-revolution arc.
std::vector<glm::dvec3> lambertGuess(const Shooter& sh, const std::vector<double>& times,
                                     const AimPoint& aim) {
  std::vector<glm::dvec3> dv(times.size(), glm::dvec3(0.0));
  const StateVector& pre = sh.preBurn(0);
  const double tof = aim.arrivalUtcS - times[0];
  const double r = glm::length(pre.posTeme);
  const double v2 = glm::dot(pre.velTeme, pre.velTeme);
  const double invA = 2.0 / r - v2 / astro::kEarthGm;
  if (!(invA > 0.0) || !(tof > 0.0)) return dv;
  const double a = 1.0 / invA;
  const double period = astro::kTwoPi * std::sqrt(a * a * a / astro::kEarthGm);
  if (tof > 0.9 * period) return dv;
  const StateVector aimTeme = inertialFromLvlh(sh.arrivalFrame(), {aim.posLvlh, aim.velLvlh});
  const LambertDirection dir = glm::cross(pre.posTeme, pre.velTeme).z >= 0.0
                                   ? LambertDirection::Prograde
                                   : LambertDirection::Retrograde;
  const auto sol = solveLambert(pre.posTeme, aimTeme.posTeme, tof, dir);
  // Near a 180-degree transfer the Lambert plane is ill-defined and the arc
  // asks for a large plane change: a zero guess is better then.
  const double vCirc = std::sqrt(astro::kEarthGm / r);
  if (!sol || glm::length(sol->v1 - pre.velTeme) > 0.1 * vCirc) return dv;
  dv[0] = sol->v1 - pre.velTeme;
  if (times.size() > 1 && times.back() == aim.arrivalUtcS && aim.matchVelocity)
    dv.back() = aimTeme.velTeme - sol->v2;
  return dv;
}

// Why a plan cannot be attempted with these inputs, or null.
const char* planInputError(double utcS, const TargetEphemeris& target,
                           const std::vector<double>& times, const AimPoint& aim,
                           const PlannerOptions& opt) {
  if (!target) return "no target ephemeris";
  if (times.empty()) return "no burns to plan";
  if (!(opt.stepS > 0.0) || !(opt.jacobianStepMps > 0.0)) return "step sizes must be positive";
  for (std::size_t i = 0; i < times.size(); ++i) {
    if (times[i] < utcS || times[i] > aim.arrivalUtcS || (i > 0 && times[i] < times[i - 1]))
      return "burn times must be ascending and within [now, arrival]";
  }
  return nullptr;
}

// Which residuals are targeted: position rows 0-2, velocity rows 3-5. When
// every burn left is at the arrival time (the closed loop has reached the
// final, velocity-matching burn), the position can no longer be changed and
// only the velocity is targeted.
struct TargetedRows {
  std::array<std::size_t, kMaxConstraints> rows{0, 1, 2, 3, 4, 5};
  int m = 6;
  bool velocityOnly = false;
  const char* error = nullptr;
};

TargetedRows targetedRows(const std::vector<double>& times, const AimPoint& aim) {
  TargetedRows t;
  const bool allAtArrival = times.front() == aim.arrivalUtcS;
  if (!aim.matchVelocity) {
    t.m = 3;
    if (allAtArrival) t.error = "burns at the arrival time cannot move the arrival position";
  } else if (allAtArrival) {
    t.rows = {3, 4, 5, 0, 0, 0};
    t.m = 3;
    t.velocityOnly = true;
  } else if (times.size() < 2) {
    t.error = "need at least two burns to match position and velocity";
  }
  return t;
}

// Minimum-norm solution of the linearised constraints J x' = J x - g (m
// rows, one column of jac per unknown); false when J J^T is singular.
bool minimumNormStep(const std::vector<std::array<double, kMaxConstraints>>& jac,
                     const std::vector<glm::dvec3>& x, const std::array<double, kMaxConstraints>& g,
                     int m, std::vector<glm::dvec3>* xNew) {
  const std::size_t nx = jac.size();
  std::array<double, kMaxConstraints * kMaxConstraints> jjt{};
  std::array<double, kMaxConstraints> rhs{};
  for (int i = 0; i < m; ++i) {
    const auto iu = static_cast<std::size_t>(i);
    double jx = 0.0;
    for (std::size_t u = 0; u < nx; ++u) jx += jac[u][iu] * x[u / 3][static_cast<int>(u % 3)];
    rhs[iu] = jx - g[iu];
    for (int j = 0; j < m; ++j) {
      double s = 0.0;
      for (std::size_t u = 0; u < nx; ++u) s += jac[u][iu] * jac[u][static_cast<std::size_t>(j)];
      jjt[static_cast<std::size_t>(i * m + j)] = s;
    }
  }
  std::array<double, kMaxConstraints> y{};
  if (!solveSmall(jjt, rhs, m, y)) return false;
  xNew->assign(x.size(), glm::dvec3(0.0));
  for (std::size_t u = 0; u < nx; ++u) {
    double s = 0.0;
    for (int i = 0; i < m; ++i)
      s += jac[u][static_cast<std::size_t>(i)] * y[static_cast<std::size_t>(i)];
    (*xNew)[u / 3][static_cast<int>(u % 3)] = s;
  }
  return true;
}

RendezvousPlan solvePlan(const StateVector& chaser, double utcS, const TargetEphemeris& target,
                         const std::vector<double>& times, const std::vector<glm::dvec3>* guess,
                         const AimPoint& aim, const PlannerOptions& opt) {
  RendezvousPlan plan;
  const std::size_t nBurns = times.size();
  if (const char* why = planInputError(utcS, target, times, aim, opt)) {
    plan.error = why;
    return plan;
  }
  const TargetedRows targeted = targetedRows(times, aim);
  if (targeted.error) {
    plan.error = targeted.error;
    return plan;
  }
  const std::array<std::size_t, kMaxConstraints>& rows = targeted.rows;
  const int m = targeted.m;
  const bool velocityOnly = targeted.velocityOnly;
  auto compact = [&](const std::array<double, kMaxConstraints>& full) {
    std::array<double, kMaxConstraints> c{};
    for (int i = 0; i < m; ++i)
      c[static_cast<std::size_t>(i)] = full[rows[static_cast<std::size_t>(i)]];
    return c;
  };

  Shooter sh(chaser, utcS, times, aim.arrivalUtcS, target(aim.arrivalUtcS), aim, opt);
  std::vector<glm::dvec3> x(nBurns, glm::dvec3(0.0));
  std::array<double, kMaxConstraints> gFull = sh.run(x);
  if (guess && guess->size() == nBurns) {
    x = *guess;
  } else if (!velocityOnly) {
    x = lambertGuess(sh, times, aim);
  }
  gFull = sh.run(x);
  std::array<double, kMaxConstraints> g = compact(gFull);

  const std::size_t nx = 3 * nBurns;
  std::vector<std::array<double, kMaxConstraints>> jac(nx);  // column per unknown
  for (int iter = 0;; ++iter) {
    fillMisses(plan, gFull, aim.matchVelocity ? 6 : 3);
    plan.iterations = iter;
    if ((velocityOnly || plan.missPosM < opt.posToleranceM) &&
        plan.missVelMps < opt.velToleranceMps) {
      plan.status = PlanStatus::Converged;
      break;
    }
    if (iter >= opt.maxIterations) {
      plan.status = PlanStatus::NotConverged;
      plan.error = "shooting did not converge";
      break;
    }
    // Finite-difference Jacobian (forward differences: the map is smooth and
    // close to linear over 1 cm/s). Each run restarts at the perturbed burn.
    for (std::size_t k = 0; k < nBurns; ++k) {
      for (int c = 0; c < 3; ++c) {
        std::vector<glm::dvec3> xp = x;
        xp[k][c] += opt.jacobianStepMps;
        const auto gp = compact(sh.rerunFrom(k, xp));
        for (int i = 0; i < m; ++i) {
          const auto iu = static_cast<std::size_t>(i);
          jac[3 * k + static_cast<std::size_t>(c)][iu] = (gp[iu] - g[iu]) / opt.jacobianStepMps;
        }
      }
    }
    std::vector<glm::dvec3> xNew;
    if (!minimumNormStep(jac, x, g, m, &xNew)) {
      plan.status = PlanStatus::NotConverged;
      plan.error = "singular targeting Jacobian (burn times cannot reach the aim point)";
      break;
    }
    // Damped step: halve while the residual grows (rarely needed). The last
    // run() is always of the accepted x, so the stored pre-burn states match.
    const double norm0 = residualNorm(g, m);
    std::vector<glm::dvec3> xTry = xNew;
    std::array<double, kMaxConstraints> gTryFull = sh.run(xTry);
    for (int h = 0; h < 6 && residualNorm(compact(gTryFull), m) > norm0; ++h) {
      for (std::size_t k = 0; k < nBurns; ++k) xTry[k] = 0.5 * (xTry[k] + x[k]);
      gTryFull = sh.run(xTry);
    }
    x = xTry;
    gFull = gTryFull;
    g = compact(gFull);
  }

  plan.burns.clear();
  plan.totalDvMps = 0.0;
  for (std::size_t k = 0; k < nBurns; ++k) {
    plan.burns.push_back({times[k], x[k]});
    plan.totalDvMps += glm::length(x[k]);
  }
  return plan;
}

}  // namespace

StateVector propagate(const StateVector& s, double t0S, double t1S, double stepS,
                      GravityModel gravity) {
  const double span = t1S - t0S;
  if (span == 0.0) return s;
  const double absStep = std::abs(stepS) > 0.0 ? std::abs(stepS) : 1.0;
  const int n = std::max(1, static_cast<int>(std::ceil(std::abs(span) / absStep - 1e-9)));
  const double h = span / n;
  auto f = [gravity](double, const Pv& y) { return Pv{y.v, gravityAccel(y.r, gravity)}; };
  Pv y{s.posTeme, s.velTeme};
  // t = t0 + i h, never accumulated (house rule); f does not depend on t.
  for (int i = 0; i < n; ++i) y = rk4Step(y, t0S + i * h, h, f);
  return {y.r, y.v};
}

StateVector propagateWithBurns(const StateVector& s, double t0S, double t1S,
                               const std::vector<ImpulsiveBurn>& burns, double stepS,
                               GravityModel gravity) {
  StateVector cur = s;
  double t = t0S;
  for (const ImpulsiveBurn& b : burns) {
    if (b.utcS < t0S || b.utcS > t1S) continue;
    cur = propagate(cur, t, b.utcS, stepS, gravity);
    cur.velTeme += b.dvTeme;
    t = b.utcS;
  }
  return propagate(cur, t, t1S, stepS, gravity);
}

RendezvousPlan planRendezvous(const StateVector& chaser, double utcS, const TargetEphemeris& target,
                              const std::vector<double>& burnUtcS, const AimPoint& aim,
                              const PlannerOptions& options) {
  return solvePlan(chaser, utcS, target, burnUtcS, nullptr, aim, options);
}

RendezvousPlan retargetRendezvous(const StateVector& chaser, double nowUtcS,
                                  const TargetEphemeris& target,
                                  const std::vector<ImpulsiveBurn>& plannedBurns,
                                  const AimPoint& aim, const PlannerOptions& options) {
  std::vector<double> times;
  std::vector<glm::dvec3> guess;
  for (const ImpulsiveBurn& b : plannedBurns) {
    if (b.utcS < nowUtcS) continue;
    times.push_back(b.utcS);
    guess.push_back(b.dvTeme);
  }
  return solvePlan(chaser, nowUtcS, target, times, &guess, aim, options);
}

FiniteBurn finiteBurn(double dvMps, double thrustN, double ispS, double massKg,
                      double impulseUtcS) {
  FiniteBurn fb;
  fb.massAfterKg = massKg;
  fb.startUtcS = impulseUtcS;
  if (!(dvMps > 0.0) || !(thrustN > 0.0) || !(ispS > 0.0) || !(massKg > 0.0)) return fb;
  const double c = ispS * astro::kStandardGravity;
  fb.propellantKg = massKg * (1.0 - std::exp(-dvMps / c));
  fb.massAfterKg = massKg - fb.propellantKg;
  fb.durationS = fb.propellantKg * c / thrustN;
  fb.startUtcS = impulseUtcS - 0.5 * fb.durationS;
  return fb;
}

}  // namespace rv::sim
