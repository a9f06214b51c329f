// `rendezvous record`: a range of the mission to a video (or a PNG sequence),
// headless through EGL, piped to ffmpeg. Frame i shows the mission instant
// the schedule gives it (record_job.h), never a wall-clock-dependent one.
//
// [SECTION] options and validation
// [SECTION] the frame loop: render -> asynchronous read-back -> encoder thread -> ffmpeg
// [SECTION] signals: SIGINT/SIGTERM finish the file written so far
#include <fcntl.h>
#include <signal.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cmath>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <optional>

#include "astro/time_scales.h"
#include "burn_in_overlay.h"
#include "camera_director.h"
#include "camera_presets.h"
#include "caption_schedule.h"
#include "cli.h"
#include "cli_values.h"
#include "command.h"
#include "frame_builder.h"
#include "headless_gl.h"
#include "mission_context.h"
#include "progress_meter.h"
#include "record_job.h"
#include "render/readback.h"
#include "renderer_desc.h"
#include "sim/mission_events.h"
#include "sim/telemetry.h"
#include "video_encoder.h"

namespace rv::app {
namespace {

// ---------------------------------------------------------------------------
// [SECTION] options and validation

struct RecordOptions {
  std::string from, to;
  std::optional<double> speed, durationS;
  int fps = 30;
  std::string size = "1280x720";
  std::string camera = "auto";
  bool overlay = false;
  std::string overlays = "default";  // --overlays: the 3D view's lines and labels
  std::string quality = "high";      // --quality: high (4x MSAA) or low (none)
  std::string output;
  std::string codec = "libx264";
  std::optional<int> crf;
  std::string preset;         // film preset (full-mission) or encoder preset
  std::string encoderPreset;  // x264/x265 speed preset
  std::string frames;         // A:B
  bool plan = false;
  std::string subtitles;          // --subtitles: the captions as SubRip beside the video
  std::string shots;              // --shots: the creator's own cuts instead of --camera auto
  std::optional<int> progressFd;  // machine-readable progress (progress_meter.h)
};

constexpr const char* kFilmPresets[] = {"full-mission"};
constexpr const char* kEncoderPresets[] = {"ultrafast", "superfast", "veryfast", "faster",
                                           "fast",      "medium",    "slow",     "slower",
                                           "veryslow",  "placebo"};

template <class List>
bool contains(const List& list, const std::string& s) {
  for (const char* x : list)
    if (s == x) return true;
  return false;
}

int fail(int code, const std::string& message) {
  std::fprintf(stderr, "rendezvous: record: %s\n", message.c_str());
  return code;
}

// --progress-fd N: an open, writable descriptor. It is closed on exec (ffmpeg
// must not hold the parent's pipe open) and, when it is a pipe, made
// non-blocking so a reader that stops reading cannot stall the recording.
bool prepareProgressFd(int fd, std::string* error) {
  const int flags = fd >= 0 ? ::fcntl(fd, F_GETFL) : -1;
  if (flags < 0 || (flags & O_ACCMODE) == O_RDONLY) {
    *error = "--progress-fd " + std::to_string(fd) + " is not a file descriptor open for writing";
    return false;
  }
  ::fcntl(fd, F_SETFD, ::fcntl(fd, F_GETFD) | FD_CLOEXEC);
  struct stat st {};
  if (::fstat(fd, &st) == 0 && S_ISFIFO(st.st_mode)) ::fcntl(fd, F_SETFL, flags | O_NONBLOCK);
  return true;
}

// ---------------------------------------------------------------------------
// [SECTION] signals

volatile std::sig_atomic_t g_stopSignal = 0;

void onStopSignal(int sig) {
  g_stopSignal = sig;
  // A second Ctrl-C kills at once (the default action).
  std::signal(sig, SIG_DFL);
}

class StopSignals {
 public:
  StopSignals() {
    g_stopSignal = 0;
    struct sigaction sa {};
    sa.sa_handler = onStopSignal;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = SA_RESTART;
    sigaction(SIGINT, &sa, &m_oldInt);
    sigaction(SIGTERM, &sa, &m_oldTerm);
  }
  ~StopSignals() {
    sigaction(SIGINT, &m_oldInt, nullptr);
    sigaction(SIGTERM, &m_oldTerm, nullptr);
  }
  StopSignals(const StopSignals&) = delete;
  StopSignals& operator=(const StopSignals&) = delete;

