#include "record_job.h"

#include <gtest/gtest.h>

#include <cmath>

#include "sim/mission_events.h"

using namespace rv::app;

namespace {
RecordTiming timing(double from, double to, int fps = 30) {
  RecordTiming t;
  t.fromUtcS = from;
  t.toUtcS = to;
  t.fps = fps;
  return t;
}
}  // namespace

TEST(RecordSchedule, RealTimeFrameTimesAreExact) {
  auto s = RecordSchedule::constant(timing(1000.0, 1010.0));
  ASSERT_TRUE(s) << rv::errorMessage(s);
  EXPECT_EQ(s->frameCount(), 300);  // [from, to) at 30 fps
  EXPECT_DOUBLE_EQ(s->durationS(), 10.0);
  for (int64_t i : {0, 1, 29, 30, 299}) {
    // from + i * speed / fps, evaluated the same way, bit for bit.
    EXPECT_EQ(s->frameUtcS(i), 1000.0 + static_cast<double>(i) * 1.0 / 30);
  }
  EXPECT_EQ(s->frameUtcS(30), 1001.0);
}

TEST(RecordSchedule, SpeedAndDuration) {
  auto t = timing(0.0, 600.0);
  t.speed = 20.0;
  auto s = RecordSchedule::constant(t);
  ASSERT_TRUE(s) << rv::errorMessage(s);
  EXPECT_EQ(s->frameCount(), 900);  // 30 s of video
  EXPECT_EQ(s->frameUtcS(3), 2.0);

  auto d = timing(0.0, 600.0, 60);
  d.durationS = 12.0;
  s = RecordSchedule::constant(d);
  ASSERT_TRUE(s) << rv::errorMessage(s);
  EXPECT_EQ(s->frameCount(), 720);
  EXPECT_DOUBLE_EQ(s->speed(), 50.0);
  EXPECT_LT(s->frameUtcS(719), 600.0);

  // Not an exact multiple: the last frame still lies before --to.
  auto odd = timing(0.0, 1.01);
  s = RecordSchedule::constant(odd);
  ASSERT_TRUE(s) << rv::errorMessage(s);
  EXPECT_EQ(s->frameCount(), 31);
  EXPECT_LT(s->frameUtcS(30), 1.01);
}

TEST(RecordSchedule, FrameCountSurvivesRoundingOfMissionTimes) {
  // T+60 to T+61.6 on 5 Oct 2021: 1.6 s is not exact near 6.9e8 s.
  const double liftoff = 686'612'102.442;
  auto s = RecordSchedule::constant(timing(liftoff + 60.0, liftoff + 61.6));
  ASSERT_TRUE(s) << rv::errorMessage(s);
  EXPECT_EQ(s->frameCount(), 48);
}

TEST(RecordSchedule, FrameTimeDoesNotDependOnPreviousFrames) {
  auto t = timing(686'620'000.25, 686'640'000.0, 60);
  t.speed = 7.0;
  auto s = RecordSchedule::constant(t);
  ASSERT_TRUE(s) << rv::errorMessage(s);
  // A chunk starting at frame k computes exactly what a full run does.
  for (int64_t k : {int64_t{0}, int64_t{1}, int64_t{777}, int64_t{10000}, s->frameCount() - 1})
    EXPECT_EQ(s->frameUtcS(k), t.fromUtcS + static_cast<double>(k) * 7.0 / 60);
}

TEST(RecordSchedule, RejectsBadInput) {
  const auto why = [](const RecordTiming& t) {
    const auto s = RecordSchedule::constant(t);
    EXPECT_FALSE(s.ok());
    if (!s) EXPECT_EQ(s.error().kind, rv::ErrorKind::kBadInput);
    return rv::errorMessage(s);
  };
  EXPECT_NE(why(timing(10.0, 10.0)).find("later"), std::string::npos);
  EXPECT_FALSE(RecordSchedule::constant(timing(10.0, 5.0)));
  EXPECT_NE(why(timing(0.0, 5.0, 29)).find("--fps"), std::string::npos);
  auto t = timing(0.0, 5.0);
  t.speed = -1.0;
  EXPECT_FALSE(RecordSchedule::constant(t));
  t.speed = 1.0;
  t.durationS = 3.0;
  EXPECT_FALSE(RecordSchedule::constant(t));
  t.speed.reset();
  t.durationS = 0.0;
  EXPECT_FALSE(RecordSchedule::constant(t));
  for (int fps : {24, 25, 30, 50, 60}) EXPECT_TRUE(isSupportedFps(fps));
  for (int fps : {0, 1, 29, 120}) EXPECT_FALSE(isSupportedFps(fps));
}

