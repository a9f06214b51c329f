#include "sim/phasing_planner.h"

#include <cmath>

#include "sim/lambert.h"

namespace rv::sim {
namespace {
// Planning propagation step: RK4 at 2 s keeps the arc error far below a
// metre over one orbit (the shooting only needs the miss to ~1 m).
constexpr double kPlanStepS = 2.0;
constexpr int kShootingIterations = 5;
} // namespace

MassState coast(const MassState& s, const Aero& aero, double durationS, double stepS) {
  MassState y = s;
  const Propulsion none{};
  const auto n = static_cast<long long>(std::floor(durationS / stepS));
  for (long long i = 0; i < n; ++i) y = stepBody(y, stepS, none, aero);
  const double rest = durationS - static_cast<double>(n) * stepS;
  if (rest > 1e-9) y = stepBody(y, rest, none, aero);
  return y;
}

std::optional<PhasingBurn> planPhasingBurn(const MassState& atCenter, const Aero& aero,
                                           double tof, const glm::dvec3& aimTeme,
                                           std::string* error) {
  glm::dvec3 lambertAim = aimTeme;
  PhasingBurn best;
  bool found = false;
  for (int i = 0; i < kShootingIterations; ++i) {
    const auto sol = solveLambert(atCenter.posTeme, lambertAim, tof);
    if (!sol) {
      if (error) *error = "Lambert solver found no arc";
      return std::nullopt;
    }
    MassState arc = atCenter;
    arc.velTeme = sol->v1;
    const MassState end = coast(arc, aero, tof, kPlanStepS);
    const glm::dvec3 miss = end.posTeme - aimTeme;
    best.deltaVTeme = sol->v1 - atCenter.velTeme;
    best.missM = glm::length(miss);
    found = true;
    lambertAim -= miss;
  }
  if (!found) return std::nullopt;
  return best;
}

} // namespace rv::sim
