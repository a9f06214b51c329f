#include "sim/state_export.h"

#include <cmath>
#include <cstdio>

#include "astro/earth_rotation.h"
#include "astro/time_scales.h"
#include "sim/telemetry.h"

namespace rv::sim {
namespace {

// ",qw,qx,qy,qz,rate_dps,thrust_kn,bx,by,bz": attitude body -> ECEF (the
// TEME attitude turned by GMST about Z), the body rate relative to inertial
// space, and the net thrust with its body direction (empty when none).
void writeAttitudeAndThrust(const ObjectState& s, double utcS, char* line, size_t size) {
  const double gmst = astro::gmstRad(astro::julianDate(utcS));
  const glm::dquat toEcef = glm::quat_cast(glm::transpose(astro::ecefToTemeMatrix(gmst)));
  glm::dquat q = glm::normalize(toEcef * s.attitudeTeme);
  if (q.w < 0.0) q = -q;  // one sign for the same rotation: scalar part >= 0
  const double rateDps = glm::length(s.rateBodyRadS) * 180.0 / 3.14159265358979323846;
  int n = std::snprintf(line, size, ",%.9f,%.9f,%.9f,%.9f,%.4f,%.4f", q.w, q.x, q.y, q.z, rateDps,
                        s.thrustN / 1000.0);
  if (s.thrustN > 0.0 && glm::length(s.thrustDirBody) > 0.0)
    std::snprintf(line + n, size - static_cast<size_t>(n), ",%.6f,%.6f,%.6f", s.thrustDirBody.x,
                  s.thrustDirBody.y, s.thrustDirBody.z);
  else
    std::snprintf(line + n, size - static_cast<size_t>(n), ",,,");
}

}  // namespace

void writeStatesCsv(const MissionTimeline& timeline, double fromUtcS, double toUtcS, double stepS,
                    std::ostream& out) {
  out << "utc,met_s,object,phase,lat_deg,lon_deg,alt_km,x_ecef_km,y_ecef_km,z_ecef_km,speed_kms,"
         "mass_kg,accel_g,range_m,range_rate_ms,att_qw,att_qx,att_qy,att_qz,rate_dps,thrust_kn,"
         "thrust_bx,thrust_by,thrust_bz\n";
  if (!(stepS > 0.0) || toUtcS < fromUtcS) return;
  const auto n = static_cast<long long>(std::floor((toUtcS - fromUtcS) / stepS + 1e-9));
  char line[512];
  for (long long k = 0; k <= n; ++k) {
    const double utc = fromUtcS + static_cast<double>(k) * stepS;
    const std::string when = astro::formatIsoUtc(utc, 3);
    const double met = utc - timeline.liftoffUtcS();
    const MissionFrame frame = timeline.frame(utc);
    for (const ObjectState& s : frame.objects) {
      if (!s.exists) continue;
      // The stack's pieces are reported once, as "stack", while attached.
      if (s.attached && s.object != ObjectId::Soyuz) continue;
      const Telemetry t = telemetry(timeline, s, utc);
      std::snprintf(line, sizeof line,
                    "%s,%.3f,%s,%s,%.6f,%.6f,%.4f,%.4f,%.4f,%.4f,%.5f,%.1f,%.4f,", when.c_str(),
                    met, objectIdName(s.object), phaseName(s.phase), t.latDeg, t.lonDeg,
                    t.altitudeM / 1000.0, t.posEcefM.x / 1000.0, t.posEcefM.y / 1000.0,
                    t.posEcefM.z / 1000.0, t.inertialSpeedMs / 1000.0, s.massKg, t.accelG);
      out << line;
      if (t.rangeM) {
        std::snprintf(line, sizeof line, "%.3f,%.4f", *t.rangeM, *t.rangeRateMs);
        out << line;
      } else {
        out << ",";
      }
      writeAttitudeAndThrust(s, utc, line, sizeof line);
      out << line << '\n';
    }
  }
}

}  // namespace rv::sim
