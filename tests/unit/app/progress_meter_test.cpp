#include "progress_meter.h"

#include <gtest/gtest.h>

#include <algorithm>

#include "burn_in_overlay.h"
#include "video_encoder.h"

using namespace rv::app;

TEST(RecordProgress, Figures) {
  const ProgressFigures f{120, 240, 4.0};
  EXPECT_DOUBLE_EQ(progressFps(f), 30.0);
  EXPECT_DOUBLE_EQ(progressEtaS(f), 4.0);
  EXPECT_EQ(formatProgressBar(f, 10), "[#####.....]  50%  120/240 frames  30.0 fps  0:04 left");
  EXPECT_EQ(formatProgressLine(f), "record: 120/240 frames (50%), 30.0 fps, 0:04 left");
  EXPECT_EQ(formatProgressBar({0, 10, 0.0}, 4), "[....]   0%  0/10 frames  0.0 fps  --:-- left");
  EXPECT_EQ(formatDuration(3725.0), "1:02:05");
  EXPECT_EQ(formatDuration(-1.0), "--:--");
}

TEST(RecordProgressMessage, RoundTripsAndRejectsWhatItDoesNotKnow) {
  const ProgressFigures f{12, 48, 0.532};
  EXPECT_EQ(formatProgressMessage(f), "frames 12 48 0.532\n");
  const auto back = parseProgressMessage("frames 12 48 0.532");
  ASSERT_TRUE(back);
  EXPECT_EQ(back->done, 12);
  EXPECT_EQ(back->total, 48);
  EXPECT_DOUBLE_EQ(back->elapsedS, 0.532);
  for (const char* bad :
       {"", "frames", "frames 12 48", "frames 12 48 0.5 extra", "frame 1 2 0.1", "frames -1 48 0.1",
        "frames 49 48 0.1", "frames 1 0 0.1", "frames 1 2 nan", "frames 1 2 -3",
        "rendezvous: record: 120/240 frames (50%)", "frames 1x 2 0.1"})
    EXPECT_FALSE(parseProgressMessage(bad)) << "'" << bad << "'";
}

TEST(VideoEncoder, SequencePatterns) {
  EXPECT_TRUE(isImageSequencePattern("f_%05d.png"));
  EXPECT_TRUE(isImageSequencePattern("dir/%d.png"));
  EXPECT_FALSE(isImageSequencePattern("out.mp4"));
  EXPECT_FALSE(isImageSequencePattern("f_%s.png"));
  EXPECT_FALSE(isImageSequencePattern("%d_%d.png"));
  EXPECT_EQ(formatSequencePath("f_%05d.png", 7), "f_00007.png");
  EXPECT_EQ(formatSequencePath("a/%d.png", 123456), "a/123456.png");
}

TEST(VideoEncoder, FfmpegArguments) {
  VideoEncoderDesc d;
  d.width = 160;
  d.height = 90;
  d.fps = 60;
  const auto a = ffmpegArguments(d, "pipe:0", "x.mp4");
  const auto has = [&](const std::string& k, const std::string& v) {
    for (size_t i = 0; i + 1 < a.size(); ++i)
      if (a[i] == k && a[i + 1] == v) return true;
    return false;
  };
  EXPECT_TRUE(has("-s", "160x90"));
  EXPECT_TRUE(has("-framerate", "60"));
  EXPECT_TRUE(has("-crf", "18"));
  EXPECT_TRUE(has("-preset", "medium"));
  EXPECT_TRUE(has("-pix_fmt", "yuv420p"));
  EXPECT_TRUE(has("-c:v", "libx264"));
  EXPECT_TRUE(has("-colorspace", "bt709"));  // tagged as editors expect
  EXPECT_TRUE(has("-color_range", "tv"));
  EXPECT_TRUE(has("-movflags", "+faststart"));  // the index first
  EXPECT_EQ(a.back(), "x.mp4");
  d.codec = "ffv1";
  EXPECT_FALSE(codecUsesYuv420(d.codec));
}

