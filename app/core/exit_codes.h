#pragma once
// Exit codes shared by every subcommand and the window. Plain data, no CLI11,
// so the core (mission_context.cpp) and the window can return them without
// depending on the command line. Listed for users in README.md and in
// `rendezvous --help`.

#include <cstdio>

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

// Prints "rendezvous: <message>" on stderr and returns the exit code for the
// error's kind, so that a command's failure path is one line.
inline int reportError(const Error& error) {
  std::fprintf(stderr, "rendezvous: %s\n", error.message.c_str());
  return exitCodeFor(error);
}

// The same for a value given to an option: "rendezvous: --time: <message>".
inline int reportOption(const char* option, const Error& error) {
  std::fprintf(stderr, "rendezvous: %s: %s\n", option, error.message.c_str());
  return exitCodeFor(error);
}

}  // namespace rv::app
