// `record`'s plan (record_plan.h): options + the bundled mission's timeline
// -> what is rendered, at which instants, into which output; or the first
// thing wrong with the options. No GL, no files, no ffmpeg.
#include "record_plan.h"

#include <gtest/gtest.h>

#include <string>

#include "app_fixture.h"
#include "mission_context.h"
#include "sim/mission_timeline.h"

using namespace rv::app;

namespace {

double missionTime(const std::string& text) {
  const auto utc = resolveMissionTime(test::sharedTimeline(), text);
  EXPECT_TRUE(utc) << rv::errorMessage(utc);
  return utc.value_or(0.0);
}

// Two seconds before docking contact, real time, 30 fps, to a video.
RecordOptions contactOptions() {
  RecordOptions opt;
  opt.from = "contact-20";
  opt.to = "contact-18";
  opt.output = "out.mp4";
  return opt;
}

RecordPlan planOf(const RecordOptions& opt) {
  auto planned = planRecord(opt, test::sharedTimeline());
  if (!planned) {
    ADD_FAILURE() << planned.error().message;
    return {};
  }
  return std::move(planned).value();
}

// The message planRecord gives, or "" when it plans.
std::string errorOf(const RecordOptions& opt) {
  auto planned = planRecord(opt, test::sharedTimeline());
  if (planned) return "";
  EXPECT_EQ(planned.error().kind, rv::ErrorKind::kBadInput) << "option errors are usage errors";
  return planned.error().message;
}

}  // namespace

TEST(RecordPlan, RealTimeRangeIsEveryFrameFromFromToBeforeTo) {
  const RecordPlan plan = planOf(contactOptions());
  const double from = missionTime("contact-20");
  EXPECT_EQ(plan.mode, RecordMode::Record);
  EXPECT_EQ(plan.schedule.frameCount(), 60);  // 2 s at 30 fps
  EXPECT_EQ(plan.schedule.fps(), 30);
  EXPECT_EQ(plan.schedule.frameUtcS(0), from);
  EXPECT_NEAR(plan.schedule.frameUtcS(59), from + 59.0 / 30.0, 1e-6);
  EXPECT_LT(plan.schedule.frameUtcS(59), missionTime("contact-18"));
  EXPECT_EQ(plan.piece.first, 0);
  EXPECT_EQ(plan.piece.end, 60);
  EXPECT_EQ(plan.renderedFrames().count(), 60);
  EXPECT_FALSE(plan.warp);
  EXPECT_DOUBLE_EQ(plan.speedAt(from), 1.0);
  // What the encoder is told.
  EXPECT_EQ(plan.encoder.outputPath, "out.mp4");
  EXPECT_EQ(plan.encoder.width, 1280);
  EXPECT_EQ(plan.encoder.height, 720);
  EXPECT_EQ(plan.encoder.fps, 30);
  EXPECT_EQ(plan.encoder.codec, "libx264");
  EXPECT_EQ(plan.encoder.firstFrameNumber, 0);
  EXPECT_EQ(plan.renderedEncoder().outputPath, "out.mp4");
  EXPECT_FALSE(plan.burnIn);
  EXPECT_EQ(plan.quality, rv::render::RenderQuality::High);
}

TEST(RecordPlan, SpeedFromAndFpsMoveTheFrames) {
  const RecordPlan base = planOf(contactOptions());

  RecordOptions faster = contactOptions();
  faster.speed = 4.0;  // 2 mission seconds in half a second of video
  const RecordPlan fast = planOf(faster);
  EXPECT_EQ(fast.schedule.frameCount(), 15);
  EXPECT_EQ(fast.schedule.frameUtcS(0), base.schedule.frameUtcS(0));
  EXPECT_NEAR(fast.schedule.frameUtcS(1) - fast.schedule.frameUtcS(0), 4.0 / 30.0, 1e-6);
  EXPECT_DOUBLE_EQ(fast.speedAt(fast.schedule.frameUtcS(3)), 4.0);

  RecordOptions earlier = contactOptions();
  earlier.from = "contact-30";  // ten seconds more
  const RecordPlan longer = planOf(earlier);
  EXPECT_EQ(longer.schedule.frameCount(), 360);
  EXPECT_NEAR(base.schedule.frameUtcS(0) - longer.schedule.frameUtcS(0), 10.0, 1e-6);
  EXPECT_EQ(longer.schedule.frameUtcS(300), base.schedule.frameUtcS(0));

  RecordOptions slower = contactOptions();
  slower.durationS = 4.0;  // stretched to twice real time
  slower.fps = 60;
  const RecordPlan slow = planOf(slower);
  EXPECT_EQ(slow.schedule.frameCount(), 240);
  EXPECT_DOUBLE_EQ(slow.schedule.speed(), 0.5);
  EXPECT_EQ(slow.encoder.fps, 60);
}

