#include "heap_memory.h"

#include <chrono>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace rv::app {

std::size_t heapInUseKiB() {
#if defined(__GLIBC__)
  const struct mallinfo2 m = mallinfo2();
  return (m.uordblks + m.hblkhd) / 1024;  // in the arenas + mapped one by one
#else
  return 0;
#endif
}

void pinMallocMmapThreshold() {
#if defined(__GLIBC__)
  // Setting it at all switches off the dynamic raise; the value is glibc's
  // own default.
  mallopt(M_MMAP_THRESHOLD, 128 * 1024);
#endif
}

double trimFreeHeap() {
#if defined(__GLIBC__)
  const auto start = std::chrono::steady_clock::now();
  malloc_trim(0);
  return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start)
      .count();
#else
  return 0.0;
#endif
}

double HeapTrimmer::tick(double wallS) {
  if (wallS < nextS_) return -1.0;
  nextS_ = wallS + periodS_;
  return trimFreeHeap();
}

}  // namespace rv::app
