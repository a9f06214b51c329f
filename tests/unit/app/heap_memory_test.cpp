// The window's heap trimming: due once per period, and it really gives free
// heap pages back to the system (RssAnon falls) without touching live blocks.
#include "heap_memory.h"

#include <gtest/gtest.h>

#include <cstdlib>
#include <cstring>
#include <fstream>
#include <string>
#include <vector>

namespace {

using rv::app::HeapTrimmer;

long rssAnonKiB() {
  std::ifstream in("/proc/self/status");
  std::string key;
  long value = -1;
  while (in >> key) {
    if (key == "RssAnon:") {
      in >> value;
      return value;
    }
    in.ignore(4096, '\n');
  }
  return value;
}

TEST(HeapTrimmer, TrimsOncePerPeriod) {
  HeapTrimmer trimmer(30.0);
  EXPECT_LT(trimmer.tick(0.0), 0.0);
  EXPECT_LT(trimmer.tick(29.9), 0.0);
  EXPECT_GE(trimmer.tick(30.0), 0.0);
  EXPECT_LT(trimmer.tick(45.0), 0.0);
  EXPECT_LT(trimmer.tick(59.9), 0.0);
  EXPECT_GE(trimmer.tick(60.0), 0.0);
  // A long stall (window minimised) trims once, then waits a full period.
  EXPECT_GE(trimmer.tick(500.0), 0.0);
  EXPECT_LT(trimmer.tick(529.0), 0.0);
  EXPECT_GE(trimmer.tick(530.0), 0.0);
}

#if defined(__GLIBC__) && !defined(__SANITIZE_ADDRESS__)
// The situation a soak hits: many medium blocks (under the mmap threshold, so
// in the heap) freed, with live blocks between them so the heap cannot
// simply shrink from the top. Without the trim their pages stay resident.
// The live blocks are as large as the freed ones: small ones could come from
// free lists that earlier tests in the same process left (unit_app run as
// one program), and then nothing would lie between the freed blocks, which
// would merge into the heap's top and be given back by free() itself.
TEST(HeapTrimmer, GivesFreedHeapPagesBack) {
  rv::app::pinMallocMmapThreshold();
  constexpr std::size_t kBlock = 64 * 1024, kBlocks = 512;  // 32 MiB freed
  std::vector<char*> scratch, live;
  for (std::size_t i = 0; i < kBlocks; ++i) {
    scratch.push_back(static_cast<char*>(std::malloc(kBlock)));
    live.push_back(static_cast<char*>(std::malloc(kBlock)));
    std::memset(scratch.back(), 1, kBlock);  // touch: make it resident
    std::memset(live.back(), 7, 64);         // the first page only
  }
  for (char* p : scratch) std::free(p);
  const long before = rssAnonKiB();
  ASSERT_GT(before, 32 * 1024) << "the freed blocks should still be resident before the trim";
  const double ms = rv::app::trimFreeHeap();
  const long after = rssAnonKiB();
  EXPECT_GE(ms, 0.0);
  EXPECT_LT(after, before - 24 * 1024) << "RssAnon " << before << " -> " << after << " KiB";
  for (char* p : live) {
    EXPECT_EQ(p[0], 7);
    EXPECT_EQ(p[63], 7);
    std::free(p);
  }
}
#endif

}  // namespace