TEST(RecordPlan, FramesPickAPieceAndNumberItsFiles) {
  RecordOptions opt = contactOptions();
  opt.output = "frames/f_%05d.png";
  opt.frames = "10:25";
  const RecordPlan plan = planOf(opt);
  EXPECT_EQ(plan.schedule.frameCount(), 60);  // the whole video's times stay
  EXPECT_EQ(plan.piece.first, 10);
  EXPECT_EQ(plan.piece.end, 25);
  EXPECT_EQ(plan.renderedFrames().first, 10);
  EXPECT_EQ(plan.encoder.firstFrameNumber, 10);

  opt.frames = "50:";
  EXPECT_EQ(planOf(opt).piece.count(), 10);
  opt.frames = ":5";
  EXPECT_EQ(planOf(opt).piece.count(), 5);
}

TEST(RecordPlan, OptionsTheEncoderAndTheRendererTake) {
  RecordOptions opt = contactOptions();
  opt.size = "640x360";
  opt.codec = "libx265";
  opt.crf = 23;
  opt.preset = "veryfast";  // an encoder preset through --preset
  opt.overlay = true;
  opt.quality = "low";
  opt.subtitles = "out.srt";
  opt.progressFd = 7;
  const RecordPlan plan = planOf(opt);
  EXPECT_EQ(plan.size.width, 640);
  EXPECT_EQ(plan.encoder.height, 360);
  EXPECT_EQ(plan.encoder.codec, "libx265");
  EXPECT_EQ(plan.encoder.crf, 23);
  EXPECT_EQ(plan.encoder.preset, "veryfast");
  EXPECT_TRUE(plan.burnIn);
  EXPECT_EQ(plan.quality, rv::render::RenderQuality::Low);
  EXPECT_EQ(plan.subtitlesPath, "out.srt");
  EXPECT_EQ(plan.progressFd, 7);

  opt.preset.clear();
  opt.encoderPreset = "slow";
  EXPECT_EQ(planOf(opt).encoder.preset, "slow");
}

TEST(RecordPlan, StartAndEndAreTheMissionsBounds) {
  RecordOptions opt = contactOptions();
  opt.from = "start";
  opt.to = "T-250";
  opt.speed = 10.0;
  const RecordPlan plan = planOf(opt);
  EXPECT_EQ(plan.schedule.frameUtcS(0), test::sharedTimeline().startUtcS());
  EXPECT_EQ(plan.schedule.frameCount(), 150);  // 50 s at x10, 30 fps

  opt.from = "contact+30";
  opt.to = "end";
  opt.speed = 100.0;
  EXPECT_EQ(errorOf(opt), "");
}

TEST(RecordPlan, FilmPresetWarpsTheWholeMission) {
  RecordOptions opt;
  opt.preset = "full-mission";
  opt.encoderPreset = "fast";
  opt.output = "film.mp4";
  const RecordPlan plan = planOf(opt);
  ASSERT_TRUE(plan.warp);
  EXPECT_TRUE(plan.schedule.isWarped());
  EXPECT_EQ(plan.schedule.frameUtcS(0), test::sharedTimeline().startUtcS());
  EXPECT_GT(plan.schedule.durationS(), 120.0);
  EXPECT_LT(plan.schedule.durationS(), 600.0);
  EXPECT_EQ(plan.encoder.preset, "fast");
  // Slow at lift-off, fast through the coast.
  const double liftoff = test::sharedTimeline().liftoffUtcS();
  EXPECT_DOUBLE_EQ(plan.speedAt(liftoff), 1.0);
  EXPECT_GT(plan.speedAt(liftoff + 3600.0), 100.0);
  EXPECT_GT(plan.cues.size(), 10u);  // every event's caption, queued
}

TEST(RecordPlan, PlanModesAndTheMeasuredSample) {
  RecordOptions opt = contactOptions();
  opt.plan = true;
  opt.subtitles = "out.srt";
  opt.output.clear();
  RecordPlan plan = planOf(opt);
  EXPECT_EQ(plan.mode, RecordMode::Plan);  // nothing to time
  EXPECT_FALSE(plan.sample);
  EXPECT_EQ(plan.subtitlesPath, "");  // --plan writes nothing

  opt.output = "frames/f_%05d.png";  // a PNG sequence is no video to measure
  EXPECT_EQ(planOf(opt).mode, RecordMode::Plan);

  opt.output = "videos/out.mkv";
  opt.frames = "0:50";
  plan = planOf(opt);
  EXPECT_EQ(plan.mode, RecordMode::PlanAndTime);
  ASSERT_TRUE(plan.sample);
  // 32 frames from the middle of the piece, into a hidden file beside it.
  EXPECT_EQ(plan.sample->frames.first, 9);
  EXPECT_EQ(plan.sample->frames.end, 41);
  EXPECT_EQ(plan.sample->outputPath, "videos/.rendezvous-plan-sample.mkv");
  EXPECT_EQ(plan.renderedFrames().first, 9);
  EXPECT_EQ(plan.renderedEncoder().outputPath, "videos/.rendezvous-plan-sample.mkv");
  EXPECT_EQ(plan.renderedEncoder().firstFrameNumber, 9);
  EXPECT_EQ(plan.encoder.outputPath, "videos/out.mkv");  // what --plan checks

  opt.frames = "0:20";  // shorter than a sample: all of it
  EXPECT_EQ(planOf(opt).sample->frames.count(), 20);
}

