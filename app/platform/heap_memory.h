// Keeps a long-running window's resident memory at its working size.
//
// A kiosk or a day-long demo draws millions of frames. Each frame the GL
// driver (llvmpipe above all) mallocs and frees megabytes of scratch: bins,
// vertex copies, upload buffers. glibc keeps freed pages resident and, by
// default, raises its mmap threshold each time a large block is freed, so
// ever larger scratch blocks land in the heap. The heap's high-water mark then
// creeps up in steps whenever a frame happens to need more than any before
// it, while the bytes actually in use stay flat. Pinning the threshold and
// handing free pages back now and then keeps RSS equal to what is in use.
#pragma once

#include <cstddef>

namespace rv::app {

// Bytes malloc has handed out and not had back (all arenas and the blocks
// it mapped one by one), in KiB.
std::size_t heapInUseKiB();

// Fixes glibc's mmap threshold at its default (128 KiB) so large blocks are
// always mapped and unmapped, never parked in the heap. No-op off glibc.
void pinMallocMmapThreshold();

// Returns free heap pages to the system (malloc_trim); the wall time it took
// in milliseconds. No-op (0) off glibc.
double trimFreeHeap();

// Calls trimFreeHeap at most once per period of wall time.
class HeapTrimmer {
 public:
  explicit HeapTrimmer(double periodS) : periodS_(periodS), nextS_(periodS) {}
  // Trims if the period has passed since the last trim; the trim's duration
  // in ms, or a negative number if it was not yet due.
  double tick(double wallS);

 private:
  double periodS_;
  double nextS_;
};

}  // namespace rv::app