TEST(RecordOverlay, WrapsAndScalesWithHeight) {
  const auto measure = [](std::string_view s, float px) {
    return static_cast<float>(s.size()) * px * 0.5f;
  };
  const auto lines = wrapText("one two three four five", 10.0f, 70.0f, measure);
  ASSERT_EQ(lines.size(), 2u);
  EXPECT_EQ(lines[0], "one two three");
  EXPECT_EQ(overlayTextPx(720), 30.0f);
  EXPECT_EQ(overlayTextPx(2160), 90.0f);
  EXPECT_EQ(overlayTextPx(90), 8.0f);
  OverlayFacts f;
  f.metS = 118.0;
  f.altitudeKm = 45.0;
  f.eventName = "Booster separation";
  f.eventCaption = "The four boosters fall away.";
  const auto lay = layoutOverlay(f, 1280, 720, measure);
  bool sawMet = false, sawEvent = false;
  for (const auto& r : lay.runs) {
    sawMet = sawMet || r.text.rfind("T+", 0) == 0;
    sawEvent = sawEvent || r.text == "Booster separation";
    EXPECT_GE(r.posPx.y, 0.0f);
    EXPECT_LE(r.posPx.y, 720.0f);
  }
  EXPECT_TRUE(sawMet);
  EXPECT_TRUE(sawEvent);
}

TEST(RecordOverlay, SpeedIsLabelledInertialAndClosingHasNoNegativeZero) {
  const auto measure = [](std::string_view t, float px) {
    return static_cast<float>(t.size()) * px * 0.5f;
  };
  OverlayFacts f;
  f.speedKms = 0.324;
  f.rangeM = 0.4;
  f.rangeRateMs = 0.001;  // opening by a millimetre a second: rounds to zero
  std::vector<std::string> texts;
  for (const auto& r : layoutOverlay(f, 1280, 720, measure).runs) texts.push_back(r.text);
  EXPECT_NE(std::find(texts.begin(), texts.end(), "Speed (inertial) 324 m/s"), texts.end());
  EXPECT_NE(std::find(texts.begin(), texts.end(), "Closing 0.00 m/s"), texts.end());
  f.rangeRateMs = -0.12;
  texts.clear();
  for (const auto& r : layoutOverlay(f, 1280, 720, measure).runs) texts.push_back(r.text);
  EXPECT_NE(std::find(texts.begin(), texts.end(), "Closing 0.12 m/s"), texts.end());
  EXPECT_NE(std::find(texts.begin(), texts.end(), "Range to ISS 0.4 m"), texts.end());
  f.rangeRateMs = 0.3;  // backing off: a plain word, not a minus sign
  texts.clear();
  for (const auto& r : layoutOverlay(f, 1280, 720, measure).runs) texts.push_back(r.text);
  EXPECT_NE(std::find(texts.begin(), texts.end(), "Opening 0.30 m/s"), texts.end());
}

// The caption sits at the bottom, unless the subject is there: then it
// moves to the top rather than cover it.
TEST(RecordOverlay, CaptionMovesClearOfTheSubject) {
  const auto measure = [](std::string_view t, float px) {
    return static_cast<float>(t.size()) * px * 0.5f;
  };
  OverlayFacts f;
  f.eventName = "Booster separation";
  f.eventCaption = "The four boosters fall away.";
  const auto captionY = [&](const OverlayFacts& facts) {
    for (const auto& r : layoutOverlay(facts, 1280, 720, measure).runs)
      if (r.text == "Booster separation") return r.posPx.y;
    return -1.0f;
  };
  const float alone = captionY(f);
  EXPECT_GT(alone, 360.0f) << "bottom by default";
  f.subjectPx = std::pair{800.0f, 640.0f};  // under the caption box
  EXPECT_LT(captionY(f), 360.0f) << "moved to the top";
  f.subjectPx = std::pair{640.0f, 200.0f};  // high in the frame: the bottom is free
  EXPECT_FLOAT_EQ(captionY(f), alone);
}
