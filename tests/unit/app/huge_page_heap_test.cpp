// When the program starts itself again with glibc.malloc.hugetlb=1: only
// when the user has no tunables of their own and has not opted out.
#include "huge_page_heap.h"

#include <gtest/gtest.h>

namespace {

using rv::app::hugePageTunables;

TEST(HugePageHeap, RestartsWithHugetlbWhenNothingIsSet) {
  EXPECT_EQ(hugePageTunables(nullptr, nullptr), "glibc.malloc.hugetlb=1");
  EXPECT_EQ(hugePageTunables("", nullptr), "glibc.malloc.hugetlb=1");
}

TEST(HugePageHeap, LeavesTheUsersOwnTunablesAlone) {
  EXPECT_FALSE(hugePageTunables("glibc.malloc.check=3", nullptr));
  EXPECT_FALSE(hugePageTunables("glibc.malloc.hugetlb=0", nullptr));
}

TEST(HugePageHeap, OptOutByEnvironment) {
  EXPECT_FALSE(hugePageTunables(nullptr, "1"));
  EXPECT_FALSE(hugePageTunables(nullptr, "yes"));
  EXPECT_EQ(hugePageTunables(nullptr, "0"), "glibc.malloc.hugetlb=1");
  EXPECT_EQ(hugePageTunables(nullptr, ""), "glibc.malloc.hugetlb=1");
}

}  // namespace
