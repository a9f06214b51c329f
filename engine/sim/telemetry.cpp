#include "sim/telemetry.h"

#include "astro/constants.h"
#include "astro/earth_rotation.h"
#include "astro/geodetic.h"
#include "astro/time_scales.h"
#include "sim/atmosphere_us76.h"
#include "sim/vehicle_dynamics.h"

namespace rv::sim {

Telemetry telemetry(const MissionTimeline& timeline, const ObjectState& s, double utcS) {
  Telemetry t;
  // DUT1 (< 0.1 s) is left out of the read-out: 3 m on the ground at most.
  const double gmst = astro::gmstRad(astro::julianDate(utcS));
  t.posEcefM = astro::temeToEcef(s.posTeme, gmst);
  const astro::Geodetic g = astro::geodeticFromEcef(t.posEcefM);
  t.latDeg = g.latRad / astro::kDegToRad;
  t.lonDeg = g.lonRad / astro::kDegToRad;
  t.altitudeM = g.altM;
  t.inertialSpeedMs = glm::length(s.velTeme);
  const double rho = g.altM < 1.0e6 ? us76Atmosphere(g.altM).densityKgM3 : 0.0;
  const glm::dvec3 vAir = airRelativeVelocity(s.posTeme, s.velTeme);
  t.dynamicPressurePa = 0.5 * rho * glm::dot(vAir, vAir);
  t.accelG = glm::length(s.accelTeme) / astro::kStandardGravity;
  t.orbit = orbitFigures(s.posTeme, s.velTeme);
  if (s.object == ObjectId::Soyuz && s.exists) {
    const DockingPort p = timeline.iss().port(utcS);
    const glm::dvec3 rel = s.posTeme - p.posTeme;
    const double range = glm::length(rel);
    t.rangeM = range;
    t.rangeRateMs = range > 0.0 ? glm::dot(rel, s.velTeme - p.velTeme) / range : 0.0;
  }
  return t;
}

}  // namespace rv::sim
