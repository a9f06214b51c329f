// The simulated timeline's cache (timeline_cache.h): a stored timeline comes
// back bit for bit; another mission, another program or a damaged file is a
// miss, never a wrong timeline; the folder keeps the newest few.
#include "timeline_cache.h"

#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "app_fixture.h"
#include "base/file_io.h"
#include "sim/timeline_codec.h"

namespace rv::app::test {
namespace {

namespace fs = std::filesystem;

std::string bundledText() {
  std::ifstream in(defaultMissionPath());
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

sim::MissionConfig parsed(const std::string& text) {
  auto c = sim::parseMission(text, "test.toml");
  EXPECT_TRUE(c) << (c ? "" : c.error().message);
  return c ? std::move(c).value() : sim::MissionConfig{};
}

std::string replaced(std::string text, const std::string& from, const std::string& to) {
  const size_t at = text.find(from);
  EXPECT_NE(at, std::string::npos) << from;
  if (at != std::string::npos) text.replace(at, from.size(), to);
  return text;
}

class TimelineCacheTest : public ::testing::Test {
 protected:
  void SetUp() override {
    m_dir = fs::temp_directory_path() /
            ("rv-cache-test-" + std::to_string(::testing::UnitTest::GetInstance()->random_seed()) +
             "-" + ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(m_dir);
  }
  void TearDown() override { fs::remove_all(m_dir); }
  std::string folder() const { return (m_dir / "rendezvous").string(); }
  fs::path m_dir;
};

TEST(MissionDigest, FollowsTheFilesBytesBaseIncluded) {
  const std::string text = bundledText();
  const std::uint64_t d = parsed(text).contentDigest;
  EXPECT_NE(d, 0u);
  EXPECT_EQ(parsed(text).contentDigest, d);
  EXPECT_NE(
      parsed(replaced(text, "end_after_hatch_s = 60.0", "end_after_hatch_s = 61.0")).contentDigest,
      d);
  // A what-if file and its base: an edit to the base is another mission.
  const fs::path dir = fs::temp_directory_path() / "rv-digest-test";
  fs::create_directories(dir);
  ASSERT_TRUE(io::writeFile((dir / "base.toml").string(), text));
  ASSERT_TRUE(io::writeFile((dir / "what-if.toml").string(),
                            "base = \"base.toml\"\n[timeline]\nend_after_hatch_s = 90.0\n"));
  const auto before = sim::loadMission((dir / "what-if.toml").string());
  ASSERT_TRUE(before) << before.error().message;
  EXPECT_NE(before->contentDigest, d);
  ASSERT_TRUE(io::writeFile((dir / "base.toml").string(), replaced(text, "end_after_hatch_s = 60.0",
                                                                   "end_after_hatch_s = 61.0")));
  const auto after = sim::loadMission((dir / "what-if.toml").string());
  ASSERT_TRUE(after);
  EXPECT_NE(after->contentDigest, before->contentDigest);
  fs::remove_all(dir);
}

TEST_F(TimelineCacheTest, StoredTimelineComesBackBitForBit) {
  const TimelineCache cache(folder(), 42);
  const sim::MissionConfig& mission = sharedMission().config;
  EXPECT_FALSE(cache.load(mission));
  ASSERT_TRUE(cache.store(mission, sharedTimeline().data()));
  EXPECT_TRUE(fs::exists(cache.pathFor(mission)));
  const auto back = cache.load(mission);
  ASSERT_TRUE(back);
  EXPECT_EQ(sim::encodeTimeline(*back), sim::encodeTimeline(sharedTimeline().data()));
}

TEST_F(TimelineCacheTest, AnotherMissionOrProgramOrADamagedFileIsAMiss) {
  const TimelineCache cache(folder(), 42);
  const sim::MissionConfig& mission = sharedMission().config;
  ASSERT_TRUE(cache.store(mission, sharedTimeline().data()));

  sim::MissionConfig edited = mission;
  edited.contentDigest ^= 1;
  EXPECT_FALSE(cache.load(edited));
  EXPECT_NE(cache.pathFor(edited), cache.pathFor(mission));
  EXPECT_FALSE(TimelineCache(folder(), 43).load(mission));  // a rebuilt program

  // One byte changed in the middle of the stored data.
  const std::string path = cache.pathFor(mission);
  auto bytes = io::readFile(path, "cache", 1u << 30);
  ASSERT_TRUE(bytes);
  (*bytes)[bytes->size() / 2] ^= 0x40;
  ASSERT_TRUE(io::writeFile(path, *bytes));
  EXPECT_FALSE(cache.load(mission));
  // Cut short.
  ASSERT_TRUE(io::writeFile(path, bytes->substr(0, 20)));
  EXPECT_FALSE(cache.load(mission));
}

TEST_F(TimelineCacheTest, NoFolderNoCache) {
  const TimelineCache none("", 42);
  EXPECT_FALSE(none.enabled());
  EXPECT_TRUE(none.store(sharedMission().config, sharedTimeline().data()));  // nothing to do
  EXPECT_FALSE(none.load(sharedMission().config));
  // A folder that cannot be made (a file is in the way): an error to ignore.
  fs::create_directories(m_dir);
  ASSERT_TRUE(io::writeFile(folder(), "not a folder"));
  EXPECT_FALSE(TimelineCache(folder(), 42).store(sharedMission().config, sharedTimeline().data()));
}

TEST_F(TimelineCacheTest, KeepsTheNewestFiles) {
  const TimelineCache cache(folder(), 42);
  sim::MissionConfig mission = sharedMission().config;
  sim::TimelineData small;  // any timeline will do for counting files
  small.events = sharedTimeline().data().events;
  for (int i = 0; i < TimelineCache::kKeptFiles + 3; ++i) {
    mission.contentDigest = 1000 + static_cast<std::uint64_t>(i);
    ASSERT_TRUE(cache.store(mission, small));
    // Each file a minute older than the next, all in the past.
    fs::last_write_time(cache.pathFor(mission),
                        fs::file_time_type::clock::now() - std::chrono::minutes(100 - i));
  }
  int files = 0;
  for (const auto& e : fs::directory_iterator(folder())) files += e.path().extension() == ".bin";
  EXPECT_EQ(files, TimelineCache::kKeptFiles);
  EXPECT_TRUE(cache.load(mission));  // the newest stays
  mission.contentDigest = 1000;
  EXPECT_FALSE(cache.load(mission));  // the oldest went
}

// The app's own path: the first start simulates and stores, the second
// reads; an edited mission simulates again, and its outcome moves.
TEST_F(TimelineCacheTest, SecondStartReadsTheFirstStartsTimeline) {
  ASSERT_EQ(::setenv("XDG_CACHE_HOME", m_dir.c_str(), 1), 0);
  ::unsetenv("RENDEZVOUS_NO_CACHE");
  auto first = loadAndSimulate(GlobalOptions{});
  ASSERT_TRUE(first);
  EXPECT_FALSE((*first)->timelineFromCache);
  auto second = loadAndSimulate(GlobalOptions{});
  ASSERT_TRUE(second);
  EXPECT_TRUE((*second)->timelineFromCache);
  EXPECT_EQ(sim::encodeTimeline((*second)->timeline->data()),
            sim::encodeTimeline((*first)->timeline->data()));
  EXPECT_EQ((*second)->padClearedAfterLiftoffS, (*first)->padClearedAfterLiftoffS);

  // The same mission with the hatch opening a minute later: no stale timeline.
  const std::string edited = (m_dir / "later-end.toml").string();
  ASSERT_TRUE(io::writeFile(
      edited, replaced(bundledText(), "end_after_hatch_s = 60.0", "end_after_hatch_s = 120.0")));
  auto third = loadAndSimulate(GlobalOptions{edited});
  ASSERT_TRUE(third);
  EXPECT_FALSE((*third)->timelineFromCache);
  EXPECT_NEAR((*third)->timeline->endUtcS() - (*first)->timeline->endUtcS(), 60.0, 1e-6);

  ::setenv("RENDEZVOUS_NO_CACHE", "1", 1);
  auto fourth = loadAndSimulate(GlobalOptions{});
  ASSERT_TRUE(fourth);
  EXPECT_FALSE((*fourth)->timelineFromCache);
  ::unsetenv("RENDEZVOUS_NO_CACHE");
  ::unsetenv("XDG_CACHE_HOME");
}

}  // namespace
}  // namespace rv::app::test
