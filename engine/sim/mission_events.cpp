#include "sim/mission_events.h"

#include <cmath>
#include <cstdio>

#include "astro/time_scales.h"

namespace rv::sim {
namespace {

std::string jsonEscape(const std::string& s) {
  std::string out;
  out.reserve(s.size() + 8);
  for (char c : s) {
    switch (c) {
      case '"':
        out += "\\\"";
        break;
      case '\\':
        out += "\\\\";
        break;
      case '\n':
        out += "\\n";
        break;
      case '\t':
        out += "\\t";
        break;
      default:
        if (static_cast<unsigned char>(c) < 0x20) {
          char buf[8];
          std::snprintf(buf, sizeof buf, "\\u%04x", c);
          out += buf;
        } else {
          out += c;
        }
    }
  }
  return out;
}

}  // namespace

std::string formatMet(double metS) {
  const char sign = metS < 0.0 ? '-' : '+';
  // Round to tenths first so 59.96 s does not print as "00:00:60.0".
  const long long tenths = std::llround(std::abs(metS) * 10.0);
  const long long h = tenths / 36000;
  const long long m = (tenths / 600) % 60;
  const double s = static_cast<double>(tenths % 600) / 10.0;
  char buf[40];
  std::snprintf(buf, sizeof buf, "T%c%02lld:%02lld:%04.1f", sign, h, m, s);
  return buf;
}

std::string formatEventTable(const std::vector<MissionEvent>& events) {
  std::string out = "UTC                       T+            id                  event\n";
  for (const MissionEvent& e : events) {
    char buf[256];
    std::snprintf(buf, sizeof buf, "%-25s %-13s %-19s %s\n", astro::formatIsoUtc(e.utcS, 3).c_str(),
                  formatMet(e.metS).c_str(), e.id.c_str(), e.name.c_str());
    out += buf;
  }
  return out;
}

std::string formatEventJson(const std::vector<MissionEvent>& events) {
  std::string out = "[\n";
  for (size_t i = 0; i < events.size(); ++i) {
    const MissionEvent& e = events[i];
    char met[32];
    std::snprintf(met, sizeof met, "%.3f", e.metS);
    out += "  {\"id\": \"" + jsonEscape(e.id) + "\", \"name\": \"" + jsonEscape(e.name) +
           "\", \"utc\": \"" + astro::formatIsoUtc(e.utcS, 3) + "\", \"met_s\": " + met +
           ", \"caption\": \"" + jsonEscape(e.caption) + "\"";
    if (e.hasPlace) {
      char place[96];
      std::snprintf(place, sizeof place, ", \"lat_deg\": %.4f, \"lon_deg\": %.4f", e.latDeg,
                    e.lonDeg);
      out += place;
    }
    out += "}";
    out += i + 1 < events.size() ? ",\n" : "\n";
  }
  out += "]\n";
  return out;
}

}  // namespace rv::sim
