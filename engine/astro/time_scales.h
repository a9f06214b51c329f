#pragma once
// Time scales. An instant is carried as UTC seconds since the J2000 epoch
// (2000-01-01T12:00:00 UTC) counting every UTC day as 86400 s, the same
// convention as POSIX time. TAI, TT and UT1 are derived from it on demand.
// Double precision gives ~0.1 microsecond resolution around 2021.

#include <string>
#include <string_view>

#include "base/result.h"

namespace rv::astro {

// 2000-01-01T12:00:00 UTC as a Julian date.
inline constexpr double kJ2000Jd = 2451545.0;
inline constexpr double kSecondsPerDay = 86400.0;
// TT - TAI, exact by definition.
inline constexpr double kTtMinusTaiS = 32.184;

struct CalendarUtc {
  int year = 2000, month = 1, day = 1, hour = 0, minute = 0;
  double second = 0.0;
};

// Seconds since J2000 UTC for a calendar date (proleptic Gregorian).
double utcFromCalendar(const CalendarUtc& c);
CalendarUtc calendarFromUtc(double utcS);

// TAI - UTC in seconds for the instant, from the IERS leap second table
// (1972 onward; 37 s from 2017-01-01, unchanged through 2026).
double leapSecondsAt(double utcS);
double taiFromUtc(double utcS);
double ttFromUtc(double utcS);
// UT1 = UTC + DUT1; DUT1 comes from IERS Bulletin A (the mission file holds it).
inline double ut1FromUtc(double utcS, double dut1S) {
  return utcS + dut1S;
}

// Julian dates. The argument names the scale the result is in.
inline double julianDate(double secondsSinceJ2000) {
  return kJ2000Jd + secondsSinceJ2000 / kSecondsPerDay;
}
// Julian centuries of TT since J2000 for a UTC instant.
double julianCenturiesTt(double utcS);

// Parses ISO-8601 UTC: "2021-10-05T08:55:02Z", fractional seconds allowed,
// "Z" or "+00:00" suffix, a space instead of "T" accepted. Fails (kBadInput)
// with a one-line reason.
Result<double> parseIsoUtc(std::string_view text);
// Formats as "2021-10-05T08:55:02.442Z" with the given number of decimals (0-6).
std::string formatIsoUtc(double utcS, int decimals = 3);

// Parses a mission time: ISO-8601 UTC, or "T+SECONDS" / "T-SECONDS" relative
// to lift-off ("T+90", "T-300", "T+1.5"). Event names are resolved by callers.
Result<double> parseMissionTime(std::string_view text, double liftoffUtcS);

}  // namespace rv::astro
