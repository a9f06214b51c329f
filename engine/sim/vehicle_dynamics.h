#pragma once
// Translational dynamics of one body for the fixed-step integrator: gravity
// (point mass + J2..J4, gravity.h), drag in the co-rotating US76 atmosphere
// and engine thrust with its mass flow. Thrust varies with ambient pressure
// at constant mass flow: F(p) = F_vac - (F_vac - F_sl) * p / p_sl, i.e. the
// nozzle-exit-area term, so Isp(p) = F(p) / (mdot g0) runs from the
// sea-level to the vacuum figure of the engine.

#include <limits>

#include <glm/glm.hpp>

namespace rv::sim {

// The integrated state of a body: position and velocity (TEME) of its
// reference point, and its mass.
struct MassState {
  glm::dvec3 posTeme{0.0};
  glm::dvec3 velTeme{0.0};
  double massKg = 0.0;
};
inline MassState operator+(const MassState& a, const MassState& b) {
  return {a.posTeme + b.posTeme, a.velTeme + b.velTeme, a.massKg + b.massKg};
}
inline MassState operator*(double k, const MassState& a) {
  return {k * a.posTeme, k * a.velTeme, k * a.massKg};
}

// Engine command held over one step (zero-order hold at the step rate).
struct Propulsion {
  glm::dvec3 dirTeme{0.0};  // unit thrust direction
  double thrustVacN = 0.0;  // total of the firing engines at this throttle
  double thrustSlN = 0.0;
  double massFlowKgS = 0.0;
  // Time into the step at which the engines stop (burn-out or cut-off inside
  // the step); infinity when they run through it.
  double cutoffAfterS = std::numeric_limits<double>::infinity();
};

struct Aero {
  double areaM2 = 0.0;
  double cd = 0.0;
};

struct StepForces {
  glm::dvec3 accelNonGravTeme{0.0};  // at the step start: thrust + drag over mass
  double thrustN = 0.0;
  double dynamicPressurePa = 0.0;
  double ambientPressurePa = 0.0;  // US76 at the body's height (plumes widen as it falls)
};

// Air velocity of a body: inertial velocity minus the Earth's rotation at its
// position (the atmosphere co-rotates).
glm::dvec3 airRelativeVelocity(const glm::dvec3& posTeme, const glm::dvec3& velTeme);

// One RK4 step of length dtS. *forces (optional) receives the forces at the
// step start, for telemetry.
MassState stepBody(const MassState& y, double dtS, const Propulsion& prop, const Aero& aero,
                   StepForces* forces = nullptr);

// Thrust of an engine group at an ambient pressure.
double thrustAtPressure(double thrustVacN, double thrustSlN, double pressurePa);

}  // namespace rv::sim
