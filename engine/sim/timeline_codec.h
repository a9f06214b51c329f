#pragma once
// The simulated timeline's stored data as bytes and back, for the cache that
// spares a start-up the simulation (app/core/timeline_cache.h). Every double
// is kept bit for bit, so a timeline decoded from the bytes answers every
// query exactly as the one that was simulated (seeks stay bit-identical).
// The bytes are for the machine and program that wrote them: native byte
// order, no promise across versions (the cache's key holds the program's
// digest).

#include <string>
#include <string_view>

#include "base/result.h"
#include "sim/mission_timeline.h"

namespace rv::sim {

std::string encodeTimeline(const TimelineData& data);

// Error (kBadInput) when the bytes are not a whole timeline of this format:
// wrong tag, cut short, a count too large for what is left, an enum out of
// range, or bytes left over.
Result<TimelineData> decodeTimeline(std::string_view bytes);

}  // namespace rv::sim
