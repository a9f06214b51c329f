#include "event_nav.h"

#include <gtest/gtest.h>

#include "ui_actions.h"

#define GLFW_INCLUDE_NONE
#include <GLFW/glfw3.h>

#include <set>

using rv::sim::MissionEvent;

namespace {
std::vector<MissionEvent> events() {
  return {{"liftoff", "Lift-off", 100.0, 0.0, ""},
          {"booster_sep", "Booster separation", 218.0, 118.0, ""},
          {"fairing_sep", "Fairing", 257.0, 157.0, ""},
          {"contact", "Contact", 12549.0, 12449.0, ""}};
}
}  // namespace

TEST(EventNav, NextStepsForwardFromAnywhere) {
  const auto e = events();
  EXPECT_EQ(rv::app::nextEvent(e, 0.0)->id, "liftoff");
  EXPECT_EQ(rv::app::nextEvent(e, 100.0)->id, "booster_sep");  // at an event: the one after
  EXPECT_EQ(rv::app::nextEvent(e, 150.0)->id, "booster_sep");
  EXPECT_EQ(rv::app::nextEvent(e, 12549.0), nullptr);
}

TEST(EventNav, PreviousStepsBackLikeChapters) {
  const auto e = events();
  EXPECT_EQ(rv::app::previousEvent(e, 218.0)->id, "liftoff");  // at an event: the one before
  EXPECT_EQ(rv::app::previousEvent(e, 218.5)->id, "liftoff");  // just after: still the one before
  EXPECT_EQ(rv::app::previousEvent(e, 240.0)->id, "booster_sep");
  EXPECT_EQ(rv::app::previousEvent(e, 100.0), nullptr);
}

TEST(EventNav, NextThenPreviousReturns) {
  const auto e = events();
  double t = 0.0;
  for (size_t i = 0; i < e.size(); ++i) t = rv::app::nextEvent(e, t)->utcS;
  EXPECT_EQ(t, 12549.0);
  for (size_t i = 1; i < e.size(); ++i) t = rv::app::previousEvent(e, t)->utcS;
  EXPECT_EQ(t, 100.0);
}

TEST(EventNav, CurrentEventForTheCaptions) {
  const auto e = events();
  EXPECT_EQ(rv::app::currentEvent(e, 50.0), nullptr);
  EXPECT_EQ(rv::app::currentEvent(e, 100.0)->id, "liftoff");
  EXPECT_EQ(rv::app::currentEvent(e, 5000.0)->id, "fairing_sep");
}

TEST(KeyBindings, EveryKeyHasOneActionAndTheHelpListsEveryAction) {
  std::set<std::pair<int, int>> seen;
  for (const auto& b : rv::app::keyBindings())
    EXPECT_TRUE(seen.insert({b.key, b.mods}).second) << b.keyName << " bound twice";
  EXPECT_EQ(rv::app::actionForKey(GLFW_KEY_SPACE, 0), rv::app::Action::TogglePlay);
  EXPECT_EQ(rv::app::actionForKey(GLFW_KEY_EQUAL, rv::app::kModShift),
            rv::app::Action::Faster);  // '+'
  EXPECT_EQ(rv::app::actionForKey(GLFW_KEY_EQUAL, rv::app::kModControl),
            rv::app::Action::UiScaleUp);
  EXPECT_EQ(rv::app::actionForKey(GLFW_KEY_BACKSPACE, 0), rv::app::Action::Reverse);
  EXPECT_FALSE(rv::app::actionForKey(GLFW_KEY_Z, 0).has_value());
  const auto rows = rv::app::helpRows();
  std::string all;
  for (const auto& r : rows) all += r.keys + "|";
  for (const char* k :
       {"Space", "F11", "F12", "F1", "H", "R or Backspace", "] or + or KP +", "Esc"})
    EXPECT_NE(all.find(k), std::string::npos) << k;
}

// Keys 1-7 choose the seven cameras, each its own, and nothing else does.
TEST(KeyBindings, NumberKeysChooseEachCameraOnce) {
  std::set<rv::app::CameraKind> chosen;
  for (int digit = 1; digit <= 7; ++digit) {
    const auto action = rv::app::actionForKey(GLFW_KEY_0 + digit, 0);
    ASSERT_TRUE(action.has_value()) << digit;
    const auto camera = rv::app::cameraOf(*action);
    ASSERT_TRUE(camera.has_value()) << digit;
    EXPECT_TRUE(chosen.insert(*camera).second) << "key " << digit << " repeats a camera";
    EXPECT_EQ(rv::app::groupOf(*action), rv::app::ActionGroup::Picture) << digit;
  }
  EXPECT_EQ(chosen.size(), std::size(rv::app::kAllCameras));
  for (const auto& b : rv::app::keyBindings())
    if (b.key < GLFW_KEY_1 || b.key > GLFW_KEY_7)
      EXPECT_FALSE(rv::app::cameraOf(b.action).has_value()) << b.keyName;
}
