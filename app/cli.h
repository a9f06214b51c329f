#pragma once
// The command line: global options, subcommands, exit codes.

namespace rv::app {

// Exit codes shared by every subcommand.
enum ExitCode : int { kExitOk = 0, kExitRuntimeError = 1, kExitUsage = 2 };

int runCli(int argc, char** argv);

}  // namespace rv::app
