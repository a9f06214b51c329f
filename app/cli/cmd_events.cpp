// `rendezvous events [--json]`: the simulated event table.
#include <cerrno>
#include <cstdio>
#include <cstring>

#include "cli.h"
#include "command.h"
#include "mission_context.h"
#include "sim/delta_v_table.h"
#include "sim/mission_events.h"

namespace rv::app {

Command addEventsCommand(CLI::App& app, const GlobalOptions& global) {
  auto json = std::make_shared<bool>(false);
  CLI::App* sub = app.add_subcommand("events", "Print the mission's events (simulated times)");
  auto deltaV = std::make_shared<bool>(false);
  sub->add_flag("--json", *json,
                "JSON array of {id, name, utc, met_s, caption[, lat_deg, lon_deg]}");
  sub->add_flag(
      "--delta-v", *deltaV,
      "Print the Soyuz's delta-v as flown (each burn, each proximity phase, the total) instead");
  return {sub, [json, deltaV, &global]() -> int {
            auto mission = loadAndSimulate(global);
            if (!mission) return reportError(mission.error());
            const sim::MissionTimeline& timeline = *(*mission)->timeline;
            const auto& events = timeline.events();
            const std::string text = *deltaV ? sim::formatDeltaVTable(timeline.data())
                                     : *json ? sim::formatEventJson(events)
                                             : sim::formatEventTable(events);
            std::fputs(text.c_str(), stdout);
            if (!text.empty() && text.back() != '\n') std::fputc('\n', stdout);
            // A full disk or a closed pipe must not look like success.
            if (std::fflush(stdout) != 0 || std::ferror(stdout)) {
              std::fprintf(stderr, "rendezvous: events: cannot write the table: %s\n",
                           std::strerror(errno));
              return kExitRuntimeError;
            }
            return kExitOk;
          }};
}

}  // namespace rv::app
