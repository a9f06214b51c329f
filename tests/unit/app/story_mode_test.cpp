// Story mode over the real simulated mission: it holds at each key event in
// order, goes on with Next (or by itself for a kiosk), and reaches the end.
#include "story_mode.h"

#include <gtest/gtest.h>

#include <memory>
#include <string>

#include "app_fixture.h"

using namespace rv;

namespace {

const sim::MissionTimeline& timeline() {
  return app::test::sharedTimeline();
}

// Advances in 0.1 s wall steps until the story holds or ends.
app::StoryFrame runToHold(app::StoryMode& story, double maxWallS) {
  app::StoryFrame f = story.current();
  for (double t = 0; t < maxWallS && !f.finished; t += 0.1) {
    f = story.advance(0.1);
    if (f.holding) break;
  }
  return f;
}

}  // namespace

TEST(StoryMode, HoldsAtEachKeyEventInOrderUntilNext) {
  app::StoryMode story(timeline(), {});
  ASSERT_EQ(story.stops().size(), std::size(app::kStoryStopIds));
  for (const sim::MissionEvent* stop : story.stops()) {
    const app::StoryFrame f = runToHold(story, 600.0);
    ASSERT_TRUE(f.holding) << stop->id;
    EXPECT_EQ(f.utcS, stop->utcS) << stop->id;
    EXPECT_EQ(f.caption, stop) << "a stop shows its own caption";
    // Holding: time stands however long the presenter talks.
    EXPECT_EQ(story.advance(30.0).utcS, stop->utcS);
    story.next();
  }
  const app::StoryFrame end = runToHold(story, 600.0);
  EXPECT_TRUE(end.finished);
  EXPECT_EQ(end.utcS, timeline().endUtcS());
  EXPECT_EQ(story.stopsHeld(), static_cast<int>(story.stops().size()));
}

// The film's camera director picks the shots: the pad at the start, the
// port camera at contact.
TEST(StoryMode, TheDirectorChoosesTheShots) {
  app::StoryMode story(timeline(), {});
  EXPECT_EQ(story.current().shot.camera, app::CameraKind::Pad);
  while (!story.current().finished) {
    const app::StoryFrame f = runToHold(story, 600.0);
    if (f.holding && f.caption->id == "contact") {
      EXPECT_EQ(f.shot.camera, app::CameraKind::Port);
      return;
    }
    story.next();
  }
  FAIL() << "never held at contact";
}

// A kiosk: each hold ends by itself, and the whole mission plays unattended.
// The speed factor shortens the presentation: the film is about 4.5 minutes.
TEST(StoryMode, AutoContinueRunsTheWholeMissionUnattended) {
  app::StoryOptions o;
  o.autoContinueS = 2.0;
  o.speedFactor = 10.0;
  app::StoryMode story(timeline(), o);
  double wall = 0.0;
  while (!story.current().finished && wall < 3600.0) {
    story.advance(0.1);
    wall += 0.1;
  }
  EXPECT_TRUE(story.current().finished);
  // About 270 s of film / 10 plus nine 2 s holds.
  EXPECT_GT(wall, 30.0);
  EXPECT_LT(wall, 60.0);
}

TEST(StoryMode, NextWhileRunningSkipsToTheNextStopAndPreviousGoesBack) {
  app::StoryMode story(timeline(), {});
  story.next();  // from the start straight to lift-off
  EXPECT_TRUE(story.current().holding);
  EXPECT_EQ(story.current().utcS, timeline().liftoffUtcS());
  story.next();  // leave the hold
  story.next();  // skip to booster separation
  EXPECT_EQ(story.current().utcS, timeline().findEvent("booster_sep")->utcS);
  story.previous();
  EXPECT_EQ(story.current().utcS, timeline().liftoffUtcS());
  EXPECT_TRUE(story.current().holding);
}

// Captions do not flicker past: the core stage's cut-off, the third stage's
// ignition and the core's separation come within 1.3 s of mission time;
// each caption stays up for kStoryCaptionMinS of presentation.
TEST(StoryMode, CaptionsStayUpLongEnoughToRead) {
  app::StoryMode story(timeline(), {});
  const sim::MissionEvent* last = nullptr;
  double shownFor = 0.0, shortest = 1e9;
  std::string shortestId;
  for (double wall = 0.0; wall < 400.0 && !story.current().finished; wall += 0.05) {
    const app::StoryFrame f = story.advance(0.05);
    if (f.holding) story.next();
    if (f.caption != last) {
      if (last && !f.holding && shownFor < shortest) {
        shortest = shownFor;
        shortestId = last->id;
      }
      last = f.caption;
      shownFor = 0.0;
    }
    shownFor += 0.05;
  }
  EXPECT_GE(shortest, app::kStoryCaptionMinS - 0.06) << shortestId;
}
