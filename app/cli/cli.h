#pragma once
// The command line: global options, subcommands, exit codes (exit_codes.h).

#include "exit_codes.h"

namespace rv::app {

int runCli(int argc, char** argv);

}  // namespace rv::app
