// `rendezvous events [--json]`: the simulated event table.
#include <cerrno>
#include <cstdio>
#include <cstring>

#include "cli.h"
#include "command.h"
#include "mission_context.h"
#include "sim/mission_events.h"

namespace rv::app {

Command addEventsCommand(CLI::App& app, const GlobalOptions& global) {
  auto json = std::make_shared<bool>(false);
  CLI::App* sub = app.add_subcommand("events", "Print the mission's events (simulated times)");
  sub->add_flag("--json", *json, "JSON array of {id, name, utc, met_s, caption}");
  return {sub, [json, &global]() -> int {
            int code = kExitOk;
            auto mission = loadMissionOrReport(global, &code);
            if (!mission) return code;
            const auto& events = mission->timeline->events();
            const std::string text =
                *json ? sim::formatEventJson(events) : sim::formatEventTable(events);
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

} // namespace rv::app
