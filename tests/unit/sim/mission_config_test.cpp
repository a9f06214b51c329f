// Mission-file loading: the shipped file loads; broken TOML, a missing key, a
// wrong type, a value out of range (zero or negative mass, nan, inf), elements
// far from the launch give an error naming file:line:column and the key; an
// unknown key gives a warning naming it and its line, and still loads.
#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>
#include <sstream>
#include <variant>
#include <vector>

#include "mission_fixture.h"

namespace rv::sim::test {
namespace {

std::string shippedText() {
  std::ifstream in(missionPath());
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

std::string errorOf(const std::string& text) {
  auto r = parseMission(text, "late.toml");
  if (!r) return r.error().message;
  return {};
}

std::string replaceOnce(std::string text, const std::string& from, const std::string& to) {
  const auto pos = text.find(from);
  EXPECT_NE(pos, std::string::npos) << from;
  if (pos != std::string::npos) text.replace(pos, from.size(), to);
  return text;
}

int lineOf(const std::string& text, const std::string& needle) {
  const auto pos = text.find(needle);
  return 1 +
         static_cast<int>(std::count(text.begin(), text.begin() + static_cast<long>(pos), '\n'));
}

std::vector<std::string> warningsOf(const std::string& text) {
  auto r = parseMission(text, "late.toml");
  if (r) return r->warnings;
  ADD_FAILURE() << r.error().message;
  return {};
}

// "late.toml:LINE:" for the line holding needle.
std::string placeOf(const std::string& text, const std::string& needle) {
  return "late.toml:" + std::to_string(lineOf(text, needle)) + ":";
}

TEST(MissionConfig, ShippedMissionLoads) {
  const MissionConfig& c = missionConfig();
  EXPECT_EQ(c.name, "Soyuz MS-19");
  EXPECT_EQ(c.vehicle.booster.engine.name, "RD-107A");
  EXPECT_DOUBLE_EQ(c.spacecraft.mainEngine.ispVacS, 302.0);
  EXPECT_GE(c.burns.size(), 2u);
}

TEST(MissionConfig, BrokenTomlNamesTheLine) {
  const std::string text =
      replaceOnce(shippedText(), "name = \"Soyuz MS-19\"", "name = \"Soyuz MS-19");
  const std::string e = errorOf(text);
  EXPECT_NE(e.find("late.toml:" + std::to_string(lineOf(text, "name = \"Soyuz MS-19")) + ":"),
            std::string::npos)
      << e;
}

TEST(MissionConfig, MissingKeyNamesTheKeyAndTable) {
  const std::string text = replaceOnce(shippedText(), "isp_vac_s = 302.0", "# isp removed");
  const std::string e = errorOf(text);
  EXPECT_NE(e.find("spacecraft.main_engine.isp_vac_s"), std::string::npos) << e;
  EXPECT_NE(e.find("missing"), std::string::npos) << e;
  EXPECT_NE(e.find("late.toml:" + std::to_string(lineOf(text, "[spacecraft.main_engine]")) + ":"),
            std::string::npos)
      << e;
}

TEST(MissionConfig, WrongTypeNamesTheLineAndKeyAndWhatWasExpected) {
  const std::string text =
      replaceOnce(shippedText(), "dry_mass_kg = 3815.0", "dry_mass_kg = \"heavy\"");
  const std::string e = errorOf(text);
  EXPECT_NE(e.find("late.toml:" + std::to_string(lineOf(text, "dry_mass_kg = \"heavy\"")) + ":"),
            std::string::npos)
      << e;
  EXPECT_NE(e.find("vehicle.booster.dry_mass_kg"), std::string::npos) << e;
  EXPECT_NE(e.find("expected a number"), std::string::npos) << e;
}

TEST(MissionConfig, BadTimeSaysWhatWasExpected) {
  const std::string text =
      replaceOnce(shippedText(), "\"2021-10-05T08:55:02.442Z\"", "\"tomorrow\"");
  const std::string e = errorOf(text);
  EXPECT_NE(e.find("launch.liftoff_utc"), std::string::npos) << e;
  EXPECT_NE(e.find("ISO-8601"), std::string::npos) << e;
}

TEST(MissionConfig, BurnAfterTheArrivalIsRejected) {
  const std::string text =
      replaceOnce(shippedText(), "center_met_s = 9600.0", "center_met_s = 9700.0");
  const std::string e = errorOf(text);
  EXPECT_NE(e.find("burn_4"), std::string::npos) << e;
  EXPECT_NE(e.find("rendezvous.arrive_met_s"), std::string::npos) << e;
}

TEST(MissionConfig, BurnAfterTheArrivalNamesItsLine) {
  const std::string text =
      replaceOnce(shippedText(), "center_met_s = 9600.0", "center_met_s = 9700.0");
  EXPECT_EQ(errorOf(text), placeOf(text, "center_met_s = 9700.0") +
                               "16: burn.center_met_s (burn burn_4): expected a time not after "
                               "rendezvous.arrive_met_s (9600), found 9700");
}

TEST(MissionConfig, BurnsOutOfOrderAreRefusedWithTheLine) {
  const std::string text =
      replaceOnce(shippedText(), "center_met_s = 5400.0", "center_met_s = 2000.0");
  const std::string e = errorOf(text);
  EXPECT_EQ(e.rfind(placeOf(text, "center_met_s = 2000.0"), 0), 0u) << e;
  EXPECT_NE(e.find("(burn burn_2): expected a time after the previous burn's (2700), found 2000"),
            std::string::npos)
      << e;
}

TEST(MissionConfig, NoBurnsIsRefused) {
  std::string text = shippedText();
  for (size_t pos; (pos = text.find("[[burn]]")) != std::string::npos;)
    text.replace(pos, 8, "[[old_burn]]");
  const std::string e = errorOf(text);
  EXPECT_NE(e.find("burn: missing key; expected an array"), std::string::npos) << e;
  const std::string empty = replaceOnce(text, "[timeline]", "burn = []\n\n[timeline]");
  EXPECT_NE(errorOf(empty).find("burn: expected at least one [[burn]], found none"),
            std::string::npos)
      << errorOf(empty);
}

TEST(MissionConfig, PitchProgramMustRiseInTimeAndHaveTwoPoints) {
  std::string text =
      replaceOnce(shippedText(), "[20.0, 6.0], [40.0, 19.7]", "[40.0, 6.0], [20.0, 19.7]");
  EXPECT_NE(errorOf(text).find(
                "launch.pitch_program: expected points in increasing met_s, found 20 after 40"),
            std::string::npos)
      << errorOf(text);
  const std::string shipped = shippedText();
  const auto from = shipped.find("pitch_program = [");
  const auto to = shipped.find("]\n", shipped.find("[290.0"));
  ASSERT_NE(to, std::string::npos);
  text = shipped.substr(0, from) + "pitch_program = [[0.0, 0.0]]" + shipped.substr(to + 1);
  EXPECT_NE(errorOf(text).find("launch.pitch_program: expected at least 2 [met_s, "
                               "pitch_from_vertical_deg] points, found 1"),
            std::string::npos)
      << errorOf(text);
}

TEST(MissionConfig, ThrottleMustRiseInTime) {
  const std::string text = replaceOnce(shippedText(), "[[-15.0, 0.25], [0.0, 0.75], [6.0, 1.0]]",
                                       "[[-15.0, 0.25], [6.0, 0.75], [0.0, 1.0]]");
  EXPECT_NE(errorOf(text).find(
                "vehicle.booster.throttle: expected points in increasing met_s, found 0 after 6"),
            std::string::npos)
      << errorOf(text);
}

TEST(MissionConfig, MissingRendezvousKeyNamesIt) {
  const std::string text = replaceOnce(shippedText(), "deorbit_reserve_ms = 120.0", "# removed");
  const std::string e = errorOf(text);
  EXPECT_NE(e.find("deorbit_reserve_ms"), std::string::npos) << e;
}

TEST(MissionConfig, ShippedWhatIfLoads) {
  auto r = loadMission(std::string(RV_ASSET_DIR) + "/missions/what-if-late-10min.toml");
  ASSERT_TRUE(r.ok()) << r.error().message;
  EXPECT_NEAR(r.value().launch.liftoffUtcS - missionConfig().launch.liftoffUtcS, 600.0, 1e-6);
}

TEST(MissionConfig, EmptyFileNamesTheFirstMissingKey) {
  const std::string e = errorOf("");
  EXPECT_EQ(e, "late.toml:1:1: name: missing key; expected a string") << e;
}

TEST(MissionConfig, TextThatIsNotTomlIsASyntaxError) {
  const std::string e = errorOf("Soyuz MS-19, 5 October 2021\nlaunch at 08:55\n");
  EXPECT_NE(e.find("late.toml:1:"), std::string::npos) << e;
  EXPECT_NE(e.find("TOML syntax error"), std::string::npos) << e;
}

TEST(MissionConfig, ShippedMissionHasNoWarnings) {
  EXPECT_TRUE(warningsOf(shippedText()).empty());
}

TEST(MissionConfig, UnknownKeyWarnsWithItsLineAndStillLoads) {
  const std::string text =
      replaceOnce(shippedText(), "isp_vac_s = 302.0", "isp_vac_s = 302.0\nisp_vacc_s = 310.0");
  const std::vector<std::string> w = warningsOf(text);
  ASSERT_EQ(w.size(), 1u);
  EXPECT_EQ(w[0].rfind(placeOf(text, "isp_vacc_s"), 0), 0u) << w[0];
  EXPECT_NE(w[0].find("spacecraft.main_engine.isp_vacc_s: unknown key"), std::string::npos) << w[0];
}

TEST(MissionConfig, UnknownTableAndKeyInABurnWarn) {
  std::string text =
      replaceOnce(shippedText(), "center_met_s = 9600.0", "center_met_s = 9600.0\ndv_ms = 3.0");
  text += "\n[extras]\ncolour = \"red\"\n";
  const std::vector<std::string> w = warningsOf(text);
  ASSERT_EQ(w.size(), 2u);
  EXPECT_NE(w[0].find("burn.dv_ms: unknown key"), std::string::npos) << w[0];
  EXPECT_NE(w[1].find("extras: unknown key"), std::string::npos) << w[1];
}

TEST(MissionConfig, NanAndInfAreRefusedWithTheirPlace) {
  for (const char* literal : {"nan", "inf", "-inf", "+nan"}) {
    const std::string text =
        replaceOnce(shippedText(), "dry_mass_kg = 3815.0", std::string("dry_mass_kg = ") + literal);
    const std::string e = errorOf(text);
    EXPECT_EQ(e.rfind(placeOf(text, std::string("dry_mass_kg = ") + literal), 0), 0u) << e;
    EXPECT_NE(e.find("vehicle.booster.dry_mass_kg: expected a finite number, found "),
              std::string::npos)
        << e;
  }
}

TEST(MissionConfig, NanInsideAnArrayIsRefused) {
  const std::string text =
      replaceOnce(shippedText(), "[10.0, 0.0], [20.0, 6.0]", "[10.0, nan], [20.0, 6.0]");
  const std::string e = errorOf(text);
  EXPECT_NE(e.find("launch.pitch_program: expected a finite number, found nan"), std::string::npos)
      << e;
}

TEST(MissionConfig, ZeroOrNegativeMassIsRefusedWithItsPlace) {
  for (const char* value : {"0.0", "-3815.0", "0"}) {
    const std::string line = std::string("dry_mass_kg = ") + value;
    const std::string text = replaceOnce(shippedText(), "dry_mass_kg = 3815.0", line);
    const std::string e = errorOf(text);
    EXPECT_EQ(e.rfind(placeOf(text, line), 0), 0u) << e;
    EXPECT_NE(e.find("vehicle.booster.dry_mass_kg: expected a number greater than 0, found"),
              std::string::npos)
        << e;
  }
}

TEST(MissionConfig, NegativePropellantIsRefused) {
  const std::string text =
      replaceOnce(shippedText(), "propellant_kg = 880.0", "propellant_kg = -880.0");
  const std::string e = errorOf(text);
  EXPECT_NE(e.find("spacecraft.propellant_kg: expected a number >= 0, found -880"),
            std::string::npos)
      << e;
}

TEST(MissionConfig, SpacecraftPropellantMustBeLessThanItsMass) {
  const std::string text =
      replaceOnce(shippedText(), "propellant_kg = 880.0", "propellant_kg = 8800000.0");
  const std::string e = errorOf(text);
  EXPECT_NE(e.find("spacecraft.propellant_kg: expected less than spacecraft.mass_kg"),
            std::string::npos)
      << e;
}

TEST(MissionConfig, ZeroThrustIspAndEngineCountAreRefused) {
  EXPECT_NE(errorOf(replaceOnce(shippedText(), "thrust_vac_n = 2950.0", "thrust_vac_n = 0.0"))
                .find("spacecraft.main_engine.thrust_vac_n: expected a number greater than 0"),
            std::string::npos);
  EXPECT_NE(errorOf(replaceOnce(shippedText(), "isp_vac_s = 302.0", "isp_vac_s = -1.0"))
                .find("spacecraft.main_engine.isp_vac_s: expected a number greater than 0"),
            std::string::npos);
  const std::string text = replaceOnce(shippedText(), "count = 1", "count = 0");
  EXPECT_NE(errorOf(text).find("vehicle.booster.engine.count: expected an integer >= 1, found 0"),
            std::string::npos)
      << errorOf(text);
}

TEST(MissionConfig, StepOutOfRangeIsRefusedWithItsLine) {
  const std::string text = replaceOnce(shippedText(), "step_s = 0.1 ", "step_s = 0.0 ");
  const std::string e = errorOf(text);
  EXPECT_EQ(e.rfind(placeOf(text, "step_s = 0.0"), 0), 0u) << e;
  EXPECT_NE(e.find("timeline.step_s: expected a number from 0.01 to 10, found 0"),
            std::string::npos)
      << e;
}

TEST(MissionConfig, TimelineBoundsKeepTheLoadShort) {
  EXPECT_NE(errorOf(replaceOnce(shippedText(), "start_met_s = -300.0", "start_met_s = -1e9"))
                .find("timeline.start_met_s: expected a number from -3600 to 0, found -1e+09"),
            std::string::npos);
  EXPECT_NE(
      errorOf(replaceOnce(shippedText(), "end_after_hatch_s = 60.0", "end_after_hatch_s = 1e7"))
          .find("timeline.end_after_hatch_s: expected a number from 0 to 3600"),
      std::string::npos);
  EXPECT_NE(errorOf(replaceOnce(shippedText(), "max_wait_orbits = 6", "max_wait_orbits = 1000"))
                .find("rendezvous.max_wait_orbits: expected a number from 0 to 32, found 1000"),
            std::string::npos);
  const std::string text = replaceOnce(shippedText(), "hatch_open_utc = \"2021-10-05T15:00:00Z\"",
                                       "hatch_open_utc = \"2021-10-25T15:00:00Z\"");
  EXPECT_NE(errorOf(text).find("proximity.hatch_open_utc: expected a time less than 3 days after"),
            std::string::npos)
      << errorOf(text);
}

TEST(MissionConfig, ZeroPortAxisIsRefused) {
  const std::string text = shippedText();
  const auto at = text.find("port_axis_body = ");
  ASSERT_NE(at, std::string::npos);
  const std::string line = text.substr(at, text.find('\n', at) - at);
  const std::string e = errorOf(replaceOnce(text, line, "port_axis_body = [0.0, 0.0, 0.0]"));
  EXPECT_NE(e.find("iss.port_axis_body: expected a non-zero direction, found [0, 0, 0]"),
            std::string::npos)
      << e;
}

TEST(MissionConfig, StringForANumberSaysWhatWasFound) {
  const std::string text =
      replaceOnce(shippedText(), "thrust_vac_n = 2950.0", "thrust_vac_n = true");
  EXPECT_NE(
      errorOf(text).find("spacecraft.main_engine.thrust_vac_n: expected a number, found a boolean"),
      std::string::npos);
}

TEST(MissionConfig, HatchOpeningBeforeTheLaunchIsRefused) {
  // Only the launch moved to 2022: the mission would end before it began.
  const std::string text =
      replaceOnce(shippedText(), "\"2021-10-05T08:55:02.442Z\"", "\"2021-10-25T08:55:02.442Z\"");
  const std::string e = errorOf(text);
  EXPECT_NE(e.find("proximity.manual_control_utc: expected a time less than 3 days after "
                   "launch.liftoff_utc"),
            std::string::npos)
      << e;
}

std::string shiftedTo(const std::string& date) {  // every UTC time of the mission moved to this day
  std::string text = shippedText();
  for (size_t pos; (pos = text.find("\"2021-10-05T")) != std::string::npos;)
    text.replace(pos + 1, 10, date);
  return text;
}

TEST(MissionConfig, LaunchYearsFromTheElementsIsRefused) {
  const std::string text = shiftedTo("2031-10-05");
  const std::string e = errorOf(text);
  EXPECT_EQ(e.rfind(placeOf(text, "liftoff_utc ="), 0), 0u) << e;
  EXPECT_NE(e.find("launch.liftoff_utc: 2031-10-05T08:55:02Z is 3653 days after the epoch of the "
                   "ISS elements"),
            std::string::npos)
      << e;
  EXPECT_NE(e.find("within 30 days"), std::string::npos) << e;
}

TEST(MissionConfig, LaunchDaysFromTheElementsWarns) {
  const std::string text = shiftedTo("2021-10-15");
  const std::vector<std::string> w = warningsOf(text);
  ASSERT_EQ(w.size(), 1u);
  EXPECT_EQ(w[0].rfind(placeOf(text, "liftoff_utc ="), 0), 0u) << w[0];
  EXPECT_NE(w[0].find("is 11 days after the epoch of the ISS elements"), std::string::npos) << w[0];
}

TEST(MissionConfig, BrokenElementsAreALoadError) {
  const std::string text = replaceOnce(shippedText(), "1 25544U", "1 2554XU");
  const std::string e = errorOf(text);
  EXPECT_EQ(e.rfind(placeOf(text, "tle_line1"), 0), 0u) << e;
  EXPECT_NE(e.find("iss.tle_line1: expected a valid two-line element set"), std::string::npos) << e;
}

TEST(MissionConfig, MissingFileIsAnError) {
  auto r = loadMission("/nonexistent/mission.toml");
  ASSERT_TRUE(!r.ok());
}

}  // namespace
}  // namespace rv::sim::test

namespace rv::sim::test {
namespace {

// The lamps: read from [lights]; a bad figure names its line and key; a file
// without the table (an older mission) loads with both lamps off.
TEST(MissionConfig, LightsAreReadAndOptional) {
  const MissionConfig& c = missionConfig();
  EXPECT_GT(c.lights.soyuzFloodlight.intensity, 0.0);
  EXPECT_GT(c.lights.portLight.reachM, 0.0);
  const std::string bad =
      replaceOnce(shippedText(), "port_light_reach_m = 8.0", "port_light_reach_m = -1.0");
  const std::string e = errorOf(bad);
  EXPECT_NE(e.find(placeOf(bad, "port_light_reach_m = -1.0")), std::string::npos) << e;
  EXPECT_NE(e.find("lights.port_light_reach_m"), std::string::npos) << e;
  std::string without = shippedText();
  without.erase(without.find("[lights]"));  // the table is the file's last
  auto r = parseMission(without, "old.toml");
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r.value().lights.soyuzFloodlight.intensity, 0.0);
}

}  // namespace
}  // namespace rv::sim::test
