// TLE parsing: fields, checksums, and error messages that name the line,
// columns and field at fault.
#include "astro/tle.h"

#include "astro/constants.h"
#include "astro/time_scales.h"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>
#include <string>

using namespace rv::astro;

namespace {

// ISS TLE from SOURCES S5 (epoch 2021-10-04 20:40:47.7 UTC).
constexpr const char* kIssLine1 =
    "1 25544U 98067A   21277.86166359  .00005427  00000-0  10685-3 0  9994";
constexpr const char* kIssLine2 =
    "2 25544  51.6453 160.4350 0004170  58.5851  39.6969 15.48931550305594";

// Replaces columns [first, first + text.size()) (1-based) and fixes the
// checksum, so a test exercises the field check rather than the checksum.
std::string edit(std::string line, int firstCol, const std::string& text) {
  line.replace(static_cast<std::size_t>(firstCol - 1), text.size(), text);
  line[68] = static_cast<char>('0' + tleChecksum(line));
  return line;
}

std::string parseError(const std::string& l1, const std::string& l2) {
  const auto tle = parseTle(l1, l2);
  EXPECT_FALSE(tle) << "expected a parse failure for\n" << l1 << "\n" << l2;
  if (tle) return "";
  EXPECT_EQ(tle.error().kind, rv::ErrorKind::kBadInput);
  return tle.error().message;
}

}  // namespace

TEST(Tle, ParsesIssElements) {
  const auto tle = parseTle(kIssLine1, kIssLine2);
  ASSERT_TRUE(tle) << tle.error().message;
  EXPECT_EQ(tle->catalogNumber, 25544);
  EXPECT_EQ(tle->classification, 'U');
  EXPECT_EQ(tle->internationalDesignator, "98067A");
  EXPECT_EQ(tle->epochYear, 2021);
  EXPECT_EQ(tle->epochDayOfYear, 277);
  EXPECT_DOUBLE_EQ(tle->epochDayFraction, 0.86166359);
  // Day 277 of 2021 is 4 October; 0.86166359 d = 20:40:47.734176.
  EXPECT_NEAR(tle->epochUtcS, *parseIsoUtc("2021-10-04T20:40:47.734176Z"), 1e-6);
  EXPECT_DOUBLE_EQ(tle->ndot, 0.00005427);
  EXPECT_DOUBLE_EQ(tle->nddot, 0.0);
  EXPECT_NEAR(tle->bstar, 0.10685e-3, 1e-18);
  EXPECT_EQ(tle->ephemerisType, 0);
  EXPECT_EQ(tle->elementSetNumber, 999);
  EXPECT_DOUBLE_EQ(tle->inclinationRad, 51.6453 * kDegToRad);
  EXPECT_DOUBLE_EQ(tle->raanRad, 160.4350 * kDegToRad);
  EXPECT_DOUBLE_EQ(tle->eccentricity, 0.0004170);
  EXPECT_DOUBLE_EQ(tle->argPerigeeRad, 58.5851 * kDegToRad);
  EXPECT_DOUBLE_EQ(tle->meanAnomalyRad, 39.6969 * kDegToRad);
  EXPECT_DOUBLE_EQ(tle->meanMotionRevPerDay, 15.48931550);
  EXPECT_EQ(tle->revolutionNumber, 30559);
  EXPECT_EQ(tle->line1, kIssLine1);
  EXPECT_EQ(tle->line2, kIssLine2);
}

TEST(Tle, NegativeExponentFieldsAndTwentiethCenturyEpoch) {
  // From SGP4-VER.TLE (Vallado et al. 2006): negative ndot and nddot.
  const auto tle =
      parseTle("1 16925U 86065D   06151.67415771  .02550794 -30915-6  18784-3 0  4486",
               "2 16925  62.0906 295.0239 5596327 245.1593  47.9690  4.88511875148616");
  ASSERT_TRUE(tle) << tle.error().message;
  EXPECT_NEAR(tle->nddot, -0.30915e-6, 1e-20);
  EXPECT_NEAR(tle->bstar, 0.18784e-3, 1e-18);
  const auto old =
      parseTle("1 00005U 58002B   00179.78495062  .00000023  00000-0  28098-4 0  4753",
               "2 00005  34.2682 348.7242 1859667 331.7664  19.3264 10.82419157413667");
  ASSERT_TRUE(old) << old.error().message;
  EXPECT_EQ(old->epochYear, 2000);
  const auto negNdot =
      parseTle("1 04632U 70093B   04031.91070959 -.00000084  00000-0  10000-3 0  9955",
               "2 04632  11.4628 273.1101 1450506 207.6000 143.9350  1.20231981 44145");
  ASSERT_TRUE(negNdot) << negNdot.error().message;
  EXPECT_DOUBLE_EQ(negNdot->ndot, -0.00000084);
  // 57-99 are 19xx.
  const auto y1980 =
      parseTle("1 11801U          80230.29629788  .01431103  00000-0  14311-1      13",
               "2 11801  46.7916 230.4354 7318036  47.4722  10.4117  2.28537848    13");
  ASSERT_TRUE(y1980) << y1980.error().message;
  EXPECT_EQ(y1980->epochYear, 1980);
  EXPECT_EQ(y1980->internationalDesignator, "");
}

