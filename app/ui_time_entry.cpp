#include "ui_time_entry.h"

#include <charconv>
#include <cmath>
#include <vector>

#include "mission_context.h"
#include "sim/mission_timeline.h"

namespace rv::app {
namespace {

std::string_view trim(std::string_view s) {
  while (!s.empty() && s.front() == ' ') s.remove_prefix(1);
  while (!s.empty() && s.back() == ' ') s.remove_suffix(1);
  return s;
}

}  // namespace

std::optional<double> parseClockSeconds(std::string_view text, bool firstIsHours) {
  std::vector<double> parts;
  while (true) {
    const size_t colon = text.find(':');
    const std::string_view field = text.substr(0, colon);
    // Digits and a decimal point only: from_chars alone would also take
    // "nan", "inf" and "1e9", and a NaN time would reach the clock.
    if (field.empty() || field.find_first_not_of("0123456789.") != std::string_view::npos)
      return std::nullopt;
    double v = 0.0;
    const auto [end, ec] = std::from_chars(field.data(), field.data() + field.size(), v);
    if (ec != std::errc() || end != field.data() + field.size() || v < 0) return std::nullopt;
    parts.push_back(v);
    if (colon == std::string_view::npos) break;
    text.remove_prefix(colon + 1);
  }
  if (parts.size() < 2 || parts.size() > 3) return std::nullopt;
  for (size_t i = 1; i < parts.size(); ++i)
    if (parts[i] >= 60.0) return std::nullopt;
  if (parts.size() == 3) return parts[0] * 3600 + parts[1] * 60 + parts[2];
  return firstIsHours ? parts[0] * 3600 + parts[1] * 60 : parts[0] * 60 + parts[1];
}

std::optional<double> parseGoToTime(const sim::MissionTimeline& timeline, std::string_view text,
                                    std::string* error) {
  text = trim(text);
  const double liftoff = timeline.liftoffUtcS();
  if (text.size() > 2 && (text[0] == 'T' || text[0] == 't') && (text[1] == '+' || text[1] == '-') &&
      text.find(':') != std::string_view::npos) {
    if (auto s = parseClockSeconds(text.substr(2), false))
      return liftoff + (text[1] == '-' ? -*s : *s);
  } else if (text.find(':') != std::string_view::npos && text.find('-') == std::string_view::npos) {
    // Time of day, UTC, on the day of lift-off.
    if (auto s = parseClockSeconds(text, true)) {
      const double dayStart =
          std::floor(liftoff / 86400.0 - 0.5) * 86400.0 + 43200.0;  // J2000 is noon
      return dayStart + *s;
    }
  }
  return resolveMissionTime(timeline, text, error);
}

}  // namespace rv::app
