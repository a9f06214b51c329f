#include "mission_series.h"

#include <algorithm>
#include <cmath>
#include <limits>

#include "readouts.h"

namespace rv::app {

MissionSeries computeMissionSeries(const sim::MissionTimeline& timeline, double stepS) {
  MissionSeries s;
  s.startUtcS = timeline.startUtcS();
  s.stepS = stepS;
  const double span = timeline.endUtcS() - timeline.startUtcS();
  const size_t n = static_cast<size_t>(std::floor(span / stepS)) + 1;
  s.altitudeKm.reserve(n);
  s.speedKms.reserve(n);
  s.accelG.reserve(n);
  s.rangeKm.reserve(n);
  constexpr float kNone = std::numeric_limits<float>::quiet_NaN();
  for (size_t i = 0; i < n; ++i) {
    const double utc = s.utcOf(i);
    const Readout r = readoutAt(timeline, timeline.frame(utc));
    s.altitudeKm.push_back(static_cast<float>(r.vehicle.altitudeM / 1000.0));
    s.speedKms.push_back(static_cast<float>(r.vehicle.inertialSpeedMs / 1000.0));
    s.accelG.push_back(static_cast<float>(r.vehicle.accelG));
    s.rangeKm.push_back(r.issRangeM ? static_cast<float>(*r.issRangeM / 1000.0) : kNone);
    s.vBarKm.push_back(r.soyuzLvlh ? static_cast<float>(r.soyuzLvlh->vBarM / 1000.0) : kNone);
    s.rBarKm.push_back(r.soyuzLvlh ? static_cast<float>(r.soyuzLvlh->rBarM / 1000.0) : kNone);
    if (s.bands.empty() || s.bands.back().phase != r.phase) s.bands.push_back({utc, utc, r.phase});
    s.bands.back().endUtcS = std::min(utc + stepS, timeline.endUtcS());
  }
  return s;
}

}  // namespace rv::app
