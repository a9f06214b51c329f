// Captions timed in video seconds: at x1 and at x100, every event inside a
// recording gets its caption, each on screen between 3 and 6 s of video,
// in order, never overlapping, never before its event; and the .srt says
// the same.
#include "caption_schedule.h"

#include <gtest/gtest.h>

#include "app_fixture.h"
#include "record_job.h"

using namespace rv;

namespace {

app::RecordSchedule scheduleAt(double fromUtc, double toUtc, double speed) {
  app::RecordTiming t;
  t.fromUtcS = fromUtc;
  t.toUtcS = toUtc;
  t.speed = speed;
  t.fps = 30;
  auto s = app::RecordSchedule::constant(t);
  EXPECT_TRUE(s) << rv::errorMessage(s);
  return *s;
}

void expectReadable(const std::vector<app::CaptionCue>& cues, const app::RecordSchedule& s,
                    size_t events) {
  ASSERT_EQ(cues.size(), events) << "a caption was dropped";
  for (size_t i = 0; i < cues.size(); ++i) {
    const double shown = cues[i].endVideoS - cues[i].startVideoS;
    // The last one may be cut by the video's end (hatch opening, a minute
    // before the mission's end, is 0.6 s of video at x100).
    const bool cutByTheEnd = i + 1 == cues.size() && cues[i].endVideoS >= s.durationS() - 1e-9;
    if (!cutByTheEnd) EXPECT_GE(shown, app::kCaptionMinS - 1e-9) << cues[i].event->id;
    EXPECT_LE(shown, app::kCaptionMaxS + 1e-9) << cues[i].event->id;
    // Never before its own event's frame.
    EXPECT_GE(s.frameUtcS(static_cast<int64_t>(std::ceil(cues[i].startVideoS * s.fps() - 1e-6))),
              cues[i].event->utcS - 1e-6)
        << cues[i].event->id;
    if (i > 0) EXPECT_GE(cues[i].startVideoS, cues[i - 1].endVideoS - 1e-9);
  }
}

size_t eventsBetween(double a, double b) {
  size_t n = 0;
  for (const auto& e : app::test::sharedTimeline().events()) n += e.utcS >= a && e.utcS <= b;
  return n;
}

}  // namespace

// The launch at x1, and the whole mission at x100 (3.7 minutes of video for
// 38 events, some a fraction of a second apart).
TEST(CaptionSchedule, EveryCaptionIsReadableAtX1AndX100) {
  const auto& tl = app::test::sharedTimeline();
  for (double speed : {1.0, 100.0}) {
    const double from = speed == 1.0 ? tl.liftoffUtcS() - 20.0 : tl.startUtcS();
    const double to = speed == 1.0 ? tl.liftoffUtcS() + 600.0 : tl.endUtcS();
    const app::RecordSchedule s = scheduleAt(from, to, speed);
    const std::vector<app::CaptionCue> cues = app::captionCues(tl.events(), s);
    const double lastShown = s.frameUtcS(s.frameCount() - 1);
    expectReadable(cues, s, eventsBetween(from, lastShown));
    // At x100 the core cut-off, third-stage ignition and core separation
    // (1.2 s of mission) are queued: the third starts 6 s of video after
    // the first, not a twentieth of a second.
    if (speed == 100.0) {
      const auto* cut = tl.findEvent("core_cutoff");
      const auto* sep = tl.findEvent("core_sep");
      double cutStart = -1, sepStart = -1;
      for (const auto& c : cues) {
        if (c.event == cut) cutStart = c.startVideoS;
        if (c.event == sep) sepStart = c.startVideoS;
      }
      EXPECT_GE(sepStart - cutStart, 2 * app::kCaptionMinS - 1e-9);
    }
  }
}

TEST(CaptionSchedule, SrtCarriesTheSameCues) {
  const auto& tl = app::test::sharedTimeline();
  const app::RecordSchedule s = scheduleAt(tl.liftoffUtcS() - 20.0, tl.liftoffUtcS() + 10.0, 1.0);
  const std::vector<app::CaptionCue> cues = app::captionCues(tl.events(), s);
  ASSERT_EQ(cues.size(), 2u);  // engine ignition, lift-off
  const std::string srt = app::formatSrt(cues);
  // Ignition 5 s into the video (T-15), lift-off at 20 s, each up for 6 s
  // (to within a frame: the first frame at or after the event).
  EXPECT_EQ(srt.rfind("1\n00:00:05,0", 0), 0u) << srt;
  EXPECT_NE(srt.find("\nEngine ignition\n"), std::string::npos) << srt;
  EXPECT_NE(srt.find("\n2\n00:00:20,0"), std::string::npos) << srt;
  EXPECT_NE(srt.find("\nLift-off\n"), std::string::npos) << srt;
  EXPECT_NEAR(cues[0].endVideoS - cues[0].startVideoS, app::kCaptionMaxS, 1e-9);
  EXPECT_EQ(app::cueAt(cues, 7.0), &cues[0]);
  EXPECT_EQ(app::cueAt(cues, 15.0), nullptr);
}
