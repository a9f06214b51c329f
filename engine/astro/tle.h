#pragma once
// Two-line element sets (TLEs) as published by 18 SDS / CelesTrak.
//
// The format is fixed-column ASCII, 69 characters a line (column numbers below
// are 1-based, as in the format's own documentation):
//   line 1: catalog number 3-7, classification 8, international designator
//           10-17, epoch 19-32 (YYDDD.DDDDDDDD, UTC), ndot/2 34-43 (rev/day^2),
//           nddot/6 45-52 (rev/day^3, implied decimal point), B* 54-61
//           (1/earth radii, implied decimal point), ephemeris type 63,
//           element set number 65-68, checksum 69.
//   line 2: catalog number 3-7, inclination 9-16 (deg), RAAN 18-25 (deg),
//           eccentricity 27-33 (implied leading "0."), argument of perigee
//           35-42 (deg), mean anomaly 44-51 (deg), mean motion 53-63
//           (rev/day), revolution number 64-68, checksum 69.
// The checksum is the sum of all digits in columns 1-68, with '-' counting 1,
// modulo 10.
//
// Values are stored exactly as the TLE gives them (mean Kozai elements, TEME
// of epoch), converted to radians where the field is an angle. Turning them
// into SGP4's internal units is Sgp4's job.

#include <string>
#include <string_view>

#include "base/result.h"

namespace rv::astro {

struct Tle {
  int catalogNumber = 0;  // Alpha-5 ("A0001") decoded to its number (100001)
  char classification = 'U';
  std::string internationalDesignator;  // trimmed, may be empty

  // Epoch. epochUtcS is UTC seconds since J2000 (see time_scales.h). The
  // calendar form is kept too so that a propagator can form "time since
  // epoch" without the ~0.1 us rounding of a single large double.
  double epochUtcS = 0.0;
  int epochYear = 2000;           // four digits (57-99 -> 19xx, 00-56 -> 20xx)
  int epochDayOfYear = 1;         // whole day, 1 = 1 January
  double epochDayFraction = 0.0;  // fraction of that UTC day, [0, 1)

  double ndot = 0.0;   // first derivative of mean motion / 2, rev/day^2 (as printed)
  double nddot = 0.0;  // second derivative of mean motion / 6, rev/day^3 (as printed)
  double bstar = 0.0;  // drag term, 1/earth radii
  int ephemerisType = 0;
  int elementSetNumber = 0;

  double inclinationRad = 0.0;
  double raanRad = 0.0;
  double eccentricity = 0.0;
  double argPerigeeRad = 0.0;
  double meanAnomalyRad = 0.0;
  double meanMotionRevPerDay = 0.0;
  int revolutionNumber = 0;

  std::string line1, line2;  // as given, trailing whitespace removed
};

struct TleParseOptions {
  // Some test files (Vallado's SGP4-VER.TLE) hold hand-edited element sets
  // whose checksums were never updated. Real data should always be verified.
  bool verifyChecksums = true;
};

// The checksum digit a line should carry in column 69 (computed over columns
// 1-68). Returns -1 when the line is shorter than 68 characters.
int tleChecksum(std::string_view line);

// Parses a TLE. Lines may carry trailing whitespace or CR; anything past
// column 69 that is not whitespace is an error (use substr(0, 69) for files
// that append data, such as SGP4-VER.TLE). Fails (kBadInput) with one line
// naming the line, the columns and the field at fault.
Result<Tle> parseTle(std::string_view line1, std::string_view line2);
Result<Tle> parseTle(std::string_view line1, std::string_view line2,
                     const TleParseOptions& options);

// Parses the first TLE in a text: lines starting with '#' and blank lines are
// skipped, an optional name line (the "three-line" format) may precede the two
// element lines. *name, when given, receives the name line (trimmed) or "".
Result<Tle> parseTleText(std::string_view text, std::string* name = nullptr);

}  // namespace rv::astro
