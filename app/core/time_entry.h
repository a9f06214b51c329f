#pragma once
// Clock-style fields as people type them ("3:27:00", "5:00", "12:22"): the
// piece of a time entry that resolveMissionTime (mission_context.h) reads in
// "T+3:27:00", "contact-1:30" and "12:22" (UTC on the day of lift-off). The
// command line and the window's Go to field take the same forms.

#include <optional>
#include <string_view>

namespace rv::app {

// Seconds from "H:MM:SS", "M:SS" or "H:MM" style text (all fields digits,
// minutes and seconds < 60 after the first); nullopt otherwise.
std::optional<double> parseClockSeconds(std::string_view text, bool firstIsHours);

}  // namespace rv::app
