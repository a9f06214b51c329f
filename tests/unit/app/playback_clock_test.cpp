#include "playback_clock.h"

#include <gtest/gtest.h>

using rv::app::EndMode;
using rv::app::PlaybackClock;

TEST(PlaybackClock, AdvancesOnlyWhilePlayingWithWarp) {
  PlaybackClock c(0.0, 1000.0, 100.0);
  c.advance(1.0);
  EXPECT_EQ(c.nowUtcS(), 100.0);
  c.setPlaying(true);
  c.setWarp(10.0);
  c.advance(0.5);
  EXPECT_EQ(c.nowUtcS(), 105.0);
  c.setWarp(-100.0);
  c.advance(0.5);
  EXPECT_EQ(c.nowUtcS(), 55.0);
}

TEST(PlaybackClock, StopsAtTheEnds) {
  PlaybackClock c(0.0, 1000.0, 990.0);
  c.setPlaying(true);
  c.setWarp(100.0);
  c.advance(1.0);
  EXPECT_EQ(c.nowUtcS(), 1000.0);
  EXPECT_FALSE(c.playing());
  c.seek(-50.0);
  EXPECT_EQ(c.nowUtcS(), 0.0);
  c.seek(5000.0);
  EXPECT_EQ(c.nowUtcS(), 1000.0);
}

TEST(PlaybackClock, LoopsToTheOtherEnd) {
  PlaybackClock c(0.0, 1000.0, 990.0);
  c.setEndMode(EndMode::Loop);
  c.setPlaying(true);
  c.setWarp(100.0);
  c.advance(1.0);
  EXPECT_EQ(c.nowUtcS(), 0.0);
  EXPECT_TRUE(c.playing());
  c.reverse();
  c.advance(0.01);  // 1 s backwards from the start: wraps to the end
  EXPECT_EQ(c.nowUtcS(), 1000.0);
  EXPECT_TRUE(c.playing());
}

TEST(PlaybackClock, PlayAtTheStoppedEndStartsOver) {
  PlaybackClock c(0.0, 1000.0, 1000.0);
  c.togglePlaying();
  EXPECT_TRUE(c.playing());
  EXPECT_EQ(c.nowUtcS(), 0.0);
  c.togglePlaying();
  EXPECT_FALSE(c.playing());
  EXPECT_EQ(c.nowUtcS(), 0.0);
}

TEST(WarpSteps, FasterAndSlowerKeepTheDirectionDownToSlowMotion) {
  using rv::app::steppedWarp;
  EXPECT_EQ(steppedWarp(1, +1), 2);
  EXPECT_EQ(steppedWarp(10, +1), 30);
  EXPECT_EQ(steppedWarp(1000, +1), 10000);
  EXPECT_EQ(steppedWarp(10000, +1), 10000);
  EXPECT_EQ(steppedWarp(1, -1), 0.5);  // slower than x1 is slow motion, still forwards
  EXPECT_EQ(steppedWarp(0.5, -1), 0.25);
  EXPECT_EQ(steppedWarp(0.25, -1), 0.1);
  EXPECT_EQ(steppedWarp(0.1, -1), 0.1);  // and stops there: never reverse
  EXPECT_EQ(steppedWarp(-1, +1), -2);    // backwards, faster
  EXPECT_EQ(steppedWarp(-1, -1), -0.5);  // backwards, slower
  EXPECT_EQ(steppedWarp(-0.1, -1), -0.1);
  EXPECT_EQ(steppedWarp(-10000, +1), -10000);
  // Every step faster then slower comes back, both ways.
  for (double w : rv::app::kWarpSteps)
    if (w != 10000 && w != -10000) {
      EXPECT_EQ(steppedWarp(steppedWarp(w, +1), -1), w) << w;
    }
}

TEST(WarpSteps, OffListWarpsSnapToTheNearest) {
  using rv::app::nearestWarpStep;
  EXPECT_EQ(nearestWarpStep(3.0), 2.0);
  EXPECT_EQ(nearestWarpStep(60.0), 30.0);
  EXPECT_EQ(nearestWarpStep(-7000.0), -10000.0);
  EXPECT_EQ(nearestWarpStep(0.0), -0.1);  // tie: the first (either is fine, never 0)
  EXPECT_EQ(nearestWarpStep(0.3), 0.25);
  PlaybackClock c(0.0, 1.0, 0.0);
  c.setWarp(7.0);
  EXPECT_EQ(c.warp(), 5.0);
}

TEST(PlaybackClock, ReverseAndRealTime) {
  PlaybackClock c(0.0, 1000.0, 500.0);
  c.setWarp(100.0);
  c.reverse();
  EXPECT_EQ(c.warp(), -100.0);
  c.realTime();
  EXPECT_EQ(c.warp(), 1.0);
  EXPECT_TRUE(c.playing());
}
