#include "cli.h"

#include <cstdio>

namespace rv::app {

int runCli(int, char**) {
  std::printf("rendezvous %s\n", RV_VERSION);
  return kExitOk;
}

} // namespace rv::app
