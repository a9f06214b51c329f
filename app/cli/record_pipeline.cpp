#include "record_pipeline.h"

#include <unistd.h>

#include <algorithm>
#include <csignal>
#include <cstdio>
#include <filesystem>
#include <memory>
#include <utility>

#include "burn_in_overlay.h"
#include "camera_presets.h"
#include "exit_codes.h"
#include "headless_target.h"
#include "progress_meter.h"
#include "render/readback.h"
#include "render/renderer.h"
#include "renderer_desc.h"
#include "sim/mission_events.h"
#include "stop_signals.h"
#include "video_encoder.h"

namespace rv::app {
namespace {

using Clock = std::chrono::steady_clock;

// --plan's sample: the first frames warm the driver up (shaders, caches) and
// are not counted in the frame rate.
constexpr int64_t kPlanWarmUpFrames = 8;

// The GL side of a recording: the headless target, then the read-back ring,
// destroyed first (a derived class's members go before its base's).
struct RecordGl : HeadlessTarget {
  render::AsyncReadback readback;
};

// EGL, the renderer (with the HUD's font for --overlay), the frame's target
// and the read-back ring. Any failure here is the system's (kFailed).
Result<void> openRecordGl(const RecordPlan& plan, RecordGl& out) {
  const auto failed = [](const Error& e) { return fail(e.message, ErrorKind::kFailed); };
  render::RendererDesc desc = rendererDescFromDataPaths();
  desc.msaaSamples = render::msaaSamplesFor(plan.quality);
  if (plan.burnIn) desc.hudTextPx = overlayTextPx(plan.size.height);
  auto made = openHeadlessTarget(desc, plan.size,
                                 render::RendererAssets::startLoading(desc.xplanetDir), out);
  if (out.renderer) {
    for (const auto& w : out.renderer->warnings())
      std::fprintf(stderr, "rendezvous: warning: %s\n", w.c_str());
  }
  if (!made) return failed(made.error());
  if (auto ring = out.readback.create({plan.size.width, plan.size.height, 3}); !ring)
    return failed(ring.error());
  return {};
}

// The burned-in read-outs of frame i (--overlay): the caption is the cue on
// screen at this frame's video time, and moves clear of the camera's subject.
render::Hud burnInHud(const RecordPlan& plan, const LoadedMission& mission, const FrameRequest& req,
                      const render::Camera& camera, int64_t i, const render::Renderer& renderer) {
  const double utc = req.utcS;
  const double videoS = static_cast<double>(i) / plan.schedule.fps();
  OverlayFacts facts =
      overlayFacts(*mission.timeline, utc, plan.speedAt(utc), cueAt(plan.cues, videoS), videoS);
  const int w = plan.size.width, h = plan.size.height;
  if (const auto p = render::projectToPixel(
          camera, cameraSubjectTeme(req.camera, cameraScene(mission, utc)), w, h))
    facts.subjectPx = std::pair{static_cast<float>(p->x), static_cast<float>(p->y)};
  return layoutOverlay(facts, w, h,
                       [&](std::string_view s, float px) { return renderer.hudTextWidth(s, px); });
}

void printStart(const RecordPlan& plan, const LoadedMission& mission, const HeadlessGl& gl) {
  const FrameRange range = plan.renderedFrames();
  const auto met = [&](int64_t frame) {
    return sim::formatMet(plan.schedule.frameUtcS(frame) - mission.timeline->liftoffUtcS());
  };
  std::fprintf(stderr,
               "rendezvous: record: %lld frames (%lld..%lld of %lld), %dx%d at %d fps, %s to %s, "
               "%s\n",
               static_cast<long long>(range.count()), static_cast<long long>(range.first),
               static_cast<long long>(range.end - 1),
               static_cast<long long>(plan.schedule.frameCount()), plan.size.width,
               plan.size.height, plan.encoder.fps, met(range.first).c_str(),
               met(range.end - 1).c_str(), gl.description().c_str());
}

struct LoopResult {
  int64_t submitted = 0;
  bool writeFailed = false;
  std::string error;         // why writing failed
  Clock::time_point warmAt;  // when the warm-up frames were done
};

LoopResult frameLoop(const RecordPlan& plan, const LoadedMission& mission,
                     const FrameRequestFn& requestAt, RecordGl& gl, VideoEncoder& encoder,
                     RecordProgress& progress, Clock::time_point loopAt) {
  LoopResult r;
  r.warmAt = loopAt;
  // Collects the oldest read-back into an encoder buffer and queues it.
  const auto collect = [&]() {
    std::vector<std::uint8_t> buf = encoder.acquireBuffer();
    gl.readback.takeOldest(buf);
    if (auto queued = encoder.submit(std::move(buf)); !queued) {
      r.error = queued.error().message;
      r.writeFailed = true;
      return;
    }
    ++r.submitted;
  };
  const FrameRange range = plan.renderedFrames();
  for (int64_t i = range.first; i < range.end && !r.writeFailed; ++i) {
    if (StopSignals::caught()) break;
    if (i == range.first + kPlanWarmUpFrames) r.warmAt = Clock::now();
    const FrameRequest req = requestAt(plan.schedule.frameUtcS(i));
    render::RenderFrame frame = buildFrame(mission, req);
    if (plan.burnIn) frame.hud = burnInHud(plan, mission, req, frame.camera, i, *gl.renderer);
    gl.renderer->draw(frame, gl.target.target());
    if (gl.readback.full()) collect();
    gl.readback.start(gl.target.target().framebuffer, i);
    progress.update(r.submitted);
  }
  while (!gl.readback.empty() && !r.writeFailed) collect();
  return r;
}

// --plan's estimates from its sample: start-up once, then the sample's frame
// rate for every frame of the piece. The sample file is removed.
int reportEstimate(const RecordPlan& plan, int64_t submitted, Clock::time_point startedAt,
                   Clock::time_point loopAt, Clock::time_point warmAt) {
  const auto now = Clock::now();
  const FrameRange range = plan.renderedFrames();
  const int64_t pieceFrames = plan.piece.count();
  const double startupS = std::chrono::duration<double>(loopAt - startedAt).count();
  const bool warmed = range.count() > kPlanWarmUpFrames;
  const double loopS = std::chrono::duration<double>(now - (warmed ? warmAt : loopAt)).count();
  const int64_t timed = warmed ? range.count() - kPlanWarmUpFrames : range.count();
  std::error_code ec;
  const auto bytes = std::filesystem::file_size(plan.sample->outputPath, ec);
  std::filesystem::remove(plan.sample->outputPath, ec);
  const double perFrame = loopS / static_cast<double>(std::max<int64_t>(timed, 1));
  const double totalS = startupS + perFrame * static_cast<double>(pieceFrames);
  const double totalBytes = static_cast<double>(bytes) /
                            static_cast<double>(std::max<int64_t>(submitted, 1)) *
                            static_cast<double>(pieceFrames);
  std::printf("estimate_sample_frames %lld\nestimate_render_s %.1f\nestimate_bytes %.0f\n",
              static_cast<long long>(submitted), totalS, totalBytes);
  std::fprintf(stderr,
               "rendezvous: record --plan: about %.0f s to render %lld frames on this machine "
               "(start-up included) and at most about %.1f MB (measured on %lld frames from "
               "the middle of the range; a short sample carries a whole key frame, so the "
               "size is an upper estimate)\n",
               totalS, static_cast<long long>(pieceFrames), totalBytes / 1e6,
               static_cast<long long>(submitted));
  return kExitOk;
}

int reportWritten(const RecordPlan& plan, int64_t submitted, int stopSignal) {
  const std::string& output = plan.encoder.outputPath;
  if (stopSignal) {
    std::fprintf(stderr,
                 "rendezvous: record: stopped by %s after %lld of %lld frames; %s is a "
                 "valid, playable video of those frames only\n",
                 stopSignal == SIGINT ? "SIGINT" : "SIGTERM", static_cast<long long>(submitted),
                 static_cast<long long>(plan.renderedFrames().count()), output.c_str());
    return kExitRuntimeError;
  }
  std::fprintf(stderr, "rendezvous: record: wrote %s (%lld frames, %.2f s of video)\n",
               output.c_str(), static_cast<long long>(submitted),
               static_cast<double>(submitted) / plan.encoder.fps);
  return kExitOk;
}

}  // namespace

int failRecord(int code, const std::string& message) {
  std::fprintf(stderr, "rendezvous: record: %s\n", message.c_str());
  return code;
}

int failRecord(const Error& error) {
  return failRecord(exitCodeFor(error), error.message);
}

int runRecordPipeline(const RecordPlan& plan, const LoadedMission& mission,
                      const FrameRequestFn& requestAt, Clock::time_point startedAt) {
  auto opened = VideoEncoder::open(plan.renderedEncoder());
  if (!opened) return failRecord(opened.error());
  const std::unique_ptr<VideoEncoder> encoder = std::move(opened).value();
  RecordGl gl;
  if (const auto glReady = openRecordGl(plan, gl); !glReady) return failRecord(glReady.error());
  printStart(plan, mission, *gl.gl);

  const auto loopAt = Clock::now();  // start-up done
  // Until the encoder has finished: a first Ctrl-C then still ends the file.
  StopSignals signals;
  RecordProgress progress(plan.renderedFrames().count(), stderr, ::isatty(STDERR_FILENO) != 0);
  if (plan.progressFd) progress.setMachineFd(*plan.progressFd);
  progress.update(0);
  LoopResult r = frameLoop(plan, mission, requestAt, gl, *encoder, progress, loopAt);
  if (r.writeFailed) {
    // Reaps ffmpeg and removes the partial file; its reason is the better one.
    if (auto finished = encoder->finish(); !finished) r.error = finished.error().message;
    progress.finish(r.submitted, "failed");
    return failRecord(kExitRuntimeError, r.error);
  }
  const int stopSignal = StopSignals::caught();
  if (auto finished = encoder->finish(); !finished) {
    progress.finish(r.submitted, "failed");
    return failRecord(kExitRuntimeError, finished.error().message);
  }
  progress.finish(r.submitted, stopSignal ? "interrupted" : "");
  if (plan.sample) return reportEstimate(plan, r.submitted, startedAt, loopAt, r.warmAt);
  return reportWritten(plan, r.submitted, stopSignal);
}

}  // namespace rv::app
