// Start-up with the heap on transparent huge pages.
//
// The first frame writes some 200 MB of fresh memory: llvmpipe zero-fills
// every texture and render target it allocates, the Earth's maps are copied
// in with their mipmaps, the timeline is read into a buffer. On a 4 KiB page
// each of those pages costs a fault, and on the virtual machines of classroom
// servers and CI a fault is dear: 42,000 of them were a third of the headless
// render's wall time. glibc's tunable glibc.malloc.hugetlb=1 advises the heap
// and its large blocks onto 2 MiB pages, but glibc reads tunables only when a
// program starts, so the program starts itself again, once, with it set.
#pragma once

#include <optional>
#include <string>

namespace rv::app {

// The GLIBC_TUNABLES value to start again with, or nothing when the program
// should carry on as it is: the user set tunables of their own (theirs are
// kept as given), RENDEZVOUS_NO_HUGE_PAGES is set to anything but empty or
// 0, or a tool is preloaded (LD_PRELOAD: valgrind, heaptrack), which would
// lose sight of the program at the restart. The arguments are the three
// variables' values (null: unset).
std::optional<std::string> hugePageTunables(const char* tunables, const char* optOut,
                                            const char* preload);

// Called first thing in main(). Before the restart: sets GLIBC_TUNABLES and
// replaces the process with /proc/self/exe and the same arguments; if that
// fails, returns and the program runs as it is. After the restart: takes
// GLIBC_TUNABLES out of the environment again, so programs started from
// here (ffmpeg) get the user's environment. Does nothing off glibc and in
// sanitizer builds, whose own allocator ignores the tunable.
void restartWithHugePageHeap(char** argv);

}  // namespace rv::app
