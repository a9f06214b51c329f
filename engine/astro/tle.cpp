#include "astro/tle.h"

#include "astro/constants.h"
#include "astro/time_scales.h"

#include <charconv>
#include <cmath>
#include <cstdio>

namespace rv::astro {
namespace {

constexpr std::size_t kLineLength = 69;

std::string_view trimRight(std::string_view s) {
  while (!s.empty() &&
         (s.back() == ' ' || s.back() == '\t' || s.back() == '\r' || s.back() == '\n')) {
    s.remove_suffix(1);
  }
  return s;
}

std::string_view trim(std::string_view s) {
  s = trimRight(s);
  while (!s.empty() && s.front() == ' ') s.remove_prefix(1);
  return s;
}

bool isDigit(char c) {
  return c >= '0' && c <= '9';
}

// One line being parsed; collects the first error with its location.
class LineReader {
 public:
  LineReader(std::string_view line, int lineNumber) : m_line(line), m_lineNumber(lineNumber) {}

  bool failed() const { return !m_error.empty(); }
  const std::string& error() const { return m_error; }

  // 1-based inclusive columns, as in the format documentation.
  std::string_view columns(int first, int last) const {
    return m_line.substr(static_cast<std::size_t>(first - 1),
                         static_cast<std::size_t>(last - first + 1));
  }

  void fail(int first, int last, const char* field, const std::string& why) {
    if (failed()) return;
    char where[96];
    if (first == last) {
      std::snprintf(where, sizeof where, "TLE line %d, column %d (%s): ", m_lineNumber, first,
                    field);
    } else {
      std::snprintf(where, sizeof where, "TLE line %d, columns %d-%d (%s): ", m_lineNumber, first,
                    last, field);
    }
    m_error = where + why + " in \"" + std::string(columns(first, last)) + "\"";
  }

  void expectChar(int col, char expected, const char* field) {
    if (failed()) return;
    if (m_line[static_cast<std::size_t>(col - 1)] != expected) {
      fail(col, col, field, std::string("expected '") + expected + "'");
    }
  }

