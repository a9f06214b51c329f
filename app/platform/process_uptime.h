// How long this process has been running, by the kernel's own record of
// when it started: the figure a user means by "start-up", from the moment
// the command ran (the dynamic loader and the huge-page restart included,
// which a clock read in main() would miss; see huge_page_heap.h).
#pragma once

#include <optional>

namespace rv::app {

// Seconds since the kernel started this process (exec keeps the start, so
// a restart still counts from the first). Resolution: the kernel's clock
// tick, usually 10 ms. Empty where /proc/self/stat cannot be read.
std::optional<double> secondsSinceProcessStart();

// The start time field of a /proc/<pid>/stat line (field 22, in clock
// ticks after boot). The command name in parentheses may itself hold
// spaces and parentheses, so fields are counted after the last ')'.
std::optional<unsigned long long> processStartTicks(const char* statLine);

}  // namespace rv::app
