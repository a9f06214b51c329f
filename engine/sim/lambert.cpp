#include "sim/lambert.h"

#include <cmath>
#include <limits>

namespace rv::sim {

namespace {

// Stumpff functions C(z) and S(z) (Curtis, Orbital Mechanics for Engineering
// Students, eqs. 3.52-3.53), with series near z = 0 where the closed forms lose
// all their digits to cancellation.
double stumpffC(double z) {
  if (z > 1e-3) return (1.0 - std::cos(std::sqrt(z))) / z;
  if (z < -1e-3) return (std::cosh(std::sqrt(-z)) - 1.0) / (-z);
  return 1.0 / 2.0 - z / 24.0 + z * z / 720.0 - z * z * z / 40320.0;
}

double stumpffS(double z) {
  if (z > 1e-3) {
    const double s = std::sqrt(z);
    return (s - std::sin(s)) / (s * s * s);
  }
  if (z < -1e-3) {
    const double s = std::sqrt(-z);
    return (std::sinh(s) - s) / (s * s * s);
  }
  return 1.0 / 6.0 - z / 120.0 + z * z / 5040.0 - z * z * z / 362880.0;
}

struct Lambert {
  double r1, r2, a, sqrtGm;

  // y(z) of Bate-Mueller-White eq. 5.3-9; A > 0 makes y negative for small z,
  // where no arc exists.
  double y(double z) const {
    const double c = stumpffC(z);
    return r1 + r2 + a * (z * stumpffS(z) - 1.0) / std::sqrt(c);
  }

  // Time of flight on the arc labelled by z, s; -inf where y < 0 (the time
  // there is "shorter than any arc", which keeps the bracket logic monotonic).
  double timeOfFlight(double z) const {
    const double yz = y(z);
    if (yz < 0.0) return -std::numeric_limits<double>::infinity();
    const double c = stumpffC(z);
    const double x = std::sqrt(yz / c);
    return (x * x * x * stumpffS(z) + a * std::sqrt(yz)) / sqrtGm;
  }
};

}  // namespace

std::optional<LambertSolution> solveLambert(const glm::dvec3& r1v, const glm::dvec3& r2v,
                                            double timeOfFlightS, LambertDirection direction,
                                            double gm) {
  const double r1 = glm::length(r1v);
  const double r2 = glm::length(r2v);
  if (!(r1 > 0.0) || !(r2 > 0.0) || !(timeOfFlightS > 0.0) || !(gm > 0.0)) return std::nullopt;

  const glm::dvec3 cross = glm::cross(r1v, r2v);
  const double sinAbs = glm::length(cross) / (r1 * r2);
  // Collinear positions: 0 or 180 degrees, transfer plane undefined.
  if (sinAbs < 1e-9) return std::nullopt;

  const double cosDnu = glm::clamp(glm::dot(r1v, r2v) / (r1 * r2), -1.0, 1.0);
  double dnu = std::acos(cosDnu);
  const bool shortWay = (cross.z >= 0.0) == (direction == LambertDirection::Prograde);
  if (!shortWay) dnu = astro::kTwoPi - dnu;

  const double a = std::sin(dnu) * std::sqrt(r1 * r2 / (1.0 - cosDnu));
  const Lambert f{r1, r2, a, std::sqrt(gm)};

  // Bracket: the upper end is just below 4 pi^2, where the time tends to
  // infinity (1e-6 below it: closer, C(z) and z S(z) - 1 both vanish and y
  // drowns in rounding); the lower end moves down (hyperbolic arcs) until the
  // time there is below the requested one.
  const double zMax = 4.0 * astro::kPi * astro::kPi;
  double zHigh = zMax * (1.0 - 1e-6);
  double zLow = -4.0 * astro::kPi * astro::kPi;
  int iterations = 0;
  while (f.timeOfFlight(zLow) > timeOfFlightS) {
    zLow *= 2.0;
    if (++iterations > 60) return std::nullopt;
  }
  if (f.timeOfFlight(zHigh) < timeOfFlightS) return std::nullopt;

  // Bisection: at most 200 halvings reach the double resolution of z from any
  // bracket, and each step is cheap (a few transcendental calls).
  double z = 0.5 * (zLow + zHigh);
  for (int i = 0; i < 200; ++i) {
    ++iterations;
    z = 0.5 * (zLow + zHigh);
    if (z == zLow || z == zHigh) break;
    const double t = f.timeOfFlight(z);
    if (t < timeOfFlightS) {
      zLow = z;
    } else {
      zHigh = z;
    }
  }

  const double yz = f.y(z);
  if (!(yz > 0.0)) return std::nullopt;
  // Lagrange coefficients (Curtis eqs. 5.46).
  const double fCoef = 1.0 - yz / r1;
  const double gCoef = a * std::sqrt(yz / gm);
  const double gDot = 1.0 - yz / r2;
  if (!(std::abs(gCoef) > 0.0)) return std::nullopt;

  LambertSolution sol;
  sol.v1 = (r2v - fCoef * r1v) / gCoef;
  sol.v2 = (gDot * r2v - r1v) / gCoef;
  sol.transferAngleRad = dnu;
  sol.iterations = iterations;
  return sol;
}

}  // namespace rv::sim
