#include "sim/state_export.h"

#include <cmath>
#include <cstdio>

#include "astro/time_scales.h"
#include "sim/telemetry.h"

namespace rv::sim {

void writeStatesCsv(const MissionTimeline& timeline, double fromUtcS, double toUtcS, double stepS,
                    std::ostream& out) {
  out << "utc,met_s,object,phase,lat_deg,lon_deg,alt_km,x_ecef_km,y_ecef_km,z_ecef_km,speed_kms,"
         "mass_kg,accel_g,range_m,range_rate_ms\n";
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
      std::snprintf(line, sizeof line, "%s,%.3f,%s,%s,%.6f,%.6f,%.4f,%.4f,%.4f,%.4f,%.5f,%.1f,%.4f,",
                    when.c_str(), met, objectIdName(s.object), phaseName(s.phase), t.latDeg, t.lonDeg,
                    t.altitudeM / 1000.0, t.posEcefM.x / 1000.0, t.posEcefM.y / 1000.0,
                    t.posEcefM.z / 1000.0, t.inertialSpeedMs / 1000.0, s.massKg, t.accelG);
      out << line;
      if (t.rangeM) {
        std::snprintf(line, sizeof line, "%.3f,%.4f", *t.rangeM, *t.rangeRateMs);
        out << line;
      } else {
        out << ",";
      }
      out << '\n';
    }
  }
}

} // namespace rv::sim
