// Entry point: everything happens in runCli() so tests can call it too.
#include "cli.h"

int main(int argc, char** argv) {
  return rv::app::runCli(argc, argv);
}
