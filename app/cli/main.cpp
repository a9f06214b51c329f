// Entry point: everything happens in runCli() so tests can call it too.
#include "cli.h"
#include "huge_page_heap.h"

int main(int argc, char** argv) {
  rv::app::restartWithHugePageHeap(argv);  // may start the program again, once
  return rv::app::runCli(argc, argv);
}
