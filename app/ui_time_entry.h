#pragma once
// The Go to field: what a presenter types. On top of the command line's
// forms (ISO UTC, T+SECONDS, event ids, resolved by resolveMissionTime) it
// takes clock forms: "T+3:27:00" / "T-5:00" (mission time, H:MM:SS or
// M:SS) and "12:22" / "12:22:31" (UTC on the day of lift-off).

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
