#include "process_uptime.h"

#include <time.h>
#include <unistd.h>

#include <cstdlib>
#include <cstring>
#include <fstream>
#include <sstream>
#include <string>

namespace rv::app {

std::optional<unsigned long long> processStartTicks(const char* statLine) {
  const char* close = std::strrchr(statLine, ')');
  if (!close) return std::nullopt;
  std::istringstream fields(close + 1);
  // After the name come field 3 (state) onwards; the start time is field 22.
  std::string field;
  for (int i = 3; i <= 22; ++i)
    if (!(fields >> field)) return std::nullopt;
  char* end = nullptr;
  const unsigned long long ticks = std::strtoull(field.c_str(), &end, 10);
  if (end == field.c_str() || *end != '\0') return std::nullopt;
  return ticks;
}

std::optional<double> secondsSinceProcessStart() {
  std::ifstream stat("/proc/self/stat");
  std::string line;
  if (!std::getline(stat, line)) return std::nullopt;
  const auto ticks = processStartTicks(line.c_str());
  const long perSecond = sysconf(_SC_CLK_TCK);
  timespec now{};
  // The start is counted on the boot clock, which goes on through suspend.
  if (!ticks || perSecond <= 0 || clock_gettime(CLOCK_BOOTTIME, &now) != 0) return std::nullopt;
  const double nowS = static_cast<double>(now.tv_sec) + static_cast<double>(now.tv_nsec) * 1e-9;
  return nowS - static_cast<double>(*ticks) / static_cast<double>(perSecond);
}

}  // namespace rv::app
