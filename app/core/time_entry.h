#pragma once
// The Go to field: what a presenter types, in exactly the command line's
// forms (resolveMissionTime in mission_context.h): ISO UTC, T+SECONDS,
// "T+3:27:00" / "T-5:00", "12:22" / "12:22:31" (UTC on the day of lift-off),
// event ids, and events with an offset ("contact+30").

#include <optional>
#include <string>
#include <string_view>

namespace rv::sim {
class MissionTimeline;
}

namespace rv::app {

// Seconds from "H:MM:SS", "M:SS" or "H:MM" style text (all fields digits,
// minutes and seconds < 60 after the first); nullopt otherwise.
std::optional<double> parseClockSeconds(std::string_view text, bool firstIsHours);

std::optional<double> parseGoToTime(const sim::MissionTimeline& timeline, std::string_view text,
                                    std::string* error);

}  // namespace rv::app
