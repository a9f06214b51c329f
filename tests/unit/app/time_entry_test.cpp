#include "time_entry.h"

#include <gtest/gtest.h>

using rv::app::parseClockSeconds;

TEST(TimeEntry, ClockForms) {
  EXPECT_EQ(parseClockSeconds("3:27:00", false), 3 * 3600 + 27 * 60);
  EXPECT_EQ(parseClockSeconds("1:58", false), 118);                  // M:SS for mission time
  EXPECT_EQ(parseClockSeconds("12:22", true), 12 * 3600 + 22 * 60);  // H:MM for time of day
  EXPECT_EQ(parseClockSeconds("12:22:31.5", true), 12 * 3600 + 22 * 60 + 31.5);
  EXPECT_EQ(parseClockSeconds("0:05:00", false), 300);
}

TEST(TimeEntry, RejectsWhatIsNotAClock) {
  EXPECT_FALSE(parseClockSeconds("118", false));
  EXPECT_FALSE(parseClockSeconds("1:75", false));
  EXPECT_FALSE(parseClockSeconds("1::5", false));
  EXPECT_FALSE(parseClockSeconds("a:bc", false));
  EXPECT_FALSE(parseClockSeconds("1:2:3:4", false));
  EXPECT_FALSE(parseClockSeconds("-1:00", false));
}

// from_chars took these, and "T+nan:00" gave a NaN time (seen while writing
// tests/fuzz/time_fuzz, which now fails on any time that is not finite).
TEST(TimeEntry, RejectsNumbersThatAreNotDigits) {
  EXPECT_FALSE(parseClockSeconds("nan:00", false));
  EXPECT_FALSE(parseClockSeconds("inf:00", true));
  EXPECT_FALSE(parseClockSeconds("1:nan", false));
  EXPECT_FALSE(parseClockSeconds("1e3:00", false));
  EXPECT_FALSE(parseClockSeconds("+1:00", false));
}