TEST(FrameRange, Parses) {
  auto r = parseFrameRange("10:20", 100);
  ASSERT_TRUE(r) << rv::errorMessage(r);
  EXPECT_EQ(r->first, 10);
  EXPECT_EQ(r->end, 20);
  EXPECT_EQ(r->count(), 10);
  r = parseFrameRange("90:", 100);
  ASSERT_TRUE(r);
  EXPECT_EQ(r->end, 100);
  r = parseFrameRange(":5", 100);
  ASSERT_TRUE(r);
  EXPECT_EQ(r->first, 0);
  for (const char* bad : {"", "5", "a:b", "20:10", "10:10", "-1:5", "0:101", "1:2:3", " 1:2"}) {
    const auto r = parseFrameRange(bad, 100);
    EXPECT_FALSE(r) << bad;
    EXPECT_NE(rv::errorMessage(r).find("--frames"), std::string::npos) << bad;
  }
}

TEST(TimeWarp, ConstantSpeedIsLinear) {
  auto w = TimeWarp::create({{100.0, 4.0}, {500.0, 4.0}});
  ASSERT_TRUE(w) << rv::errorMessage(w);
  EXPECT_DOUBLE_EQ(w->totalVideoS(), 100.0);
  EXPECT_DOUBLE_EQ(w->utcAtVideoTime(25.0), 200.0);
  EXPECT_DOUBLE_EQ(w->videoTimeAt(300.0), 50.0);
}

TEST(TimeWarp, GeometricRampRoundTripsAndIsMonotonic) {
  auto w = TimeWarp::create({{0.0, 1.0}, {10.0, 1.0}, {110.0, 100.0}, {1110.0, 100.0}});
  ASSERT_TRUE(w) << rv::errorMessage(w);
  // Ramp 1 -> 100 over 100 s: integral of dt/s = 100 * (1 - 1/100) / ln 100.
  const double ramp = 100.0 * (1.0 - 0.01) / std::log(100.0);
  EXPECT_NEAR(w->totalVideoS(), 10.0 + ramp + 10.0, 1e-9);
  double last = -1.0;
  for (int i = 0; i <= 1000; ++i) {
    const double v = w->totalVideoS() * i / 1000.0;
    const double t = w->utcAtVideoTime(v);
    EXPECT_GT(t, last - 1e-12);
    last = t;
    EXPECT_NEAR(w->videoTimeAt(t), v, 1e-7);
  }
  // Speed is continuous across anchors and geometric in between.
  EXPECT_NEAR(w->speedAt(60.0), 10.0, 1e-9);
  EXPECT_NEAR(w->speedAt(10.0 - 1e-9), w->speedAt(10.0 + 1e-9), 1e-6);
  EXPECT_FALSE(TimeWarp::create({{0.0, 1.0}}));
  EXPECT_FALSE(TimeWarp::create({{0.0, 1.0}, {0.0, 2.0}}));
  EXPECT_FALSE(TimeWarp::create({{0.0, 1.0}, {1.0, 0.0}}));
}

TEST(TimeWarp, FullMissionFilmIsAFewMinutesAndSlowAtKeyEvents) {
  const double liftoff = 10'000.0;
  std::vector<rv::sim::MissionEvent> ev;
  const auto add = [&](const char* id, double met) {
    rv::sim::MissionEvent e;
    e.id = id;
    e.utcS = liftoff + met;
    e.metS = met;
    ev.push_back(e);
  };
  add("liftoff", 0.0);
  add("booster_sep", 118.0);
  add("core_sep", 287.0);
  add("spacecraft_sep", 529.0);
  add("burn_1", 2700.0);
  add("burn_2", 5400.0);
  add("approach_start", 9000.0);
  add("contact", 11'800.0);
  add("hatch_open", 21'500.0);
  const TimeWarp w = fullMissionWarp(liftoff - 300.0, liftoff + 21'600.0, liftoff, ev);
  EXPECT_GT(w.totalVideoS(), 120.0);
  EXPECT_LT(w.totalVideoS(), 360.0);
  EXPECT_DOUBLE_EQ(w.speedAt(liftoff), 1.0);
  EXPECT_LE(w.speedAt(liftoff + 118.0), 2.0 + 1e-9);
  EXPECT_LE(w.speedAt(liftoff + 11'800.0), 2.0 + 1e-9);
  EXPECT_GE(w.speedAt(liftoff + 4000.0), 100.0);  // the coast between burns
  auto s = RecordSchedule::warped(w, 30);
  ASSERT_TRUE(s) << rv::errorMessage(s);
  EXPECT_EQ(s->frameUtcS(0), liftoff - 300.0);
  double last = s->frameUtcS(0);
  for (int64_t i = 1; i < s->frameCount(); ++i) {
    const double t = s->frameUtcS(i);
    ASSERT_GT(t, last) << i;
    last = t;
  }
  EXPECT_LE(last, liftoff + 21'600.0);
}
