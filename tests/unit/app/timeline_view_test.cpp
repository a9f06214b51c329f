#include "timeline_view.h"

#include <gtest/gtest.h>

using rv::app::TimelineView;

TEST(TimelineView, MapsTheWholeMissionOntoTheBar) {
  TimelineView v(1000.0, 23000.0);
  EXPECT_TRUE(v.showsWholeMission());
  EXPECT_DOUBLE_EQ(v.xOf(1000.0, 10.0, 1100.0), 10.0);
  EXPECT_DOUBLE_EQ(v.xOf(23000.0, 10.0, 1100.0), 1110.0);
  EXPECT_DOUBLE_EQ(v.xOf(12000.0, 10.0, 1100.0), 560.0);
  EXPECT_DOUBLE_EQ(v.utcAt(560.0, 10.0, 1100.0), 12000.0);
  // Outside the bar clamps to the mission.
  EXPECT_DOUBLE_EQ(v.utcAt(-100.0, 10.0, 1100.0), 1000.0);
  EXPECT_DOUBLE_EQ(v.utcAt(5000.0, 10.0, 1100.0), 23000.0);
}

TEST(TimelineView, ZoomKeepsThePointUnderThePointerAndStopsAt10s) {
  TimelineView v(0.0, 22000.0);
  const double about = 6000.0;
  const double xBefore = v.xOf(about, 0.0, 1000.0);
  v.zoom(0.5, about);
  EXPECT_DOUBLE_EQ(v.spanS(), 11000.0);
  EXPECT_NEAR(v.xOf(about, 0.0, 1000.0), xBefore, 1e-9);
  for (int i = 0; i < 100; ++i) v.zoom(0.5, about);
  EXPECT_DOUBLE_EQ(v.spanS(), TimelineView::kMinSpanS);
  EXPECT_LE(v.viewStartUtcS(), about);
  EXPECT_GE(v.viewEndUtcS(), about);
  for (int i = 0; i < 100; ++i) v.zoom(2.0, about);
  EXPECT_TRUE(v.showsWholeMission());
  EXPECT_DOUBLE_EQ(v.viewStartUtcS(), 0.0);
  EXPECT_DOUBLE_EQ(v.viewEndUtcS(), 22000.0);
}

TEST(TimelineView, PanStaysInsideTheMission) {
  TimelineView v(0.0, 1000.0);
  v.zoom(0.1, 500.0);
  v.pan(1e6);
  EXPECT_DOUBLE_EQ(v.viewEndUtcS(), 1000.0);
  v.pan(-1e6);
  EXPECT_DOUBLE_EQ(v.viewStartUtcS(), 0.0);
}

TEST(TimelineView, KeepsThePlayheadInView) {
  TimelineView v(0.0, 10000.0);
  v.zoom(0.01, 0.0);  // 100 s at the start
  EXPECT_DOUBLE_EQ(v.viewStartUtcS(), 0.0);
  v.keepInView(5000.0);
  EXPECT_LT(v.viewStartUtcS(), 5000.0);
  EXPECT_GT(v.viewEndUtcS(), 5000.0);
  EXPECT_DOUBLE_EQ(v.spanS(), 100.0);
  const double start = v.viewStartUtcS();
  v.keepInView(v.viewStartUtcS() + 50.0);  // already well inside: no scroll
  EXPECT_DOUBLE_EQ(v.viewStartUtcS(), start);
  v.keepInView(10000.0);
  EXPECT_DOUBLE_EQ(v.viewEndUtcS(), 10000.0);
}

TEST(TimelineView, TickStepsAreRoundNumbers) {
  using rv::app::niceTickStepS;
  EXPECT_EQ(niceTickStepS(10.0, 10), 1.0);
  EXPECT_EQ(niceTickStepS(100.0, 10), 10.0);
  EXPECT_EQ(niceTickStepS(1000.0, 8), 300.0);
  EXPECT_EQ(niceTickStepS(22000.0, 8), 3600.0);
  EXPECT_EQ(niceTickStepS(1e7, 8), 14400.0);
}

TEST(TimelineView, FormatsMissionTime) {
  using rv::app::formatMetShort;
  EXPECT_EQ(formatMetShort(0.0), "T+00:00:00");
  EXPECT_EQ(formatMetShort(118.8), "T+00:01:58");
  EXPECT_EQ(formatMetShort(-300.0), "T-00:05:00");
  EXPECT_EQ(formatMetShort(12449.0), "T+03:27:29");
}