 private:
  struct sigaction m_oldInt {
  }, m_oldTerm{};
};

// The telemetry and caption read-outs for --overlay; the caption is the cue
// on screen at this frame's video time.
OverlayFacts overlayFacts(const sim::MissionTimeline& timeline, double utcS, double speed,
                          const CaptionCue* cue, double videoS) {
  OverlayFacts f;
  f.utcS = utcS;
  f.metS = utcS - timeline.liftoffUtcS();
  f.speed = speed;
  const sim::MissionFrame frame = timeline.frame(utcS);
  const sim::ObjectState& soyuz = frame[sim::ObjectId::Soyuz];
  const sim::ObjectState& stack = frame[sim::ObjectId::Stack];
  const sim::ObjectState& shown = soyuz.exists && !soyuz.attached ? soyuz : stack;
  if (shown.exists) {
    const sim::Telemetry t = sim::telemetry(timeline, shown, utcS);
    f.altitudeKm = t.altitudeM / 1000.0;
    f.speedKms = t.inertialSpeedMs / 1000.0;
    // Once docked there is no range to close: neither figure is shown.
    if (shown.phase != sim::Phase::Docked) {
      f.rangeM = t.rangeM;
      f.rangeRateMs = t.rangeRateMs;
    }
  }
  // The caption on screen now, timed in video seconds (caption_schedule.h).
  if (cue) {
    f.eventName = cue->event->name;
    f.eventCaption = cue->event->caption;
    f.eventAge01 = (videoS - cue->startVideoS) / std::max(cue->endVideoS - cue->startVideoS, 1e-9);
  }
  return f;
}

// ---------------------------------------------------------------------------
// [SECTION] the frame loop

int runRecord(const RecordOptions& opt, const GlobalOptions& global) {
  // Arguments that need no mission first, so typos fail fast.
  std::string err;
  const auto size = parseImageSize(opt.size, &err);
  if (!size) return fail(kExitUsage, err);
  if (!isSupportedFps(opt.fps))
    return fail(kExitUsage,
                "--fps " + std::to_string(opt.fps) + " is not supported; use 24, 25, 30, 50 or 60");
  const bool filmPreset = contains(kFilmPresets, opt.preset);
  std::string encoderPreset = opt.encoderPreset;
  if (!opt.preset.empty() && !filmPreset) {
    if (!contains(kEncoderPresets, opt.preset))
      return fail(kExitUsage, "--preset '" + opt.preset +
                                  "' is neither a film preset (full-mission) nor an encoder "
                                  "preset (ultrafast ... veryslow)");
    encoderPreset = opt.preset;
  }
  if (!encoderPreset.empty() && !contains(kEncoderPresets, encoderPreset))
    return fail(kExitUsage, "--encoder-preset '" + encoderPreset + "' is not an x264 preset");
  if (!filmPreset && (opt.from.empty() || opt.to.empty()))
    return fail(kExitUsage, "give --from and --to (or --preset full-mission)");
  if (filmPreset && (opt.speed || opt.durationS))
    return fail(kExitUsage, "--preset full-mission sets its own speeds; drop --speed/--duration");
  std::optional<CameraKind> fixedCamera;
  if (opt.camera != "auto") {
    fixedCamera = parseCameraName(opt.camera);
    if (!fixedCamera) {
      std::string names = "auto";
      for (CameraKind k : kAllCameras) names += std::string(", ") + cameraName(k);
      return fail(kExitUsage, "--camera '" + opt.camera + "' is not a camera; use one of " + names);
    }
  }
  if (opt.output.empty() && !opt.plan) return fail(kExitUsage, "-o/--output is required");
  const std::optional<OverlayChoice> overlays = parseOverlayList(opt.overlays, &err);
  if (!overlays) return fail(kExitUsage, "--overlays: " + err);
  if (opt.crf && (*opt.crf < 0 || *opt.crf > 51))
    return fail(kExitUsage, "--crf must be between 0 (lossless) and 51");
  if (opt.progressFd && !prepareProgressFd(*opt.progressFd, &err)) return fail(kExitUsage, err);

  int code = kExitOk;
  auto mission = loadMissionOrExplain(global, &err, &code);
  if (!mission) return fail(code, err);
  const sim::MissionTimeline& timeline = *mission->timeline;

  std::optional<RecordSchedule> schedule;
  std::optional<TimeWarp> warp;
  if (filmPreset) {
    warp = fullMissionWarp(timeline.startUtcS(), timeline.endUtcS(), timeline.liftoffUtcS(),
                           timeline.events());
    schedule = RecordSchedule::warped(*warp, opt.fps, &err);
  } else {
    RecordTiming t;
    const auto resolve = [&](const std::string& text, const char* what) -> std::optional<double> {
      if (text == "start") return timeline.startUtcS();
      if (text == "end") return timeline.endUtcS();
      std::string e;
      auto v = resolveMissionTime(timeline, text, &e);
      if (!v) err = std::string(what) + ": " + e;
      return v;
    };
    const auto from = resolve(opt.from, "--from");
    if (!from) return fail(kExitUsage, err);
    const auto to = resolve(opt.to, "--to");
    if (!to) return fail(kExitUsage, err);
    const double met0 = timeline.startUtcS() - timeline.liftoffUtcS();
    const double met1 = timeline.endUtcS() - timeline.liftoffUtcS();
    const auto outside = [&](double utc) {
      return utc < timeline.startUtcS() - 1e-6 || utc > timeline.endUtcS() + 1e-6;
    };
    if (outside(*from) || outside(*to))
      return fail(kExitUsage, "--from/--to must lie within the mission, " + sim::formatMet(met0) +
                                  " to " + sim::formatMet(met1));
    t.fromUtcS = *from;
    t.toUtcS = *to;
    t.speed = opt.speed;
    t.durationS = opt.durationS;
    t.fps = opt.fps;
    schedule = RecordSchedule::constant(t, &err);
  }
  if (!schedule) return fail(kExitUsage, err);

  FrameRange range{0, schedule->frameCount()};
  if (!opt.frames.empty()) {
    auto r = parseFrameRange(opt.frames, schedule->frameCount(), &err);
    if (!r) return fail(kExitUsage, err);
    range = *r;
  }
  // The creator's shot list when given (checked before anything renders,
  // --plan included),
  // else the automatic director.
  std::optional<CameraDirector> scripted;
  if (!opt.shots.empty()) {
    if (fixedCamera) return fail(kExitUsage, "--shots chooses the cameras; drop --camera");
    scripted = CameraDirector::fromShotScript(opt.shots, timeline, &err);
    if (!scripted) return fail(kExitUsage, err);
  }
  // --plan with -o measures a sample for its estimates.
  struct PlanSample {
    int64_t pieceFrames = 0;
  };
  std::optional<PlanSample> plan;
  const auto startedAt = std::chrono::steady_clock::now();
  // Captions in video seconds, for the overlay and the .srt alike.
  const std::vector<CaptionCue> cues = captionCues(timeline.events(), *schedule);
  VideoEncoderDesc encDesc;
  encDesc.outputPath = opt.output;
  encDesc.width = size->width;
  encDesc.height = size->height;
  encDesc.fps = opt.fps;
  encDesc.codec = opt.codec;
  encDesc.crf = opt.crf;
  encDesc.preset = encoderPreset;
  encDesc.firstFrameNumber = range.first;
  if (opt.plan) {
    // Checks what the recording would check before it renders: the output's
    // form, and ffmpeg writing one frame with these very arguments (the codec
    // exists, the container takes it, the size suits it).
    if (!opt.output.empty()) {
      if (std::string why = checkOutputRequest(encDesc); !why.empty()) return fail(kExitUsage, why);
      if (const EncoderProbe p = probeEncoder(encDesc); !p.why.empty())
        return fail(p.usage ? kExitUsage : kExitRuntimeError, p.why);
    }
    // Machine-readable, for scripts/render-farm.sh: the whole video, then
    // the piece that --frames asks for.
    std::printf("frames %lld\nfps %d\nduration_s %.6f\nfirst_utc %s\nlast_utc %s\n",
                static_cast<long long>(schedule->frameCount()), schedule->fps(),
                schedule->durationS(), astro::formatIsoUtc(schedule->frameUtcS(0), 3).c_str(),
                astro::formatIsoUtc(schedule->frameUtcS(schedule->frameCount() - 1), 3).c_str());
    std::printf("piece_frames %lld\npiece_first %lld\npiece_first_utc %s\npiece_last_utc %s\n",
                static_cast<long long>(range.count()), static_cast<long long>(range.first),
                astro::formatIsoUtc(schedule->frameUtcS(range.first), 3).c_str(),
                astro::formatIsoUtc(schedule->frameUtcS(range.end - 1), 3).c_str());
    std::printf("captions %zu\n", cues.size());
    if (opt.output.empty() || opt.output.find('%') != std::string::npos) {
      std::printf("estimate none\n");
      std::fprintf(stderr,
                   "rendezvous: record --plan: give -o VIDEO for a time and size estimate "
                   "measured on a sample\n");
      return kExitOk;
    }
    // The estimate: a short sample from the middle of the piece, rendered
    // and encoded with these very settings into a hidden file beside the
    // output, timed, measured and removed (below, after the frame loop).
    plan.emplace();
    plan->pieceFrames = range.count();
    const int64_t k = std::min<int64_t>(range.count(), 32);
    range = {range.first + (range.count() - k) / 2, range.first + (range.count() - k) / 2 + k};
    const std::filesystem::path out(opt.output);
    encDesc.outputPath =
        (out.parent_path() / (".rendezvous-plan-sample" + out.extension().string())).string();
    encDesc.firstFrameNumber = range.first;
  }
  if (!opt.subtitles.empty() && !plan) {
    // Written first: a stopped recording still has its captions.
    std::ofstream srt(opt.subtitles, std::ios::trunc);
    srt << formatSrt(cues);
    srt.flush();
    if (!srt)
      return fail(kExitRuntimeError, "cannot write the subtitles to " + opt.subtitles + ": " +
                                         std::strerror(errno) +
                                         " (check that the folder exists and is writable)");
    std::fprintf(stderr, "rendezvous: record: %zu captions written to %s\n", cues.size(),
                 opt.subtitles.c_str());
  }

  const CameraDirector director =
      scripted ? *scripted
               : CameraDirector::forMission(timeline.startUtcS(), timeline.liftoffUtcS(),
                                            timeline.events(), warp ? &*warp : nullptr,
                                            schedule->isWarped() ? 1.0 : schedule->speed());

  // The encoder before GL: a missing ffmpeg or output folder fails in
  // milliseconds, not after the renderer has loaded its textures.
  bool usage = false;
  auto encoder = VideoEncoder::open(encDesc, &err, &usage);
  if (!encoder) return fail(usage ? kExitUsage : kExitRuntimeError, err);

  auto gl = HeadlessGl::create(&err);
  if (!gl) return fail(kExitRuntimeError, err);
  render::RendererDesc desc = rendererDescFromDataPaths();
  desc.msaaSamples = render::msaaSamplesFor(opt.quality == "low" ? render::RenderQuality::Low
                                                                 : render::RenderQuality::High);
  if (opt.overlay) desc.hudTextPx = overlayTextPx(size->height);  // the HUD's font
  auto created = render::Renderer::create(gl->loader(), desc);
  if (auto* e = std::get_if<render::RenderError>(&created))
    return fail(kExitRuntimeError, e->message);
  auto& renderer = *std::get<std::unique_ptr<render::Renderer>>(created);
  for (const auto& w : renderer.warnings())
    std::fprintf(stderr, "rendezvous: warning: %s\n", w.c_str());

  render::OffscreenTarget target;
  if (!target.create(size->width, size->height, &err)) return fail(kExitRuntimeError, err);
  render::AsyncReadback readback;
  if (!readback.create({size->width, size->height, 3}, &err)) return fail(kExitRuntimeError, err);

  std::fprintf(stderr,
               "rendezvous: record: %lld frames (%lld..%lld of %lld), %dx%d at %d fps, %s to %s, "
               "%s\n",
               static_cast<long long>(range.count()), static_cast<long long>(range.first),
               static_cast<long long>(range.end - 1),
               static_cast<long long>(schedule->frameCount()), size->width, size->height, opt.fps,
               sim::formatMet(schedule->frameUtcS(range.first) - timeline.liftoffUtcS()).c_str(),
               sim::formatMet(schedule->frameUtcS(range.end - 1) - timeline.liftoffUtcS()).c_str(),
               gl->description().c_str());

  const auto loopAt = std::chrono::steady_clock::now();  // start-up done
  StopSignals signals;
  RecordProgress progress(range.count(), stderr, ::isatty(STDERR_FILENO) != 0);
  if (opt.progressFd) progress.setMachineFd(*opt.progressFd);
  progress.update(0);
  int64_t submitted = 0;
  bool writeFailed = false;
  // Collects the oldest read-back into an encoder buffer and queues it.
  const auto collect = [&]() {
    std::vector<std::uint8_t> buf = encoder->acquireBuffer();
    readback.takeOldest(buf);
    if (!encoder->submit(std::move(buf), &err)) {
      writeFailed = true;
      return;
    }
    ++submitted;
  };
  // --plan's sample: the first frames warm the driver up (shaders, caches)
  // and are not counted in the frame rate.
  constexpr int64_t kPlanWarmUpFrames = 8;
  auto warmAt = loopAt;
  for (int64_t i = range.first; i < range.end && !writeFailed; ++i) {
    if (g_stopSignal) break;
    if (i == range.first + kPlanWarmUpFrames) warmAt = std::chrono::steady_clock::now();
    const double utc = schedule->frameUtcS(i);
    FrameRequest req;
    req.utcS = utc;
    if (fixedCamera) {
      req.camera = *fixedCamera;
    } else {
      const CameraShot shot = director.shotAt(utc);
      req.camera = shot.camera;
      if (shot.blend < 1.0) {
        req.fromCamera = shot.previous;
        req.blend = shot.blend;
      }
    }
    // Unset overlays follow the camera of each frame (the director cuts).
    req.overlays = resolveOverlays(req.camera, *overlays);
    render::RenderFrame frame = buildFrame(*mission, req);
    if (opt.overlay) {
      const double speed = warp ? warp->speedAt(utc) : schedule->speed();
      const double videoS = static_cast<double>(i) / schedule->fps();
      OverlayFacts facts = overlayFacts(timeline, utc, speed, cueAt(cues, videoS), videoS);
      if (const auto p = render::projectToPixel(
              frame.camera, cameraSubjectTeme(req.camera, cameraScene(*mission, utc)), size->width,
              size->height))
        facts.subjectPx = std::pair{static_cast<float>(p->x), static_cast<float>(p->y)};
      frame.hud =
          layoutOverlay(facts, size->width, size->height,
                        [&](std::string_view s, float px) { return renderer.hudTextWidth(s, px); });
    }
    renderer.draw(frame, target.target());
    if (readback.full()) collect();
    readback.start(target.target().framebuffer, i);
    progress.update(submitted);
  }
  while (!readback.empty() && !writeFailed) collect();

  if (writeFailed) {
    encoder->finish(&err);  // reaps ffmpeg and removes the partial file
    progress.finish(submitted, "failed");
    return fail(kExitRuntimeError, err);
  }
  const int stopSignal = g_stopSignal;
  if (!encoder->finish(&err)) {
    progress.finish(submitted, "failed");
    return fail(kExitRuntimeError, err);
  }
  progress.finish(submitted, stopSignal ? "interrupted" : "");
  if (plan) {
    // Start-up once, then the sample's frame rate for every frame.
    const auto now = std::chrono::steady_clock::now();
    const double startupS = std::chrono::duration<double>(loopAt - startedAt).count();
    const bool warmed = range.count() > kPlanWarmUpFrames;
    const double loopS = std::chrono::duration<double>(now - (warmed ? warmAt : loopAt)).count();
    const int64_t timed = warmed ? range.count() - kPlanWarmUpFrames : range.count();
    std::error_code ec;
    const auto bytes = std::filesystem::file_size(encDesc.outputPath, ec);
    std::filesystem::remove(encDesc.outputPath, ec);
    const double perFrame = loopS / static_cast<double>(std::max<int64_t>(timed, 1));
    const double totalS = startupS + perFrame * static_cast<double>(plan->pieceFrames);
    const double totalBytes = static_cast<double>(bytes) /
                              static_cast<double>(std::max<int64_t>(submitted, 1)) *
                              static_cast<double>(plan->pieceFrames);
    std::printf("estimate_sample_frames %lld\nestimate_render_s %.1f\nestimate_bytes %.0f\n",
                static_cast<long long>(submitted), totalS, totalBytes);
    std::fprintf(stderr,
                 "rendezvous: record --plan: about %.0f s to render %lld frames on this machine "
                 "(start-up included) and at most about %.1f MB (measured on %lld frames from "
                 "the middle of the range; a short sample carries a whole key frame, so the "
                 "size is an upper estimate)\n",
                 totalS, static_cast<long long>(plan->pieceFrames), totalBytes / 1e6,
                 static_cast<long long>(submitted));
    return kExitOk;
  }
  if (stopSignal) {
    std::fprintf(stderr,
                 "rendezvous: record: stopped by %s after %lld of %lld frames; %s is a "
                 "valid, playable video of those frames only\n",
                 stopSignal == SIGINT ? "SIGINT" : "SIGTERM", static_cast<long long>(submitted),
                 static_cast<long long>(range.count()), opt.output.c_str());
    return kExitRuntimeError;
  }
  std::fprintf(stderr, "rendezvous: record: wrote %s (%lld frames, %.2f s of video)\n",
               opt.output.c_str(), static_cast<long long>(submitted),
               static_cast<double>(submitted) / opt.fps);
  return kExitOk;
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
  sub->add_option("--overlays", opt->overlays,
                  "3D overlays: default (each camera's), none, all, or a list of orbits, tracks, "
                  "marker, labels, arrows");
  sub->add_option("--quality", opt->quality,
                  "high (4x MSAA, default) or low (no MSAA: about 1.4x faster on a software "
                  "rasteriser, for previews)")
      ->check(CLI::IsMember({"high", "low"}));
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
              return fail(kExitRuntimeError, std::string("internal error: ") + e.what());
            }
          }};
}

}  // namespace rv::app
