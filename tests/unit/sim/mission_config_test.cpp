// Mission-file loading: the shipped file loads; broken TOML, a missing key and
// a wrong type give an error naming file:line:column and the key.
#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>
#include <sstream>
#include <variant>

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
  if (auto* e = std::get_if<MissionLoadError>(&r)) return e->message;
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
  return 1 + static_cast<int>(std::count(text.begin(), text.begin() + static_cast<long>(pos), '\n'));
}

TEST(MissionConfig, ShippedMissionLoads) {
  const MissionConfig& c = missionConfig();
  EXPECT_EQ(c.name, "Soyuz MS-19");
  EXPECT_EQ(c.vehicle.booster.engine.name, "RD-107A");
  EXPECT_DOUBLE_EQ(c.spacecraft.mainEngine.ispVacS, 302.0);
  EXPECT_GE(c.burns.size(), 2u);
}

TEST(MissionConfig, BrokenTomlNamesTheLine) {
  const std::string text = replaceOnce(shippedText(), "name = \"Soyuz MS-19\"", "name = \"Soyuz MS-19");
  const std::string e = errorOf(text);
  EXPECT_NE(e.find("late.toml:" + std::to_string(lineOf(text, "name = \"Soyuz MS-19")) + ":"), std::string::npos) << e;
}

TEST(MissionConfig, MissingKeyNamesTheKeyAndTable) {
  const std::string text = replaceOnce(shippedText(), "isp_vac_s = 302.0", "# isp removed");
  const std::string e = errorOf(text);
  EXPECT_NE(e.find("spacecraft.main_engine.isp_vac_s"), std::string::npos) << e;
  EXPECT_NE(e.find("missing"), std::string::npos) << e;
  EXPECT_NE(e.find("late.toml:" + std::to_string(lineOf(text, "[spacecraft.main_engine]")) + ":"), std::string::npos) << e;
}

TEST(MissionConfig, WrongTypeNamesTheLineAndKeyAndWhatWasExpected) {
  const std::string text = replaceOnce(shippedText(), "dry_mass_kg = 3815.0", "dry_mass_kg = \"heavy\"");
  const std::string e = errorOf(text);
  EXPECT_NE(e.find("late.toml:" + std::to_string(lineOf(text, "dry_mass_kg = \"heavy\"")) + ":"), std::string::npos) << e;
  EXPECT_NE(e.find("vehicle.booster.dry_mass_kg"), std::string::npos) << e;
  EXPECT_NE(e.find("expected a number"), std::string::npos) << e;
}

TEST(MissionConfig, BadTimeSaysWhatWasExpected) {
  const std::string text = replaceOnce(shippedText(), "\"2021-10-05T08:55:02.442Z\"", "\"tomorrow\"");
  const std::string e = errorOf(text);
  EXPECT_NE(e.find("launch.liftoff_utc"), std::string::npos) << e;
  EXPECT_NE(e.find("ISO-8601"), std::string::npos) << e;
}

TEST(MissionConfig, BurnAfterTheArrivalIsRejected) {
  const std::string text = replaceOnce(shippedText(), "center_met_s = 9600.0", "center_met_s = 9700.0");
  const std::string e = errorOf(text);
  EXPECT_NE(e.find("burn_4"), std::string::npos) << e;
  EXPECT_NE(e.find("rendezvous.arrive_met_s"), std::string::npos) << e;
}

TEST(MissionConfig, MissingRendezvousKeyNamesIt) {
  const std::string text = replaceOnce(shippedText(), "deorbit_reserve_ms = 120.0", "# removed");
  const std::string e = errorOf(text);
  EXPECT_NE(e.find("deorbit_reserve_ms"), std::string::npos) << e;
}

TEST(MissionConfig, ShippedWhatIfLoads) {
  auto r = loadMission(std::string(RV_ASSET_DIR) + "/missions/what-if-late-10min.toml");
  ASSERT_TRUE(std::holds_alternative<MissionConfig>(r)) << std::get<MissionLoadError>(r).message;
  EXPECT_NEAR(std::get<MissionConfig>(r).launch.liftoffUtcS - missionConfig().launch.liftoffUtcS, 600.0,
              1e-6);
}

TEST(MissionConfig, MissingFileIsAnError) {
  auto r = loadMission("/nonexistent/mission.toml");
  ASSERT_TRUE(std::holds_alternative<MissionLoadError>(r));
}

} // namespace
} // namespace rv::sim::test
