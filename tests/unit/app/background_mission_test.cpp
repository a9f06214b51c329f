// The mission simulated on a worker thread (start-up overlaps it with making
// the window) is the mission simulated here, bit for bit, and a broken file
// fails at once, with loadAndSimulate's own error.
#include <gtest/gtest.h>

#include <fstream>
#include <string>

#include "background_mission.h"
#include "mission_context.h"

using namespace rv;

namespace {

TEST(BackgroundMission, SameMissionAsSimulatedHereBitForBit) {
  const app::GlobalOptions global;  // the bundled mission
  auto background = app::BackgroundMission::start(global);
  ASSERT_TRUE(background.ok());
  auto here = app::loadAndSimulate(global);
  auto there = background->take();
  ASSERT_TRUE(here.ok());
  ASSERT_TRUE(there.ok());
  const sim::MissionTimeline& a = *(*here)->timeline;
  const sim::MissionTimeline& b = *(*there)->timeline;
  EXPECT_EQ((*here)->padClearedAfterLiftoffS, (*there)->padClearedAfterLiftoffS);
  ASSERT_EQ(a.events().size(), b.events().size());
  for (size_t i = 0; i < a.events().size(); ++i) {
    EXPECT_EQ(a.events()[i].id, b.events()[i].id);
    EXPECT_EQ(a.events()[i].utcS, b.events()[i].utcS);
  }
  for (double t = a.startUtcS(); t <= a.endUtcS(); t += (a.endUtcS() - a.startUtcS()) / 97.0) {
    for (sim::ObjectId id : {sim::ObjectId::Stack, sim::ObjectId::Soyuz, sim::ObjectId::Iss}) {
      const sim::ObjectState sa = a.objectState(id, t), sb = b.objectState(id, t);
      EXPECT_EQ(sa.posTeme, sb.posTeme) << t;
      EXPECT_EQ(sa.velTeme, sb.velTeme) << t;
    }
  }
}

// The background start fails at once, with what loadAndSimulate says.
void expectSameFailure(const std::string& missionPath) {
  app::GlobalOptions global;
  global.missionPath = missionPath;
  auto background = app::BackgroundMission::start(global);
  auto direct = app::loadAndSimulate(global);
  ASSERT_FALSE(background.ok());
  ASSERT_FALSE(direct.ok());
  EXPECT_EQ(background.error().message, direct.error().message);
  EXPECT_EQ(background.error().kind, direct.error().kind);
}

TEST(BackgroundMission, ABrokenFileFailsAtOnceWithTheSameError) {
  const std::string path = testing::TempDir() + "/background_mission_broken.toml";
  std::ofstream(path) << "bad = [\n";
  expectSameFailure(path);
}

TEST(BackgroundMission, AMissingFileFailsAtOnceWithTheSameError) {
  expectSameFailure(testing::TempDir() + "/background_mission_none.toml");
}

}  // namespace
