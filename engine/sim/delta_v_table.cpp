#include "sim/delta_v_table.h"

#include <cstdio>

namespace rv::sim {

std::string formatDeltaVTable(const TimelineData& d) {
  std::string out = "Soyuz delta-v as flown       m/s\n";
  char line[128];
  double total = 0.0;
  for (const BurnDeltaV& b : d.soyuzDeltaV) {
    std::snprintf(line, sizeof line, "  %-26s %6.2f   (S5.80)\n", b.id.c_str(), b.dvMs);
    out += line;
    total += b.dvMs;
  }
  struct Row {
    Phase phase;
    const char* name;
  };
  static constexpr Row kRows[] = {{Phase::Approach, "Kurs approach + braking"},
                                  {Phase::Flyaround, "fly-around"},
                                  {Phase::Stationkeeping, "station-keeping"},
                                  {Phase::FinalApproach, "final approach (Kurs)"},
                                  {Phase::ManualApproach, "manual approach"}};
  for (const Row& r : kRows) {
    const double dv = d.proximityDeltaVMs[static_cast<size_t>(r.phase)];
    if (dv <= 0.0) continue;
    std::snprintf(line, sizeof line, "  %-26s %6.2f   (DPO-B)\n", r.name, dv);
    out += line;
    total += dv;
  }
  std::snprintf(line, sizeof line, "  %-26s %6.2f\n", "total", total);
  out += line;
  return out;
}

}  // namespace rv::sim
