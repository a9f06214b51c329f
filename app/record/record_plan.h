#pragma once
// `rendezvous record`, planned before anything renders: the command line's
// values and the mission's timeline in; what to render, at which instants,
// and where it goes out, or the first thing wrong with the options. Pure (no
// GL, no files, no processes, no clock), so it is unit-tested; the CLI
// carries a plan out (record_pipeline.h) and `record --plan` prints it.
//
// The cameras (--camera, --shots) and the 3D overlays (--overlays) are the
// scene's names, so the CLI reads those (cmd_record.cpp), not the plan.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "base/result.h"
#include "caption_schedule.h"
#include "cli_values.h"
#include "record_job.h"
#include "render/renderer.h"
#include "video_encoder.h"

namespace rv::sim {
class MissionTimeline;
}

namespace rv::app {

// The command line's values, as typed (cmd_record.cpp binds them).
struct RecordOptions {
  std::string from, to;
  std::optional<double> speed, durationS;
  int fps = 30;
  std::string size = "1280x720";
  std::string camera = "auto";  // read by the CLI
  bool overlay = false;
  std::string overlays = "default";  // --overlays: the 3D view's lines and labels (the CLI's)
  std::string quality = "high";      // --quality: high (4x MSAA) or low (none)
  std::string output;
  std::string codec = "libx264";
  std::optional<int> crf;
  std::string preset;         // film preset (full-mission) or encoder preset
  std::string encoderPreset;  // x264/x265 speed preset
  std::string frames;         // A:B
  bool plan = false;
  std::string subtitles;          // --subtitles: the captions as SubRip beside the video
  std::string shots;              // --shots: the creator's own cuts (the CLI's)
  std::optional<int> progressFd;  // machine-readable progress (progress_meter.h)
};

// --plan with a video output: a short sample from the middle of the piece,
// rendered and encoded with the very same settings into a hidden file beside
// the output, timed and measured for the estimates, then removed.
struct PlanSample {
  FrameRange frames;
  std::string outputPath;
};

enum class RecordMode {
  Record,       // render the piece into the output
  Plan,         // print the plan only (--plan without a video output)
  PlanAndTime,  // print the plan, then render and measure a sample
};

struct RecordPlan {
  RecordMode mode = RecordMode::Record;
  ImageSize size;
  RecordSchedule schedule;       // every frame of the whole video
  std::optional<TimeWarp> warp;  // --preset full-mission's varying speed
  FrameRange piece;              // what --frames asks for (default: every frame)
  std::vector<CaptionCue> cues;  // in video seconds, for the overlay and the .srt alike
  VideoEncoderDesc encoder;      // the output asked for; its first frame is the piece's
  std::optional<PlanSample> sample;
  bool burnIn = false;  // --overlay
  render::RenderQuality quality = render::RenderQuality::High;
  std::string subtitlesPath;  // empty: none (never for --plan)
  std::optional<int> progressFd;

  // What is rendered, into which file: the piece into the output, or the
  // sample into its hidden file.
  FrameRange renderedFrames() const { return sample ? sample->frames : piece; }
  VideoEncoderDesc renderedEncoder() const;
  // Mission seconds per video second at mission time utcS.
  double speedAt(double utcS) const { return warp ? warp->speedAt(utcS) : schedule.speed(); }
};

// The checks that need no mission, so a typo fails before the mission loads
// (planRecord makes them too). Errors are kBadInput (exit 2) and name the
// first thing wrong with the options.
Result<void> checkRecordOptions(const RecordOptions& options);

Result<RecordPlan> planRecord(const RecordOptions& options, const sim::MissionTimeline& timeline);

// `record --plan`'s machine-readable lines (for scripts/render-farm.sh): the
// whole video, the piece --frames asks for, the captions, and "estimate
// none" when there is no sample to time.
std::string formatPlan(const RecordPlan& plan);

}  // namespace rv::app
