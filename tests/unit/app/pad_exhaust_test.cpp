// The pad exhaust's history comes from the simulation: ignition from the
// launch sequence's timer (T-15 s in the mission file), release at lift-off,
// and the end of the feed when the simulated rocket has climbed out of reach,
// which moves when the ascent does.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "app_fixture.h"
#include "data_paths.h"
#include "pad_exhaust.h"

namespace rv::app {
namespace {

TEST(PadExhaust, FromIgnitionThroughLiftoffToOutOfReach) {
  const LoadedMission& m = test::sharedMission();
  const double liftoff = m.timeline->liftoffUtcS();
  EXPECT_LT(padExhaustAt(m, liftoff - 20.0).sinceIgnitionS, 0.0) << "before ignition";
  const render::PadExhaust e = padExhaustAt(m, liftoff + 1.0);
  EXPECT_NEAR(e.sinceIgnitionS, 16.0, 0.5);
  EXPECT_NEAR(e.preliminaryS, 15.0, 0.5);
  // A Soyuz climbs slowly off the pad: the boosters at 75 % for the first
  // 6 s (thrust-to-weight about 1.1), then full (about 1.3): 120 m some 8 to
  // 16 s after release.
  EXPECT_GT(e.fedS - e.preliminaryS, 8.0);
  EXPECT_LT(e.fedS - e.preliminaryS, 16.0);
}

TEST(PadExhaust, ASlowerClimbFeedsThePitLonger) {
  const std::string path = assetDir() + "/missions/soyuz-ms19.toml";
  std::ifstream in(path);
  std::stringstream text;
  text << in.rdbuf();
  std::string toml = text.str();
  // The boosters reach full thrust 6 s after release in the record; make it 9.
  const std::string from = "[0.0, 0.75], [6.0, 1.0]]";
  const auto at = toml.find(from);
  ASSERT_NE(at, std::string::npos) << "the booster throttle line moved: update this test";
  toml.replace(at, from.size(), "[0.0, 0.75], [9.0, 1.0]]");
  const auto tmp = std::filesystem::temp_directory_path() / "rv_pad_exhaust_slow.toml";
  std::ofstream(tmp) << toml;
  GlobalOptions opt;
  opt.missionPath = tmp.string();
  const auto loaded = loadAndSimulate(opt);
  std::filesystem::remove(tmp);
  ASSERT_TRUE(loaded) << loaded.error().message;
  const auto& slow = *loaded;
  const LoadedMission& base = test::sharedMission();
  const double baseFed = padExhaustAt(base, base.timeline->liftoffUtcS()).fedS;
  const double slowFed = padExhaustAt(*slow, slow->timeline->liftoffUtcS()).fedS;
  EXPECT_GT(slowFed, baseFed + 0.2);
}

}  // namespace
}  // namespace rv::app
