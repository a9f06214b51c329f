#include "record_plan.h"

#include <algorithm>
#include <cstdarg>
#include <cstdio>
#include <filesystem>

#include "astro/time_scales.h"
#include "mission_context.h"
#include "sim/mission_events.h"
#include "sim/mission_timeline.h"

namespace rv::app {
namespace {

constexpr const char* kFilmPresets[] = {"full-mission"};
constexpr const char* kEncoderPresets[] = {"ultrafast", "superfast", "veryfast", "faster",
                                           "fast",      "medium",    "slow",     "slower",
                                           "veryslow",  "placebo"};
// --plan's sample: long enough for a steady frame rate once warmed up.
constexpr int64_t kPlanSampleFrames = 32;

template <class List>
bool contains(const List& list, const std::string& s) {
  for (const char* x : list)
    if (s == x) return true;
  return false;
}

bool isFilmPreset(const RecordOptions& opt) {
  return contains(kFilmPresets, opt.preset);
}

// --preset names a film or an x264 speed preset; the latter wins over
// --encoder-preset.
std::string encoderPresetOf(const RecordOptions& opt) {
  return !opt.preset.empty() && !isFilmPreset(opt) ? opt.preset : opt.encoderPreset;
}

struct Timing {
  RecordSchedule schedule;
  std::optional<TimeWarp> warp;
};

// --from or --to on the timeline: 'start', 'end' or any mission time form.
Result<double> resolveBound(const sim::MissionTimeline& timeline, const std::string& text,
                            const char* what) {
  if (text == "start") return timeline.startUtcS();
  if (text == "end") return timeline.endUtcS();
  auto v = resolveMissionTime(timeline, text);
  if (!v) return fail(std::string(what) + ": " + v.error().message, ErrorKind::kBadInput);
  return v;
}

// The instant of every frame: the film preset's warp, or --from/--to at a
// constant --speed (or --duration).
// Errors are kBadInput: the options ask for what the mission cannot give.
Result<Timing> planTiming(const RecordOptions& opt, const sim::MissionTimeline& timeline) {
  const auto bad = [](std::string message) {
    return fail(std::move(message), ErrorKind::kBadInput);
  };
  if (isFilmPreset(opt)) {
    const TimeWarp warp = fullMissionWarp(timeline.startUtcS(), timeline.endUtcS(),
                                          timeline.liftoffUtcS(), timeline.events());
    auto schedule = RecordSchedule::warped(warp, opt.fps);
    if (!schedule) return schedule.takeError();
    return Timing{*schedule, warp};
  }
  auto from = resolveBound(timeline, opt.from, "--from");
  if (!from) return from.takeError();
  auto to = resolveBound(timeline, opt.to, "--to");
  if (!to) return to.takeError();
  const auto outside = [&](double utc) {
    return utc < timeline.startUtcS() - 1e-6 || utc > timeline.endUtcS() + 1e-6;
  };
  if (outside(*from) || outside(*to)) {
    const double met0 = timeline.startUtcS() - timeline.liftoffUtcS();
    const double met1 = timeline.endUtcS() - timeline.liftoffUtcS();
    return bad("--from/--to must lie within the mission, " + sim::formatMet(met0) + " to " +
               sim::formatMet(met1));
  }
  RecordTiming t;
  t.fromUtcS = *from;
  t.toUtcS = *to;
  t.speed = opt.speed;
  t.durationS = opt.durationS;
  t.fps = opt.fps;
  auto schedule = RecordSchedule::constant(t);
  if (!schedule) return schedule.takeError();
  return Timing{*schedule, std::nullopt};
}

VideoEncoderDesc encoderDesc(const RecordOptions& opt, const RecordPlan& plan) {
  VideoEncoderDesc desc;
  desc.outputPath = opt.output;
  desc.width = plan.size.width;
  desc.height = plan.size.height;
  desc.fps = opt.fps;
  desc.codec = opt.codec;
  desc.crf = opt.crf;
  desc.preset = encoderPresetOf(opt);
  desc.firstFrameNumber = plan.piece.first;
  return desc;
}

RecordMode modeOf(const RecordOptions& opt) {
  if (!opt.plan) return RecordMode::Record;
  // A sample needs a video to time and measure; a PNG pattern is no video.
  if (opt.output.empty() || opt.output.find('%') != std::string::npos) return RecordMode::Plan;
  return RecordMode::PlanAndTime;
}

PlanSample planSample(const FrameRange& piece, const std::string& output) {
  const int64_t k = std::min<int64_t>(piece.count(), kPlanSampleFrames);
  const int64_t first = piece.first + (piece.count() - k) / 2;
  const std::filesystem::path out(output);
  return {{first, first + k},
          (out.parent_path() / (".rendezvous-plan-sample" + out.extension().string())).string()};
}

// printf into a string, for lines short enough for one buffer.
[[gnu::format(printf, 2, 3)]] void appendf(std::string& out, const char* format, ...) {
  char line[256];
  va_list args;
  va_start(args, format);
  std::vsnprintf(line, sizeof line, format, args);
  va_end(args);
  out += line;
}

}  // namespace

VideoEncoderDesc RecordPlan::renderedEncoder() const {
  VideoEncoderDesc desc = encoder;
  if (sample) {
    desc.outputPath = sample->outputPath;
    desc.firstFrameNumber = sample->frames.first;
  }
  return desc;
}

Result<void> checkRecordOptions(const RecordOptions& opt) {
  const auto bad = [](std::string message) {
    return fail(std::move(message), ErrorKind::kBadInput);
  };
  if (const auto size = parseImageSize(opt.size); !size) return bad(size.error().message);
  if (!isSupportedFps(opt.fps))
    return bad("--fps " + std::to_string(opt.fps) + " is not supported; use 24, 25, 30, 50 or 60");
  const bool film = isFilmPreset(opt);
  if (!opt.preset.empty() && !film && !contains(kEncoderPresets, opt.preset))
    return bad("--preset '" + opt.preset +
               "' is neither a film preset (full-mission) nor an encoder preset (ultrafast ... "
               "veryslow)");
  if (const std::string p = encoderPresetOf(opt); !p.empty() && !contains(kEncoderPresets, p))
    return bad("--encoder-preset '" + p + "' is not an x264 preset");
  if (!film && (opt.from.empty() || opt.to.empty()))
    return bad("give --from and --to (or --preset full-mission)");
  if (film && (opt.speed || opt.durationS))
    return bad("--preset full-mission sets its own speeds; drop --speed/--duration");
  if (opt.output.empty() && !opt.plan) return bad("-o/--output is required");
  if (opt.crf && (*opt.crf < 0 || *opt.crf > 51))
    return bad("--crf must be between 0 (lossless) and 51");
  if (opt.quality != "high" && opt.quality != "low") return bad("--quality must be high or low");
  return {};
}

Result<RecordPlan> planRecord(const RecordOptions& opt, const sim::MissionTimeline& timeline) {
  if (auto checked = checkRecordOptions(opt); !checked) return checked.takeError();
  auto timing = planTiming(opt, timeline);
  if (!timing) return timing.takeError();
  RecordPlan plan;
  plan.schedule = timing->schedule;
  plan.warp = timing->warp;
  plan.size = *parseImageSize(opt.size);
  plan.piece = {0, plan.schedule.frameCount()};
  if (!opt.frames.empty()) {
    auto r = parseFrameRange(opt.frames, plan.schedule.frameCount());
    if (!r) return r.takeError();
    plan.piece = *r;
  }
  plan.cues = captionCues(timeline.events(), plan.schedule);
  plan.encoder = encoderDesc(opt, plan);
  plan.mode = modeOf(opt);
  if (plan.mode == RecordMode::PlanAndTime) plan.sample = planSample(plan.piece, opt.output);
  plan.burnIn = opt.overlay;
  plan.quality = opt.quality == "low" ? render::RenderQuality::Low : render::RenderQuality::High;
  // Written before the first frame (a stopped recording still has its
  // captions), and never for --plan.
  if (!opt.plan) plan.subtitlesPath = opt.subtitles;
  plan.progressFd = opt.progressFd;
  return plan;
}

std::string formatPlan(const RecordPlan& plan) {
  const RecordSchedule& s = plan.schedule;
  const auto iso = [&](int64_t frame) { return astro::formatIsoUtc(s.frameUtcS(frame), 3); };
  std::string out;
  appendf(out, "frames %lld\nfps %d\nduration_s %.6f\n", static_cast<long long>(s.frameCount()),
          s.fps(), s.durationS());
  appendf(out, "first_utc %s\nlast_utc %s\n", iso(0).c_str(), iso(s.frameCount() - 1).c_str());
  appendf(out, "piece_frames %lld\npiece_first %lld\n", static_cast<long long>(plan.piece.count()),
          static_cast<long long>(plan.piece.first));
  appendf(out, "piece_first_utc %s\npiece_last_utc %s\n", iso(plan.piece.first).c_str(),
          iso(plan.piece.end - 1).c_str());
  appendf(out, "captions %zu\n", plan.cues.size());
  if (plan.mode == RecordMode::Plan) out += "estimate none\n";
  return out;
}

}  // namespace rv::app
