#include "astro/time_scales.h"

#include <array>
#include <cmath>
#include <cstdio>
#include <cstdlib>

namespace rv::astro {
namespace {

// Days from 1970-01-01 to a civil date (Howard Hinnant's algorithm).
long long daysFromCivil(long long y, unsigned m, unsigned d) {
  y -= m <= 2;
  const long long era = (y >= 0 ? y : y - 399) / 400;
  const unsigned yoe = static_cast<unsigned>(y - era * 400);
  const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<long long>(doe) - 719468;
}

void civilFromDays(long long z, int& y, int& m, int& d) {
  z += 719468;
  const long long era = (z >= 0 ? z : z - 146096) / 146097;
  const unsigned doe = static_cast<unsigned>(z - era * 146097);
  const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const long long yy = static_cast<long long>(yoe) + era * 400;
  const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const unsigned mp = (5 * doy + 2) / 153;
  d = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
  m = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
  y = static_cast<int>(yy + (m <= 2));
}

// POSIX seconds of 2000-01-01T12:00:00Z.
constexpr double kJ2000Posix = 946728000.0;

struct LeapEntry {
  int year, month;  // first day of this month, 00:00 UTC
  double taiMinusUtc;
};
// IERS Bulletin C. No leap second has been announced after 2017-01-01.
constexpr std::array<LeapEntry, 28> kLeapTable{{
    {1972, 1, 10}, {1972, 7, 11}, {1973, 1, 12}, {1974, 1, 13}, {1975, 1, 14}, {1976, 1, 15},
    {1977, 1, 16}, {1978, 1, 17}, {1979, 1, 18}, {1980, 1, 19}, {1981, 7, 20}, {1982, 7, 21},
    {1983, 7, 22}, {1985, 7, 23}, {1988, 1, 24}, {1990, 1, 25}, {1991, 1, 26}, {1992, 7, 27},
    {1993, 7, 28}, {1994, 7, 29}, {1996, 1, 30}, {1997, 7, 31}, {1999, 1, 32}, {2006, 1, 33},
    {2009, 1, 34}, {2012, 7, 35}, {2015, 7, 36}, {2017, 1, 37},
}};

bool parseInt(std::string_view s, size_t pos, size_t len, int& out) {
  if (pos + len > s.size()) return false;
  int v = 0;
  for (size_t i = pos; i < pos + len; ++i) {
    if (s[i] < '0' || s[i] > '9') return false;
    v = v * 10 + (s[i] - '0');
  }
  out = v;
  return true;
}

int daysInMonth(int y, int m) {
  static constexpr int kDays[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  const bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
  return m == 2 && leap ? 29 : kDays[m - 1];
}

}  // namespace

double utcFromCalendar(const CalendarUtc& c) {
  const long long days =
      daysFromCivil(c.year, static_cast<unsigned>(c.month), static_cast<unsigned>(c.day));
  const double posix =
      static_cast<double>(days) * kSecondsPerDay + c.hour * 3600.0 + c.minute * 60.0 + c.second;
  return posix - kJ2000Posix;
}

CalendarUtc calendarFromUtc(double utcS) {
  const double posix = utcS + kJ2000Posix;
  const double dayF = std::floor(posix / kSecondsPerDay);
  double secOfDay = posix - dayF * kSecondsPerDay;
  CalendarUtc c;
  civilFromDays(static_cast<long long>(dayF), c.year, c.month, c.day);
  c.hour = static_cast<int>(secOfDay / 3600.0);
  secOfDay -= c.hour * 3600.0;
  c.minute = static_cast<int>(secOfDay / 60.0);
  c.second = secOfDay - c.minute * 60.0;
  return c;
}

double leapSecondsAt(double utcS) {
  double result = 10.0;  // before 1972 the table does not apply; clamp
  for (const LeapEntry& e : kLeapTable) {
    if (utcS >= utcFromCalendar({e.year, e.month, 1, 0, 0, 0.0})) result = e.taiMinusUtc;
  }
  return result;
}

double taiFromUtc(double utcS) {
  return utcS + leapSecondsAt(utcS);
}
double ttFromUtc(double utcS) {
  return taiFromUtc(utcS) + kTtMinusTaiS;
}

double julianCenturiesTt(double utcS) {
  return ttFromUtc(utcS) / (kSecondsPerDay * 36525.0);
}

Result<double> parseIsoUtc(std::string_view s) {
  // YYYY-MM-DDTHH:MM:SS[.fff][Z|+00:00]
  CalendarUtc c;
  const auto bad = [&](const char* what) -> Result<double> {
    return fail("'" + std::string(s) + "' is not an ISO-8601 UTC time (" + what +
                    "); expected e.g. 2021-10-05T08:55:02Z",
                ErrorKind::kBadInput);
  };
  if (s.size() < 19) return bad("too short");
  if (!parseInt(s, 0, 4, c.year) || s[4] != '-' || !parseInt(s, 5, 2, c.month) || s[7] != '-' ||
      !parseInt(s, 8, 2, c.day))
    return bad("date must be YYYY-MM-DD");
  if (s[10] != 'T' && s[10] != 't' && s[10] != ' ') return bad("missing 'T' between date and time");
  int sec = 0;
  if (!parseInt(s, 11, 2, c.hour) || s[13] != ':' || !parseInt(s, 14, 2, c.minute) ||
      s[16] != ':' || !parseInt(s, 17, 2, sec))
    return bad("time must be HH:MM:SS");
  if (c.month < 1 || c.month > 12) return bad("month out of range");
  if (c.day < 1 || c.day > daysInMonth(c.year, c.month)) return bad("day out of range");
  if (c.hour > 23 || c.minute > 59 || sec > 60) return bad("time of day out of range");
  size_t pos = 19;
  double frac = 0.0;
  if (pos < s.size() && s[pos] == '.') {
    ++pos;
    double scale = 0.1;
    const size_t start = pos;
    while (pos < s.size() && s[pos] >= '0' && s[pos] <= '9') {
      frac += (s[pos] - '0') * scale;
      scale *= 0.1;
      ++pos;
    }
    if (pos == start) return bad("no digits after the decimal point");
  }
  const std::string_view zone = s.substr(pos);
  if (!(zone.empty() || zone == "Z" || zone == "z" || zone == "+00:00" || zone == "+0000"))
    return bad("only UTC ('Z') is accepted");
  c.second = sec + frac;
  return utcFromCalendar(c);
}

std::string formatIsoUtc(double utcS, int decimals) {
  if (decimals < 0) decimals = 0;
  if (decimals > 6) decimals = 6;
  // Round once, in integer units of the last printed digit, so 59.9996 s at
  // three decimals becomes the next minute instead of "60.000".
  long long perSecond = 1;
  for (int i = 0; i < decimals; ++i) perSecond *= 10;
  const long long units = std::llround((utcS + kJ2000Posix) * static_cast<double>(perSecond));
  long long secondsTotal = units / perSecond;
  long long frac = units % perSecond;
  if (frac < 0) {
    frac += perSecond;
    --secondsTotal;
  }
  long long days = secondsTotal / 86400;
  long long secOfDay = secondsTotal % 86400;
  if (secOfDay < 0) {
    secOfDay += 86400;
    --days;
  }
  int y = 0, m = 0, d = 0;
  civilFromDays(days, y, m, d);
  const int hh = static_cast<int>(secOfDay / 3600);
  const int mm = static_cast<int>(secOfDay / 60 % 60);
  const int ss = static_cast<int>(secOfDay % 60);
  char buf[64];
  if (decimals == 0) {
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02dT%02d:%02d:%02dZ", y, m, d, hh, mm, ss);
  } else {
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02dT%02d:%02d:%02d.%0*lldZ", y, m, d, hh, mm, ss,
                  decimals, frac);
  }
  return buf;
}

Result<double> parseMissionTime(std::string_view s, double liftoffUtcS) {
  if (s.size() >= 2 && (s[0] == 'T' || s[0] == 't') && (s[1] == '+' || s[1] == '-')) {
    const std::string num(s.substr(2));
    char* end = nullptr;
    const double v = std::strtod(num.c_str(), &end);
    if (num.empty() || end != num.c_str() + num.size() || !std::isfinite(v) ||
        num.find_first_of("eEnNiI") != std::string::npos) {
      return fail("'" + std::string(s) +
                      "' is not a mission time; expected T+SECONDS or T-SECONDS, e.g. T+118",
                  ErrorKind::kBadInput);
    }
    return liftoffUtcS + (s[1] == '+' ? v : -v);
  }
  return parseIsoUtc(s);
}

}  // namespace rv::astro
