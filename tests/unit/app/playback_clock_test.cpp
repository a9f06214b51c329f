#include "playback_clock.h"

#include <gtest/gtest.h>

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