TEST(RecordPlan, PrintsTheVideoThePieceAndTheCaptions) {
  RecordOptions opt = contactOptions();
  opt.plan = true;
  opt.output.clear();
  opt.frames = "30:60";
  opt.to = "contact+10";
  // As `rendezvous record --plan --from contact-20 --to contact+10
  // --frames 30:60` printed before the plan was split out of the command.
  const std::string text = formatPlan(planOf(opt));
  EXPECT_EQ(text,
            "frames 900\nfps 30\nduration_s 30.000000\n"
            "first_utc 2021-10-05T12:22:17.868Z\nlast_utc 2021-10-05T12:22:47.834Z\n"
            "piece_frames 30\npiece_first 30\n"
            "piece_first_utc 2021-10-05T12:22:18.868Z\npiece_last_utc 2021-10-05T12:22:19.834Z\n"
            "captions 1\nestimate none\n");
  opt.speed = 2.0;  // half the frames, the same span
  EXPECT_NE(formatPlan(planOf(opt)).find("frames 450\n"), std::string::npos);
  opt.output = "out.mp4";
  EXPECT_EQ(formatPlan(planOf(opt)).find("estimate none"), std::string::npos);
}

TEST(RecordPlan, OptionErrorsNeedNoMission) {
  const auto check = [](const RecordOptions& opt) {
    const auto checked = checkRecordOptions(opt);
    if (checked) return std::string();
    EXPECT_EQ(checked.error().kind, rv::ErrorKind::kBadInput);
    return checked.error().message;
  };
  EXPECT_EQ(check(contactOptions()), "");
  RecordOptions opt = contactOptions();
  opt.size = "1280";
  EXPECT_NE(check(opt).find("'1280' is not a valid size"), std::string::npos) << check(opt);
  opt = contactOptions();
  opt.fps = 31;
  EXPECT_EQ(check(opt), "--fps 31 is not supported; use 24, 25, 30, 50 or 60");
  opt = contactOptions();
  opt.preset = "bogus";
  EXPECT_NE(check(opt).find("--preset 'bogus' is neither a film preset"), std::string::npos);
  opt = contactOptions();
  opt.encoderPreset = "fastest";
  EXPECT_EQ(check(opt), "--encoder-preset 'fastest' is not an x264 preset");
  opt = contactOptions();
  opt.to.clear();
  EXPECT_EQ(check(opt), "give --from and --to (or --preset full-mission)");
  opt = RecordOptions{};
  opt.preset = "full-mission";
  opt.output = "film.mp4";
  opt.durationS = 60.0;
  EXPECT_EQ(check(opt), "--preset full-mission sets its own speeds; drop --speed/--duration");
  opt = contactOptions();
  opt.output.clear();
  EXPECT_EQ(check(opt), "-o/--output is required");
  opt.plan = true;  // --plan needs none
  EXPECT_EQ(check(opt), "");
  opt = contactOptions();
  opt.crf = 52;
  EXPECT_EQ(check(opt), "--crf must be between 0 (lossless) and 51");
  opt = contactOptions();
  opt.quality = "best";
  EXPECT_EQ(check(opt), "--quality must be high or low");
  // planRecord makes the same checks first.
  EXPECT_EQ(errorOf(opt), "--quality must be high or low");
}

TEST(RecordPlan, ErrorsThatNeedTheTimeline) {
  RecordOptions opt = contactOptions();
  opt.to = "nowhere";
  EXPECT_EQ(errorOf(opt).rfind("--to: 'nowhere' is not a time or a known event", 0), 0u)
      << errorOf(opt);
  opt = contactOptions();
  opt.from = "T-100000";
  EXPECT_EQ(errorOf(opt).rfind("--from/--to must lie within the mission, T-00:05:00.0 to ", 0), 0u)
      << errorOf(opt);
  opt = contactOptions();
  std::swap(opt.from, opt.to);
  EXPECT_EQ(errorOf(opt), "--to must be later than --from");
  opt = contactOptions();
  opt.speed = -2.0;
  EXPECT_EQ(errorOf(opt), "--speed must be a positive number");
  opt = contactOptions();
  opt.durationS = 0.01;
  EXPECT_EQ(errorOf(opt), "--duration is shorter than one frame");
  opt = contactOptions();
  opt.speed = 2.0;
  opt.durationS = 1.0;  // the CLI refuses both; the plan does too
  EXPECT_EQ(errorOf(opt), "give --speed or --duration, not both");
  opt = contactOptions();
  opt.frames = "5:1000";
  EXPECT_EQ(errorOf(opt),
            "--frames '5:1000': must satisfy 0 <= A < B <= 60 (the video has 60 frames)");
  opt.frames = "five";
  EXPECT_NE(errorOf(opt).find("expected A:B"), std::string::npos) << errorOf(opt);
  opt = contactOptions();
  opt.from = "start";
  opt.to = "end";
  opt.speed = 1e-3;
  EXPECT_EQ(errorOf(opt), "that range is more than 100 million frames; raise --speed");
}