  // Integer, right-aligned with leading spaces; all blank reads as blankValue
  // when allowBlank is set.
  int integer(int first, int last, const char* field, bool allowBlank = false) {
    if (failed()) return 0;
    const std::string_view text = trim(columns(first, last));
    if (text.empty()) {
      if (!allowBlank) fail(first, last, field, "field is blank");
      return 0;
    }
    int value = 0;
    for (char c : text) {
      if (!isDigit(c)) {
        fail(first, last, field, "expected digits");
        return 0;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }

  // Catalog number, columns 3-7: five digits, or the "Alpha-5" form used
  // since catalog numbers passed 99999: a letter A-Z without I and O
  // standing for 10-33, then four digits ("A0001" = 100001).
  int catalog() {
    if (failed()) return 0;
    const std::string_view text = columns(3, 7);
    const char lead = text[0];
    if (lead >= 'A' && lead <= 'Z') {
      if (lead == 'I' || lead == 'O') {
        fail(3, 7, "catalog number", "Alpha-5 numbers do not use I or O");
        return 0;
      }
      int value = 10 + (lead - 'A') - (lead > 'I' ? 1 : 0) - (lead > 'O' ? 1 : 0);
      for (char c : text.substr(1)) {
        if (!isDigit(c)) {
          fail(3, 7, "catalog number", "expected a letter and four digits (Alpha-5)");
          return 0;
        }
        value = value * 10 + (c - '0');
      }
      return value;
    }
    return integer(3, 7, "catalog number");
  }

  // Decimal number with an explicit point at pointCol ("  51.6453",
  // " .00005427", "-.00000084"); leading spaces and a sign allowed.
  double decimal(int first, int last, int pointCol, const char* field) {
    if (failed()) return 0.0;
    if (m_line[static_cast<std::size_t>(pointCol - 1)] != '.') {
      fail(first, last, field, "expected a decimal point in column " + std::to_string(pointCol));
      return 0.0;
    }
    std::string_view text = trim(columns(first, last));
    bool negative = false;
    if (!text.empty() && (text.front() == '-' || text.front() == '+')) {
      negative = text.front() == '-';
      text.remove_prefix(1);
    }
    for (char c : text) {
      if (!isDigit(c) && c != '.') {
        fail(first, last, field, "expected a decimal number");
        return 0.0;
      }
    }
    double value = 0.0;
    const auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (ec != std::errc() || ptr != text.data() + text.size()) {
      fail(first, last, field, "expected a decimal number");
      return 0.0;
    }
    return negative ? -value : value;
  }

  // "Implied decimal point" exponent notation over 8 columns: sign, five
  // mantissa digits read as 0.ddddd, exponent sign, exponent digit.
  // " 10685-3" = 0.10685e-3; "-30915-6" = -0.30915e-6; " 00000+0" = 0.
  double impliedExponent(int first, const char* field) {
    const int last = first + 7;
    if (failed()) return 0.0;
    const std::string_view text = columns(first, last);
    const char sign = text[0];
    if (sign != ' ' && sign != '+' && sign != '-') {
      fail(first, last, field, "expected ' ', '+' or '-' as the mantissa sign");
      return 0.0;
    }
    // Read as text ("0.ddddd") so the value matches other TLE readers bit
    // for bit; blanks in the mantissa read as zeros (seen in old element sets).
    std::string digits = "0.";
    for (std::size_t i = 1; i <= 5; ++i) {
      const char c = text[i] == ' ' ? '0' : text[i];
      if (!isDigit(c)) {
        fail(first, last, field, "expected five mantissa digits");
        return 0.0;
      }
      digits.push_back(c);
    }
    double mantissa = 0.0;
    std::from_chars(digits.data(), digits.data() + digits.size(), mantissa);
    const char expSign = text[6];
    if (expSign != '+' && expSign != '-' && expSign != ' ') {
      fail(first, last, field, "expected '+' or '-' as the exponent sign");
      return 0.0;
    }
    if (!isDigit(text[7])) {
      fail(first, last, field, "expected an exponent digit");
      return 0.0;
    }
    const int exponent = (expSign == '-' ? -1 : 1) * (text[7] - '0');
    const double value = mantissa * std::pow(10.0, exponent);
    return sign == '-' ? -value : value;
  }

 private:
  std::string_view m_line;
  int m_lineNumber;
  std::string m_error;
};

bool isLeapYear(int year) {
  return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

// Checks length, trailing junk, line number and checksum; returns the first
// 69 columns.
Result<std::string_view> checkLine(std::string_view raw, int lineNumber,
                                   const TleParseOptions& options) {
  const std::string_view line = trimRight(raw);
  const std::string prefix = "TLE line " + std::to_string(lineNumber) + ": ";
  const auto bad = [&](const std::string& why) -> Result<std::string_view> {
    return fail(prefix + why, ErrorKind::kBadInput);
  };
  if (line.size() < kLineLength) {
    return bad("has " + std::to_string(line.size()) +
               " characters, a TLE line has 69 (is it truncated?)");
  }
  if (line.size() > kLineLength) return bad("unexpected text after column 69");
  if (line[0] != static_cast<char>('0' + lineNumber) || line[1] != ' ') {
    return bad("columns 1-2 must be \"" + std::to_string(lineNumber) +
               " \" (line number then a space), found \"" + std::string(line.substr(0, 2)) + "\"");
  }
  if (options.verifyChecksums) {
    const char stated = line[68];
    if (!isDigit(stated)) return bad("column 69 (checksum) must be a digit");
    const int computed = tleChecksum(line);
    if (computed != stated - '0') {
      return bad("column 69 (checksum) says " + std::string(1, stated) +
                 " but columns 1-68 sum to " + std::to_string(computed) + " (mod 10)");
    }
  }
  return line;
}

// Line 1, columns 19-32: two-digit year, day of year with fraction. The 1957
// pivot is the format's own convention (Sputnik); the four-digit year rule is
// NORAD's.
void readEpoch(LineReader& r, Tle& tle) {
  const int yy = r.integer(19, 20, "epoch year");
  tle.epochYear = yy < 57 ? 2000 + yy : 1900 + yy;
  tle.epochDayOfYear = r.integer(21, 23, "epoch day of year");
  r.expectChar(24, '.', "epoch day of year");
  if (!r.failed()) {
    // Parse the fraction from its own digits so it keeps full precision.
    std::string fraction = "0.";
    for (char c : r.columns(25, 32)) {
      if (c == ' ') break;
      if (!isDigit(c)) {
        r.fail(25, 32, "epoch day fraction", "expected digits");
        break;
      }
      fraction.push_back(c);
    }
    if (!r.failed()) {
      std::from_chars(fraction.data(), fraction.data() + fraction.size(), tle.epochDayFraction);
    }
  }
  if (!r.failed()) {
    const int daysInYear = isLeapYear(tle.epochYear) ? 366 : 365;
    if (tle.epochDayOfYear < 1 || tle.epochDayOfYear > daysInYear) {
      r.fail(
          21, 32, "epoch day of year",
          "day must be 1-" + std::to_string(daysInYear) + " in " + std::to_string(tle.epochYear));
    }
  }
}

// Line 1: catalog number, classification, designator, epoch, the mean
// motion's derivatives, B*, ephemeris type, element set number.
void readLine1(LineReader& r, Tle& tle) {
  tle.catalogNumber = r.catalog();
  tle.classification = r.columns(8, 8)[0];
  if (!r.failed() && tle.classification != 'U' && tle.classification != 'C' &&
      tle.classification != 'S' && tle.classification != ' ') {
    r.fail(8, 8, "classification", "expected U, C or S");
  }
  r.expectChar(9, ' ', "separator");
  tle.internationalDesignator = std::string(trim(r.columns(10, 17)));
  r.expectChar(18, ' ', "separator");
  readEpoch(r, tle);
  r.expectChar(33, ' ', "separator");
  tle.ndot = r.decimal(34, 43, 35, "first derivative of mean motion");
  r.expectChar(44, ' ', "separator");
  tle.nddot = r.impliedExponent(45, "second derivative of mean motion");
  r.expectChar(53, ' ', "separator");
  tle.bstar = r.impliedExponent(54, "B* drag term");
  r.expectChar(62, ' ', "separator");
  if (!r.failed()) {
    const char eph = r.columns(63, 63)[0];
    if (eph == ' ') {
      tle.ephemerisType = 0;
    } else if (isDigit(eph)) {
      tle.ephemerisType = eph - '0';
    } else {
      r.fail(63, 63, "ephemeris type", "expected a digit or a blank");
    }
  }
  r.expectChar(64, ' ', "separator");
  tle.elementSetNumber = r.integer(65, 68, "element set number", true);
}

// Line 2, columns 27-33: seven digits with an implied leading "0.", read as
// text so the value is the double nearest to the printed decimal.
double readEccentricity(LineReader& r) {
  if (r.failed()) return 0.0;
  for (char c : r.columns(27, 33)) {
    if (!isDigit(c)) {
      r.fail(27, 33, "eccentricity", "expected seven digits (implied leading decimal point)");
      return 0.0;
    }
  }
  double e = 0.0;
  const std::string text = "0." + std::string(r.columns(27, 33));
  std::from_chars(text.data(), text.data() + text.size(), e);
  return e;
}

// Line 2's angles as printed, in degrees.
struct Line2Angles {
  double inclinationDeg = 0.0, raanDeg = 0.0, argPerigeeDeg = 0.0, meanAnomalyDeg = 0.0;
};

// The ranges the format allows, checked once every field has been read (so a
// malformed field is reported before an out-of-range one).
void checkLine2Ranges(LineReader& r, const Line2Angles& a, double meanMotionRevPerDay) {
  if (r.failed()) return;
  if (a.inclinationDeg < 0.0 || a.inclinationDeg > 180.0) {
    r.fail(9, 16, "inclination", "must be 0-180 degrees");
  } else if (a.raanDeg < 0.0 || a.raanDeg >= 360.0) {
    r.fail(18, 25, "right ascension of the ascending node", "must be 0-360 degrees");
  } else if (a.argPerigeeDeg < 0.0 || a.argPerigeeDeg >= 360.0) {
    r.fail(35, 42, "argument of perigee", "must be 0-360 degrees");
  } else if (a.meanAnomalyDeg < 0.0 || a.meanAnomalyDeg >= 360.0) {
    r.fail(44, 51, "mean anomaly", "must be 0-360 degrees");
  } else if (!(meanMotionRevPerDay > 0.0)) {
    r.fail(53, 63, "mean motion", "must be positive");
  }
}

// Line 2: catalog number (the same as line 1's), the orbit's elements, the
// revolution number.
void readLine2(LineReader& r, Tle& tle) {
  const int catalog2 = r.catalog();
  if (!r.failed() && catalog2 != tle.catalogNumber) {
    r.fail(3, 7, "catalog number", "does not match line 1's " + std::to_string(tle.catalogNumber));
  }
  Line2Angles a;
  r.expectChar(8, ' ', "separator");
  a.inclinationDeg = r.decimal(9, 16, 12, "inclination");
  r.expectChar(17, ' ', "separator");
  a.raanDeg = r.decimal(18, 25, 21, "right ascension of the ascending node");
  r.expectChar(26, ' ', "separator");
  tle.eccentricity = readEccentricity(r);
  r.expectChar(34, ' ', "separator");
  a.argPerigeeDeg = r.decimal(35, 42, 38, "argument of perigee");
  r.expectChar(43, ' ', "separator");
  a.meanAnomalyDeg = r.decimal(44, 51, 47, "mean anomaly");
  r.expectChar(52, ' ', "separator");
  tle.meanMotionRevPerDay = r.decimal(53, 63, 55, "mean motion");
  tle.revolutionNumber = r.integer(64, 68, "revolution number", true);
  checkLine2Ranges(r, a, tle.meanMotionRevPerDay);
  tle.inclinationRad = a.inclinationDeg * kDegToRad;
  tle.raanRad = a.raanDeg * kDegToRad;
  tle.argPerigeeRad = a.argPerigeeDeg * kDegToRad;
  tle.meanAnomalyRad = a.meanAnomalyDeg * kDegToRad;
}

}  // namespace

int tleChecksum(std::string_view line) {
  if (line.size() < 68) return -1;
  int sum = 0;
  for (std::size_t i = 0; i < 68; ++i) {
    const char c = line[i];
    if (isDigit(c)) {
      sum += c - '0';
    } else if (c == '-') {
      sum += 1;
    }
  }
  return sum % 10;
}

Result<Tle> parseTle(std::string_view line1, std::string_view line2) {
  return parseTle(line1, line2, TleParseOptions{});
}

Result<Tle> parseTle(std::string_view rawLine1, std::string_view rawLine2,
                     const TleParseOptions& options) {
  auto l1 = checkLine(rawLine1, 1, options);
  if (!l1) return l1.takeError();
  auto l2 = checkLine(rawLine2, 2, options);
  if (!l2) return l2.takeError();

  Tle tle;
  tle.line1 = std::string(*l1);
  tle.line2 = std::string(*l2);
  LineReader r1(*l1, 1);
  readLine1(r1, tle);
  if (r1.failed()) return fail(r1.error(), ErrorKind::kBadInput);
  LineReader r2(*l2, 2);
  readLine2(r2, tle);
  if (r2.failed()) return fail(r2.error(), ErrorKind::kBadInput);
  CalendarUtc newYear;
  newYear.year = tle.epochYear;
  tle.epochUtcS = utcFromCalendar(newYear) + (tle.epochDayOfYear - 1) * kSecondsPerDay +
                  tle.epochDayFraction * kSecondsPerDay;
  return tle;
}

Result<Tle> parseTleText(std::string_view text, std::string* name) {
  std::string_view pending[3];
  int count = 0;
  std::string_view rest = text;
  while (!rest.empty() && count < 3) {
    const std::size_t eol = rest.find('\n');
    std::string_view line = rest.substr(0, eol);
    rest = eol == std::string_view::npos ? std::string_view() : rest.substr(eol + 1);
    line = trimRight(line);
    if (trim(line).empty() || line.front() == '#') continue;
    pending[count++] = line;
    // Two element lines in a row: no name line.
    if (count == 2 && pending[0].rfind("1 ", 0) == 0 && pending[1].rfind("2 ", 0) == 0) break;
  }
  if (name) name->clear();
  if (count == 2 && pending[0].rfind("1 ", 0) == 0) return parseTle(pending[0], pending[1]);
  if (count == 3) {
    if (name) *name = std::string(trim(pending[0]));
    return parseTle(pending[1], pending[2]);
  }
  return fail("TLE text: expected an optional name line and two element lines",
              ErrorKind::kBadInput);
}

}  // namespace rv::astro
