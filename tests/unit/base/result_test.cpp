#include "base/result.h"

#include <gtest/gtest.h>

#include <memory>
#include <string>

namespace rv {
namespace {

Result<int> half(int n) {
  if (n % 2 != 0) return fail(std::to_string(n) + " is odd", ErrorKind::kBadInput);
  return n / 2;
}

TEST(Result, HoldsAValueOrAnError) {
  auto a = half(4);
  ASSERT_TRUE(a.ok());
  EXPECT_EQ(*a, 2);
  auto b = half(3);
  ASSERT_FALSE(b);
  EXPECT_EQ(b.error().message, "3 is odd");
  EXPECT_EQ(b.error().kind, ErrorKind::kBadInput);
}

TEST(Result, HoldsMoveOnlyValuesAndStrings) {
  Result<std::unique_ptr<int>> p = std::make_unique<int>(7);
  ASSERT_TRUE(p.ok());
  std::unique_ptr<int> taken = std::move(p).value();
  EXPECT_EQ(*taken, 7);
  Result<std::string> s = "text";
  EXPECT_EQ(s->size(), 4u);
}

TEST(Result, VoidIsOkOrAnError) {
  Result<void> ok;
  EXPECT_TRUE(ok.ok());
  Result<void> bad = fail("no");
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.error().message, "no");
}

}  // namespace
}  // namespace rv
