// Every time field takes the same forms (the command line's --time, --from,
// --to, --start and the window's Go to field): ISO UTC, T+/-seconds,
// T+H:MM:SS, HH:MM[:SS] UTC on the mission day, event ids, event +/- offset.
#include <gtest/gtest.h>

#include <memory>
#include <string>

#include "astro/time_scales.h"
#include "mission_context.h"
#include "sim/mission_config.h"
#include "sim/mission_simulation.h"
#include "time_entry.h"

using namespace rv;

namespace {

const sim::MissionTimeline& timeline() {
  static const std::unique_ptr<sim::MissionTimeline> t = [] {
    auto c = sim::loadMission(std::string(RV_ASSET_DIR) + "/missions/soyuz-ms19.toml");
    auto r = sim::simulateMission(c.value());
    return std::make_unique<sim::MissionTimeline>(std::move(r).value());
  }();
  return *t;
}

double at(std::string_view text) {
  const auto v = app::resolveMissionTime(timeline(), text);
  EXPECT_TRUE(v.ok()) << text << ": " << errorMessage(v);
  return v.value_or(0.0);
}

double eventUtc(const char* id) {
  return timeline().findEvent(id)->utcS;
}

TEST(MissionTime, EventsWithAnOffset) {
  EXPECT_DOUBLE_EQ(at("contact"), eventUtc("contact"));
  EXPECT_DOUBLE_EQ(at("contact+30"), eventUtc("contact") + 30.0);
  EXPECT_DOUBLE_EQ(at("booster_sep-5"), eventUtc("booster_sep") - 5.0);
  EXPECT_DOUBLE_EQ(at("burn_1-1:30"), eventUtc("burn_1") - 90.0);
  EXPECT_DOUBLE_EQ(at(" contact+2.5 "), eventUtc("contact") + 2.5);
}

TEST(MissionTime, ClockFormsAndIso) {
  const double liftoff = timeline().liftoffUtcS();
  EXPECT_DOUBLE_EQ(at("T+118"), liftoff + 118.0);
  EXPECT_DOUBLE_EQ(at("T+3:27:00"), liftoff + 3 * 3600 + 27 * 60);
  EXPECT_DOUBLE_EQ(at("T-5:00"), liftoff - 300.0);
  EXPECT_DOUBLE_EQ(at("12:14"), *astro::parseIsoUtc("2021-10-05T12:14:00Z"));
  EXPECT_DOUBLE_EQ(at("12:22:31"), *astro::parseIsoUtc("2021-10-05T12:22:31Z"));
  EXPECT_DOUBLE_EQ(at("2021-10-05T12:14:00Z"), *astro::parseIsoUtc("2021-10-05T12:14:00Z"));
}

TEST(MissionTime, MistakesSayWhatIsWrong) {
  const auto typo = app::resolveMissionTime(timeline(), "contac+30");
  ASSERT_FALSE(typo.ok());
  const std::string& err = typo.error().message;
  EXPECT_EQ(typo.error().kind, ErrorKind::kBadInput);  // exit code 2
  EXPECT_NE(err.find("'contac' is not a time or a known event"), std::string::npos) << err;
  EXPECT_NE(err.find("booster_sep"), std::string::npos) << err;  // the known ones are listed
  for (const char* bad : {"contact+", "contact+x", "contact+nan", "25:00", "T+1:75", "+30"}) {
    const auto t = app::resolveMissionTime(timeline(), bad);
    EXPECT_FALSE(t.ok()) << bad;
    if (!t) EXPECT_EQ(t.error().kind, ErrorKind::kBadInput) << bad;
  }
}

TEST(MissionTime, TheCommandLineCheckAcceptsTheFormsBeforeLoading) {
  for (const char* text :
       {"contact+30", "booster_sep-5", "12:14", "T+3:27:00", "T-300", "2021-10-05T12:14:00Z"}) {
    const auto checked = app::looksLikeMissionTime(text);
    EXPECT_TRUE(checked.ok()) << text << ": " << errorMessage(checked);
  }
  for (const char* text : {"contact+x", "12:75", "T+1e3"})
    EXPECT_FALSE(app::looksLikeMissionTime(text).ok()) << text;
}

}  // namespace
