#include "astro/time_scales.h"

#include <gtest/gtest.h>

using namespace rv::astro;

TEST(TimeScales, ParsesLiftoffInstant) {
  auto t = parseIsoUtc("2021-10-05T08:55:02.442Z");
  ASSERT_TRUE(t) << t.error().message;
  // 2021-10-05T08:55:02.442Z is 686,737 ,... computed independently: POSIX 1633424102.442
  EXPECT_NEAR(*t, 1633424102.442 - 946728000.0, 1e-6);
  EXPECT_EQ(formatIsoUtc(*t, 3), "2021-10-05T08:55:02.442Z");
  EXPECT_EQ(formatIsoUtc(*t, 0), "2021-10-05T08:55:02Z");
}

TEST(TimeScales, LeapSecondsAndTt) {
  const double t2021 = *parseIsoUtc("2021-10-05T00:00:00Z");
  EXPECT_EQ(leapSecondsAt(t2021), 37.0);
  EXPECT_NEAR(ttFromUtc(t2021) - t2021, 69.184, 1e-6);
  EXPECT_EQ(leapSecondsAt(*parseIsoUtc("2016-12-31T23:59:59Z")), 36.0);
  EXPECT_EQ(leapSecondsAt(*parseIsoUtc("2017-01-01T00:00:00Z")), 37.0);
  EXPECT_EQ(leapSecondsAt(*parseIsoUtc("1999-01-01T00:00:00Z")), 32.0);
}

TEST(TimeScales, JulianDate) {
  EXPECT_DOUBLE_EQ(julianDate(0.0), 2451545.0);
  // 2021-10-05T00:00Z is JD 2459492.5 (USNO converter).
  EXPECT_DOUBLE_EQ(julianDate(*parseIsoUtc("2021-10-05T00:00:00Z")), 2459492.5);
}

TEST(TimeScales, RejectsMalformedTimes) {
  const auto month = parseIsoUtc("2021-13-05T08:55:02Z");
  ASSERT_FALSE(month);
  EXPECT_NE(month.error().message.find("month"), std::string::npos);
  EXPECT_EQ(month.error().kind, rv::ErrorKind::kBadInput);
  EXPECT_FALSE(parseIsoUtc("2021-02-29T00:00:00Z"));
  EXPECT_FALSE(parseIsoUtc("2021-10-05T08:55"));
  const auto zone = parseIsoUtc("2021-10-05T08:55:02+03:00");
  ASSERT_FALSE(zone);
  EXPECT_NE(zone.error().message.find("UTC"), std::string::npos);
  EXPECT_FALSE(parseIsoUtc("2021-10-05T08:55:02.Z"));
  EXPECT_FALSE(parseIsoUtc("yesterday"));
}

TEST(TimeScales, MissionTimeRelativeToLiftoff) {
  const double liftoff = *parseIsoUtc("2021-10-05T08:55:02Z");
  EXPECT_DOUBLE_EQ(*parseMissionTime("T+118", liftoff), liftoff + 118.0);
  EXPECT_DOUBLE_EQ(*parseMissionTime("T-300", liftoff), liftoff - 300.0);
  EXPECT_DOUBLE_EQ(*parseMissionTime("T+1.5", liftoff), liftoff + 1.5);
  EXPECT_DOUBLE_EQ(*parseMissionTime("2021-10-05T12:22:31Z", liftoff),
                   *parseIsoUtc("2021-10-05T12:22:31Z"));
  EXPECT_FALSE(parseMissionTime("T+", liftoff));
  EXPECT_FALSE(parseMissionTime("T+12abc", liftoff));
  EXPECT_FALSE(parseMissionTime("T+nan", liftoff));
  EXPECT_FALSE(parseMissionTime("T+1e400", liftoff));
}

TEST(TimeScales, FormatRoundsIntoNextMinute) {
  const double t = *parseIsoUtc("2021-10-05T08:55:59.9996Z");
  EXPECT_EQ(formatIsoUtc(t, 3), "2021-10-05T08:56:00.000Z");
}

TEST(TimeScales, CalendarRoundTrip) {
  for (double t = -1e9; t < 1e9; t += 12345678.9) {
    const CalendarUtc c = calendarFromUtc(t);
    EXPECT_NEAR(utcFromCalendar(c), t, 1e-6);
  }
}
