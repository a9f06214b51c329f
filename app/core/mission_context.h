#pragma once
// The mission every command works on: the file named by --mission (or the
// bundled Soyuz MS-19 file), loaded and simulated once, and the resolution
// of time arguments against it (ISO-8601 UTC, T+S / T-S, or an event id).

#include <memory>
#include <string>
#include <string_view>

#include "base/result.h"
#include "sim/mission_config.h"
#include "sim/mission_timeline.h"

namespace rv::app {

// Options every command shares (set by the CLI, read by the core).
struct GlobalOptions {
  std::string missionPath;  // --mission FILE (empty: the bundled Soyuz MS-19 mission)
};

// Height above the pad at which the first-stage jet no longer feeds the
// flame pit (EST: the plume of the Soyuz's first stage stays coherent for
// about 20 nozzle clusters, some 60 m, and spreads over the pad for twice
// that). The pad's exhaust cloud (scene/pad_exhaust.h) is fed until then.
inline constexpr double kPadClearanceM = 120.0;

struct LoadedMission {
  sim::MissionConfig config;
  std::unique_ptr<sim::MissionTimeline> timeline;
  // Seconds from release until the simulated stack stands kPadClearanceM
  // above where it stood (60 if not within the first minute). Found once
  // here, not per frame: it is the same for every frame of a mission.
  double padClearedAfterLiftoffS = 0.0;
  // The timeline was read from the cache (timeline_cache.h), not simulated.
  bool timelineFromCache = false;
};

// The bundled mission file: <assets>/missions/soyuz-ms19.toml.
std::string defaultMissionPath();

// Loads and simulates. The error is one line; its kind gives the exit code
// (exitCodeFor, reportError): 2 when the file is wrong, 1 when reading it or
// the simulation failed.
Result<std::unique_ptr<LoadedMission>> loadAndSimulate(const GlobalOptions& global);

// The two halves of loadAndSimulate, for start-up to run the second on a
// worker (background_mission.h): reading the file (its warnings printed on
// stderr), then simulating it.
Result<sim::MissionConfig> loadMissionFile(const GlobalOptions& global);
Result<std::unique_ptr<LoadedMission>> simulateLoaded(sim::MissionConfig config);

// A time, as typed anywhere (command line, Go to field): ISO-8601 UTC;
// T+SECONDS / T-SECONDS or T+H:MM:SS / T-M:SS from lift-off; HH:MM[:SS] UTC
// on the day of lift-off; an event id ("booster_sep", "contact"), alone or
// with an offset ("contact+30", "booster_sep-5", "contact-1:30"). Unknown
// events list the known ones. The same forms serve the window's Go to field.
// A failure is bad input (ErrorKind::kBadInput).
Result<double> resolveMissionTime(const sim::MissionTimeline& timeline, std::string_view text);

// Syntax-only check usable before the mission is loaded: succeeds when the
// text has one of resolveMissionTime's forms (an event id is not checked yet).
Result<void> looksLikeMissionTime(std::string_view text);

}  // namespace rv::app
