#pragma once
// Exit codes shared by every subcommand and the window. Plain data, no CLI11,
// so the core (mission_context.cpp) and the window can return them without
// depending on the command line. Listed for users in README.md and in
// `rendezvous --help`.

#include "base/result.h"

namespace rv::app {

enum ExitCode : int {
  kExitOk = 0,
  // A runtime failure: no GL, ffmpeg missing, the simulation failed, or an
  // input/output error (cannot write the file, disk full, /dev/full, a read
  // error): the system's reason follows the file's name.
  kExitRuntimeError = 1,
  kExitIoError = kExitRuntimeError,
  // Bad usage or input: an option, or a file the user named (missing, a
  // folder or device instead of a file, too large, wrong contents).
  kExitUsage = 2,
};

// The exit code for a failure of the given kind.
inline int exitCodeFor(const Error& error) {
  switch (error.kind) {
    case ErrorKind::kBadInput:
      return kExitUsage;
    case ErrorKind::kIo:
      return kExitIoError;
    case ErrorKind::kFailed:
      break;
  }
  return kExitRuntimeError;
}

}  // namespace rv::app
