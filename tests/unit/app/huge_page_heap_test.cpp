// When the program starts itself again with glibc.malloc.hugetlb=1: only
// when the user has no tunables of their own, has not opted out and runs
// no preloaded tool.
#include "huge_page_heap.h"

#include <gtest/gtest.h>

namespace {

using rv::app::hugePageTunables;

TEST(HugePageHeap, RestartsWithHugetlbWhenNothingIsSet) {
  EXPECT_EQ(hugePageTunables(nullptr, nullptr, nullptr), "glibc.malloc.hugetlb=1");
  EXPECT_EQ(hugePageTunables("", nullptr, ""), "glibc.malloc.hugetlb=1");
}

TEST(HugePageHeap, LeavesTheUsersOwnTunablesAlone) {
  EXPECT_FALSE(hugePageTunables("glibc.malloc.check=3", nullptr, nullptr));
  EXPECT_FALSE(hugePageTunables("glibc.malloc.hugetlb=0", nullptr, nullptr));
}

TEST(HugePageHeap, OptOutByEnvironment) {
  EXPECT_FALSE(hugePageTunables(nullptr, "1", nullptr));
  EXPECT_FALSE(hugePageTunables(nullptr, "yes", nullptr));
  EXPECT_EQ(hugePageTunables(nullptr, "0", nullptr), "glibc.malloc.hugetlb=1");
  EXPECT_EQ(hugePageTunables(nullptr, "", nullptr), "glibc.malloc.hugetlb=1");
}

TEST(HugePageHeap, NotUnderAPreloadedTool) {
  // valgrind and heaptrack preload themselves; a restart would leave them behind.
  EXPECT_FALSE(hugePageTunables(nullptr, nullptr, "/usr/lib/heaptrack/libheaptrack_preload.so"));
  EXPECT_EQ(hugePageTunables(nullptr, nullptr, ""), "glibc.malloc.hugetlb=1");
}

}  // namespace
