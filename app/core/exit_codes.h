#pragma once
// Exit codes shared by every subcommand and the window. Plain data, no CLI11,
// so the core (mission_context.cpp) and the window can return them without
// depending on the command line.

namespace rv::app {

enum ExitCode : int { kExitOk = 0, kExitRuntimeError = 1, kExitUsage = 2 };

}  // namespace rv::app
