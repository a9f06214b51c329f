#include "sim/vehicle_dynamics.h"

#include <cmath>

#include "astro/constants.h"
#include "sim/atmosphere_us76.h"
#include "sim/ellipsoid_altitude.h"
#include "sim/gravity.h"
#include "sim/rk4.h"

namespace rv::sim {

glm::dvec3 airRelativeVelocity(const glm::dvec3& posTeme, const glm::dvec3& velTeme) {
  const glm::dvec3 omega(0.0, 0.0, astro::kEarthRotationRate);
  return velTeme - glm::cross(omega, posTeme);
}

double thrustAtPressure(double thrustVacN, double thrustSlN, double pressurePa) {
  const double f = thrustVacN - (thrustVacN - thrustSlN) * pressurePa / kSeaLevelPressurePa;
  return f > 0.0 ? f : 0.0;
}

namespace {

struct Evaluation {
  MassState deriv;
  StepForces forces;
};

// Height for the atmosphere model. Below 80 km the exact geodetic height
// (Bowring). Above, the radius less the ellipsoid's radius at the same
// geocentric latitude: within 3 m of the geodetic height up to 600 km (a
// 0.01 % density difference at orbital scale heights) and free of the
// trigonometry that made Bowring's formula the largest cost of the hours of
// orbital flight.
double atmosphereHeightM(const glm::dvec3& p) {
  constexpr double kExactBelowM = 80.0e3;
  const double r2 = glm::dot(p, p);
  const double r = std::sqrt(r2);
  const double sin2 = p.z * p.z / r2;  // geocentric latitude
  const double e2 = astro::kWgs84E2;
  const double ellipsoidR = astro::kWgs84A * std::sqrt((1.0 - e2) / (1.0 - e2 * (1.0 - sin2)));
  const double h = r - ellipsoidR;
  return h > kExactBelowM ? h : ellipsoidHeightM(p);
}

Evaluation evaluate(const MassState& y, double tauS, const Propulsion& prop, const Aero& aero) {
  Evaluation e;
  glm::dvec3 accel = gravityAccel(y.posTeme);
  glm::dvec3 nonGrav(0.0);
  const double heightM = atmosphereHeightM(y.posTeme);
  AtmosphereSample air{};
  if (heightM < 1.0e6) air = us76Atmosphere(heightM);
  e.forces.ambientPressurePa = air.pressurePa;
  if (aero.areaM2 > 0.0 && air.densityKgM3 > 0.0) {
    const glm::dvec3 vAir = airRelativeVelocity(y.posTeme, y.velTeme);
    const double speed = glm::length(vAir);
    const double q = 0.5 * air.densityKgM3 * speed * speed;
    e.forces.dynamicPressurePa = q;
    if (speed > 0.0) nonGrav -= (q * aero.cd * aero.areaM2 / y.massKg / speed) * vAir;
  }
  double mdot = 0.0;
  if (prop.massFlowKgS > 0.0 && tauS < prop.cutoffAfterS) {
    const double f = thrustAtPressure(prop.thrustVacN, prop.thrustSlN, air.pressurePa);
    nonGrav += (f / y.massKg) * prop.dirTeme;
    mdot = prop.massFlowKgS;
    e.forces.thrustN = f;
  }
  accel += nonGrav;
  e.forces.accelNonGravTeme = nonGrav;
  e.deriv = {y.velTeme, accel, -mdot};
  return e;
}

}  // namespace

MassState stepBody(const MassState& y, double dtS, const Propulsion& prop, const Aero& aero,
                   StepForces* forces) {
  if (forces) *forces = evaluate(y, 0.0, prop, aero).forces;
  const auto f = [&](double tau, const MassState& s) { return evaluate(s, tau, prop, aero).deriv; };
  if (prop.massFlowKgS > 0.0 && prop.cutoffAfterS > 0.0 && prop.cutoffAfterS < dtS) {
    // The engines stop inside the step: integrate the powered and the coasting
    // parts separately so RK4 never straddles the thrust discontinuity.
    const MassState powered = rk4Step(y, 0.0, prop.cutoffAfterS, f);
    Propulsion off = prop;
    off.massFlowKgS = 0.0;
    return rk4Step(powered, 0.0, dtS - prop.cutoffAfterS, [&](double tau, const MassState& s) {
      return evaluate(s, tau, off, aero).deriv;
    });
  }
  return rk4Step(y, 0.0, dtS, f);
}

}  // namespace rv::sim
