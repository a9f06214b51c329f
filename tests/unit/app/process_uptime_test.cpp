// The process's age, which the window reports its first frame against: the
// start time is read from the right field of /proc/self/stat, and the age
// covers this test program's own run time.
#include "process_uptime.h"

#include <gtest/gtest.h>

#include <chrono>
#include <thread>

namespace {

using rv::app::processStartTicks;
using rv::app::secondsSinceProcessStart;

// Taken while the program's statics are made, just after it was loaded.
const auto kLoadedAt = std::chrono::steady_clock::now();

TEST(ProcessUptime, StartTimeIsFieldTwentyTwoCountedAfterTheName) {
  // A name with spaces and parentheses, as a process may give itself.
  const char* line =
      "4242 (my (odd) name) S 1 4242 4242 0 -1 4194560 100 0 0 0 5 3 0 0 20 0 1 0 "
      "987654 12345678 300 18446744073709551615";
  ASSERT_TRUE(processStartTicks(line).has_value());
  EXPECT_EQ(*processStartTicks(line), 987654ULL);
}

TEST(ProcessUptime, ATruncatedOrNamelessLineHasNoStartTime) {
  EXPECT_FALSE(processStartTicks("4242 (rendezvous) S 1 4242 4242 0 -1").has_value());
  EXPECT_FALSE(processStartTicks("no name here 1 2 3").has_value());
  EXPECT_FALSE(processStartTicks("1 (x) S 1 1 1 0 -1 0 0 0 0 0 0 0 0 0 20 0 1 0 notanumber 1 1")
                   .has_value());
}

TEST(ProcessUptime, CoversThisProgramsOwnRunTimeAndGrows) {
  std::this_thread::sleep_for(std::chrono::milliseconds(50));
  const auto age = secondsSinceProcessStart();
  ASSERT_TRUE(age.has_value());
  const double sinceLoaded =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - kLoadedAt).count();
  // The kernel counts in clock ticks (10 ms): allow one below; the loader's
  // own time before the statics is well under a second, even sanitized.
  EXPECT_GE(*age, sinceLoaded - 0.011);
  EXPECT_LE(*age, sinceLoaded + 2.0);
  std::this_thread::sleep_for(std::chrono::milliseconds(30));
  const auto later = secondsSinceProcessStart();
  ASSERT_TRUE(later.has_value());
  EXPECT_GE(*later - *age, 0.029);
}

}  // namespace
