#include "time_entry.h"

#include <charconv>
#include <cmath>
#include <vector>

namespace rv::app {
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

}  // namespace rv::app
