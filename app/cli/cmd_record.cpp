// `rendezvous record`: a range of the mission to a video (or a PNG sequence),
// headless through EGL, piped to ffmpeg. The options become a RecordPlan
// (record_plan.h: pure, unit-tested), which `--plan` prints and the pipeline
// carries out (record_pipeline.h: render -> read-back -> encoder -> ffmpeg).
//
// [SECTION] cameras: --camera, --shots and the director (camera names are read here)
// [SECTION] effects before the pipeline: --progress-fd, --plan's checks, --subtitles
// [SECTION] the command
#include <fcntl.h>
#include <sys/stat.h>

#include <cerrno>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <optional>

#include "base/file_io.h"
#include "camera_director.h"
#include "camera_presets.h"
#include "caption_schedule.h"
#include "cli.h"
#include "command.h"
#include "exit_codes.h"
#include "frame_builder.h"
#include "mission_context.h"
#include "overlay_options.h"
#include "record_pipeline.h"
#include "record_plan.h"
#include "sim/mission_timeline.h"
#include "video_encoder.h"

namespace rv::app {
namespace {

// ---------------------------------------------------------------------------
// [SECTION] cameras

struct RecordCameras {
  std::optional<CameraKind> fixed;         // --camera NAME; none: the director's cuts
  std::optional<CameraDirector> director;  // --shots, or the automatic director
  OverlayChoice overlays;                  // --overlays
};

// --camera and --overlays, checked before the mission loads.
Result<RecordCameras> cameraOptions(const RecordOptions& opt) {
  RecordCameras cams;
  if (opt.camera != "auto") {
    cams.fixed = parseCameraName(opt.camera);
    if (!cams.fixed) {
      std::string names = "auto";
      for (CameraKind k : kAllCameras) names += std::string(", ") + cameraName(k);
      return fail("--camera '" + opt.camera + "' is not a camera; use one of " + names,
                  ErrorKind::kBadInput);
    }
  }
  const auto overlays = parseOverlayList(opt.overlays);
  if (!overlays) return fail("--overlays: " + overlays.error().message, ErrorKind::kBadInput);
  cams.overlays = *overlays;
  return cams;
}

// The creator's shot list when given (checked before anything renders,
// --plan included), else the automatic director.
Result<void> chooseDirector(const RecordOptions& opt, const RecordPlan& plan,
                            const sim::MissionTimeline& timeline, RecordCameras& cams) {
  if (!opt.shots.empty()) {
    if (cams.fixed) return fail("--shots chooses the cameras; drop --camera", ErrorKind::kBadInput);
    auto director = CameraDirector::fromShotScript(opt.shots, timeline);
    if (!director) return director.takeError();
    cams.director = std::move(director).value();
    return {};
  }
  cams.director = CameraDirector::forMission(
      timeline.startUtcS(), timeline.liftoffUtcS(), timeline.events(),
      plan.warp ? &*plan.warp : nullptr, plan.schedule.isWarped() ? 1.0 : plan.schedule.speed());
  return {};
}

// The camera (or the director's cut and blend) and the overlays at utc.
FrameRequest requestAt(const RecordCameras& cams, double utc) {
  FrameRequest req;
  req.utcS = utc;
  if (cams.fixed) {
    req.camera = *cams.fixed;
  } else {
    const CameraShot shot = cams.director->shotAt(utc);
    req.camera = shot.camera;
    if (shot.blend < 1.0) {
      req.fromCamera = shot.previous;
      req.blend = shot.blend;
    }
  }
  // Unset overlays follow the camera of each frame (the director cuts).
  req.overlays = resolveOverlays(req.camera, cams.overlays);
  return req;
}

// ---------------------------------------------------------------------------
// [SECTION] effects before the pipeline

// --progress-fd N: an open, writable descriptor. It is closed on exec (ffmpeg
// must not hold the parent's pipe open) and, when it is a pipe, made
// non-blocking so a reader that stops reading cannot stall the recording.
Result<void> prepareProgressFd(int fd) {
  const int flags = fd >= 0 ? ::fcntl(fd, F_GETFL) : -1;
  if (flags < 0 || (flags & O_ACCMODE) == O_RDONLY)
    return fail(
        "--progress-fd " + std::to_string(fd) + " is not a file descriptor open for writing",
        ErrorKind::kBadInput);
  ::fcntl(fd, F_SETFD, ::fcntl(fd, F_GETFD) | FD_CLOEXEC);
  struct stat st {};
  if (::fstat(fd, &st) == 0 && S_ISFIFO(st.st_mode)) ::fcntl(fd, F_SETFL, flags | O_NONBLOCK);
  return {};
}

// --plan: checks what the recording would check before it renders (the
// output's form, and ffmpeg writing one frame with these very arguments: the
// codec exists, the container takes it, the size suits it), then prints the
// plan on stdout.
int printPlan(const RecordPlan& plan) {
  if (!plan.encoder.outputPath.empty()) {
    if (const auto checked = checkOutputRequest(plan.encoder); !checked)
      return failRecord(checked.error());
    if (const auto probed = probeEncoder(plan.encoder); !probed) return failRecord(probed.error());
  }
  std::fputs(formatPlan(plan).c_str(), stdout);
  if (plan.mode == RecordMode::Plan)
    std::fprintf(stderr,
                 "rendezvous: record --plan: give -o VIDEO for a time and size estimate "
                 "measured on a sample\n");
  return kExitOk;
}

// Written before the first frame: a stopped recording still has its captions.
// Through the careful writer, so a full disk (/dev/full) is an error, never
// "captions written".
int writeSubtitles(const RecordPlan& plan) {
  if (const auto written = io::writeFile(plan.subtitlesPath, formatSrt(plan.cues)); !written) {
    const Error& e = written.error();
    const std::string why = e.sysErrno != 0 ? std::strerror(e.sysErrno) : e.message;
    return failRecord(kExitRuntimeError, "cannot write the subtitles to " + plan.subtitlesPath +
                                             ": " + why +
                                             " (check that the folder exists and is writable)");
  }
  std::fprintf(stderr, "rendezvous: record: %zu captions written to %s\n", plan.cues.size(),
               plan.subtitlesPath.c_str());
  return kExitOk;
}

// ---------------------------------------------------------------------------
// [SECTION] the command

int runRecord(const RecordOptions& opt, const GlobalOptions& global) {
  // Arguments that need no mission first, so typos fail fast.
  if (const auto checked = checkRecordOptions(opt); !checked) return failRecord(checked.error());
  auto cameras = cameraOptions(opt);
  if (!cameras) return failRecord(cameras.error());
  if (opt.progressFd) {
    if (const auto prepared = prepareProgressFd(*opt.progressFd); !prepared)
      return failRecord(prepared.error());
  }

  auto loaded = loadAndSimulate(global);
  if (!loaded) return failRecord(loaded.error());
  const std::unique_ptr<LoadedMission> mission = std::move(loaded).value();
  const auto planned = planRecord(opt, *mission->timeline);
  if (!planned) return failRecord(planned.error());
  const RecordPlan& plan = *planned;
  RecordCameras& cams = *cameras;
  if (const auto chosen = chooseDirector(opt, plan, *mission->timeline, cams); !chosen)
    return failRecord(chosen.error());

  const auto startedAt = std::chrono::steady_clock::now();  // --plan's estimate counts from here
  int code = kExitOk;
  if (plan.mode != RecordMode::Record) {
    code = printPlan(plan);
    if (code != kExitOk || plan.mode == RecordMode::Plan) return code;
  }
  if (!plan.subtitlesPath.empty() && (code = writeSubtitles(plan)) != kExitOk) return code;
  return runRecordPipeline(
      plan, *mission, [&](double utc) { return requestAt(cams, utc); }, startedAt);
}

}  // namespace

Command addRecordCommand(CLI::App& app, const GlobalOptions& global) {
  auto opt = std::make_shared<RecordOptions>();
  CLI::App* sub = app.add_subcommand(
      "record", "Record a range of the mission to a video (ffmpeg) or PNG sequence, headless");
  sub->add_option("--from", opt->from,
                  "First instant: ISO-8601 UTC, T+S/T-S, an event id, or 'start'");
  sub->add_option("--to", opt->to, "Last instant (exclusive), same forms, or 'end'");
  auto* speed = sub->add_option("--speed", opt->speed,
                                "Mission seconds per video second (default 1, real time)");
  sub->add_option("--duration", opt->durationS, "Video length in seconds (sets the speed)")
      ->excludes(speed);
  sub->add_option("--fps", opt->fps, "Frames per second: 24, 25, 30, 50 or 60 (default 30)");
  sub->add_option("-s,--size", opt->size, "Frame size WIDTHxHEIGHT (default 1280x720)");
  sub->add_option("--camera", opt->camera, "Camera name, or 'auto' for the director (default)");
  sub->add_flag("--overlay", opt->overlay, "Burn in UTC, T+, telemetry and event captions");
  addPictureOptions(sub, opt->overlays, opt->quality);
  sub->add_option("-o,--output", opt->output,
                  "Video file (out.mp4, out.mkv) or PNG pattern (frames/f_%05d.png)");
  sub->add_option("--codec", opt->codec, "ffmpeg video encoder (default libx264)");
  sub->add_option("--crf", opt->crf, "Constant rate factor, 0 (lossless) to 51 (default 18)");
  sub->add_option("--preset", opt->preset,
                  "Film preset 'full-mission', or an x264 speed preset (ultrafast ... veryslow)");
  sub->add_option("--encoder-preset", opt->encoderPreset,
                  "x264/x265 speed preset, to combine with a film preset (default medium)");
  sub->add_option("--frames", opt->frames,
                  "Render only frames A..B-1 of the video (A:B, A:, :B), for chunked renders");
  sub->add_option("--progress-fd", opt->progressFd,
                  "Also write machine-readable progress to this file descriptor: lines "
                  "'frames DONE TOTAL ELAPSED_S' (for the window's Record panel)")
      ->group("Scripting");
  sub->add_option("--shots", opt->shots,
                  "Your own cuts instead of --camera auto: camera@time,... (times as for --from, "
                  "e.g. \"pad@T-10,chase@T+8,onboard@12:14,chase@contact-20\")");
  sub->add_option("--subtitles", opt->subtitles,
                  "Also write the event captions as SubRip (.srt), timed in video seconds as "
                  "the overlay shows them (each on screen 3 to 6 s, queued, never dropped)");
  sub->add_flag("--plan", opt->plan,
                "Print the frame count, fps and span, then exit without rendering");
  return {sub, [opt, &global] {
            // An exception unwinds through the encoder, which kills ffmpeg and
            // removes the partial file; std::terminate would leave both.
            try {
              return runRecord(*opt, global);
            } catch (const std::exception& e) {
              return failRecord(kExitRuntimeError, std::string("internal error: ") + e.what());
            }
          }};
}

}  // namespace rv::app