TEST(Tle, ChecksumErrors) {
  EXPECT_EQ(tleChecksum(kIssLine1), 4);
  EXPECT_EQ(tleChecksum(kIssLine2), 4);
  std::string bad1 = kIssLine1;
  bad1[68] = '5';
  std::string err = parseError(bad1, kIssLine2);
  EXPECT_NE(err.find("line 1"), std::string::npos) << err;
  EXPECT_NE(err.find("checksum"), std::string::npos) << err;
  EXPECT_NE(err.find("column 69"), std::string::npos) << err;

  // A corrupted digit (transmission error) is caught by the checksum.
  std::string bad2 = kIssLine2;
  bad2[10] = '2';  // 51.6453 -> 52.6453
  err = parseError(kIssLine1, bad2);
  EXPECT_NE(err.find("line 2"), std::string::npos) << err;
  EXPECT_NE(err.find("checksum"), std::string::npos) << err;

  // Hand-edited test files can opt out.
  EXPECT_TRUE(parseTle(kIssLine1, bad2, TleParseOptions{false}));
}

TEST(Tle, FormatErrorsNameLineColumnsAndField) {
  struct Case {
    std::string l1, l2;
    std::string expect1, expect2;  // substrings of the message
  };
  const std::string l1 = kIssLine1, l2 = kIssLine2;
  const Case cases[] = {
      {l1.substr(0, 60), l2, "line 1", "69"},
      {l1 + "  x", l2, "line 1", "after column 69"},
      {edit(l1, 1, "3"), l2, "line 1", "columns 1-2"},
      {edit(l1, 3, "25a44"), l2, "columns 3-7", "catalog number"},
      {edit(l1, 19, "21400"), l2, "columns 21-32", "epoch day of year"},
      {edit(l1, 24, "X"), l2, "column 24", "epoch"},
      {edit(l1, 35, "x"), l2, "columns 34-43", "first derivative of mean motion"},
      {edit(l1, 54, "*"), l2, "columns 54-61", "B* drag term"},
      {edit(l1, 60, "x"), l2, "columns 54-61", "exponent"},
      {l1, edit(l2, 3, "25545"), "line 2, columns 3-7", "does not match"},
      {l1, edit(l2, 12, ","), "line 2, columns 9-16", "inclination"},
      {l1, edit(l2, 9, "191.0000"), "columns 9-16", "0-180"},
      {l1, edit(l2, 27, "00-4170"), "columns 27-33", "eccentricity"},
      {l1, edit(l2, 53, "-5.48931550"), "columns 53-63", "mean motion"},
      {l1, edit(l2, 45, "x"), "columns 44-51", "mean anomaly"},
      {l1, edit(l2, 34, "X"), "line 2, column 34", "separator"},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.l1 + "\n" + c.l2);
    const std::string err = parseError(c.l1, c.l2);
    EXPECT_NE(err.find(c.expect1), std::string::npos) << err;
    EXPECT_NE(err.find(c.expect2), std::string::npos) << err;
  }
}

TEST(Tle, Alpha5CatalogNumbers) {
  // Space-Track's Alpha-5 scheme: A = 10 ... H = 17, J = 18 (I skipped),
  // ... P = 23 (O skipped), ... Z = 33; then four digits.
  const std::string l1 = edit(kIssLine1, 3, "A0001"), l2 = edit(kIssLine2, 3, "A0001");
  auto tle = parseTle(l1, l2);
  ASSERT_TRUE(tle) << tle.error().message;
  EXPECT_EQ(tle->catalogNumber, 100001);
  tle = parseTle(edit(kIssLine1, 3, "J2345"), edit(kIssLine2, 3, "J2345"));
  ASSERT_TRUE(tle) << tle.error().message;
  EXPECT_EQ(tle->catalogNumber, 182345);
  tle = parseTle(edit(kIssLine1, 3, "Z9999"), edit(kIssLine2, 3, "Z9999"));
  ASSERT_TRUE(tle) << tle.error().message;
  EXPECT_EQ(tle->catalogNumber, 339999);
  const std::string err = parseError(edit(kIssLine1, 3, "O0001"), edit(kIssLine2, 3, "O0001"));
  EXPECT_NE(err.find("columns 3-7"), std::string::npos) << err;
}

TEST(Tle, ToleratesTrailingWhitespaceAndCr) {
  EXPECT_TRUE(parseTle(std::string(kIssLine1) + "  \r", std::string(kIssLine2) + "\r\n"));
}

TEST(Tle, MissionAssetFile) {
  const std::string path = std::string(RV_ASSET_DIR) + "/data/iss_tle_2021-10-04.txt";
  std::ifstream in(path);
  ASSERT_TRUE(in.good()) << "missing " << path;
  std::stringstream text;
  text << in.rdbuf();
  std::string name;
  const auto tle = parseTleText(text.str(), &name);
  ASSERT_TRUE(tle) << tle.error().message;
  EXPECT_EQ(name, "ISS (ZARYA)");
  EXPECT_EQ(tle->line1, kIssLine1);
  EXPECT_EQ(tle->line2, kIssLine2);
  // Without a name line too.
  const auto bare = parseTleText(std::string(kIssLine1) + "\n" + kIssLine2 + "\n", &name);
  ASSERT_TRUE(bare) << bare.error().message;
  EXPECT_EQ(name, "");
  EXPECT_FALSE(parseTleText("# only a comment\n"));
}
