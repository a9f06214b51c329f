#pragma once
// How subcommands plug into the CLI: each adds a CLI11 subcommand with its
// options and returns the action to run once parsing succeeded.

#include <functional>
#include <string>

#include <CLI/CLI.hpp>

#include "mission_context.h"  // GlobalOptions

namespace rv::app {

struct Command {
  CLI::App* sub = nullptr;
  std::function<int()> run;
};

// One function per subcommand file (cmd_*.cpp).
Command addRenderCommand(CLI::App& app, const GlobalOptions& global);
Command addEventsCommand(CLI::App& app, const GlobalOptions& global);
Command addExportCommand(CLI::App& app, const GlobalOptions& global);
Command addRecordCommand(CLI::App& app, const GlobalOptions& global);

// The window (no subcommand): adds its options to the top-level app.
std::function<int()> addWindowOptions(CLI::App& app, const GlobalOptions& global);

// Validator for mission times (ISO-8601 UTC, T+S, T-S).
CLI::Validator missionTimeValidator();
CLI::Validator imageSizeValidator();

// --overlays and --quality as `render` and `record` take them, one wording
// for both (the window's --quality also has 'auto').
void addPictureOptions(CLI::App* sub, std::string& overlays, std::string& quality);

}  // namespace rv::app
