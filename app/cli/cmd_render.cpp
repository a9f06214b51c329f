// `rendezvous render`: one frame of the scene to a PNG, headless (EGL).
#include <algorithm>
#include <cstdio>
#include <filesystem>

#include "astro/time_scales.h"
#include "background_mission.h"
#include "cli.h"
#include "cli_values.h"
#include "command.h"
#include "data_paths.h"
#include "frame_builder.h"
#include "headless_target.h"
#include "mission_context.h"
#include "render/readback.h"
#include "renderer_desc.h"

namespace rv::app {
namespace {

struct RenderOptions {
  std::string time = "T+0";
  std::string camera = "overview";
  std::string size = "1280x720";
  std::string overlays = "default";
  std::string quality = "high";
  std::string output;
};

int runRender(const RenderOptions& opt, const GlobalOptions& global) {
  const ImageSize size = *parseImageSize(opt.size);
  const CameraKind camera = *parseCameraName(opt.camera);
  const auto overlays = parseOverlayList(opt.overlays);
  if (!overlays) return reportOption("--overlays", overlays.error());

  if (const auto out = outputFolderExists(opt.output); !out) {
    std::fprintf(stderr, "rendezvous: %s\n", out.error().message.c_str());
    return kExitUsage;
  }

  // Three things at once: the mission simulates on one worker, the Earth's
  // maps decode on others, and this thread makes the GL context and the
  // renderer. Nothing is printed until the mission is in, so the messages
  // come in the order they did one after the other.
  auto background = BackgroundMission::start(global);
  if (!background) return reportError(background.error());
  render::RendererDesc desc = rendererDescFromDataPaths();
  desc.msaaSamples = render::msaaSamplesFor(opt.quality == "low" ? render::RenderQuality::Low
                                                                 : render::RenderQuality::High);
  // Made while the mission simulates; a failure is printed after the
  // mission's and the time's messages, in the order they were found before
  // the two overlapped.
  HeadlessTarget gl;
  const Result<void> glMade =
      openHeadlessTarget(desc, size, render::RendererAssets::startLoading(desc.xplanetDir), gl);

  auto mission = background->take();
  if (!mission) return reportError(mission.error());
  const sim::MissionTimeline& timeline = *(*mission)->timeline;
  const auto utcOpt = resolveMissionTime(timeline, opt.time);
  if (!utcOpt) return reportOption("--time", utcOpt.error());
  const double utc = std::clamp(*utcOpt, timeline.startUtcS(), timeline.endUtcS());
  if (utc != *utcOpt)
    std::fprintf(stderr, "rendezvous: warning: --time is outside the mission; showing %s\n",
                 astro::formatIsoUtc(utc, 0).c_str());

  if (gl.renderer) {
    for (const auto& w : gl.renderer->warnings())
      std::fprintf(stderr, "rendezvous: warning: %s\n", w.c_str());
  }
  if (!glMade) {
    std::fprintf(stderr, "rendezvous: %s\n", glMade.error().message.c_str());
    return kExitRuntimeError;
  }

  FrameRequest req;
  req.utcS = utc;
  req.camera = camera;
  req.overlays = resolveOverlays(camera, *overlays);
  gl.renderer->draw(buildFrame(**mission, req), gl.target.target());
  if (auto written = render::writePng(opt.output, gl.target.readPixels()); !written) {
    std::fprintf(stderr, "rendezvous: %s\n", written.error().message.c_str());
    return kExitRuntimeError;
  }
  std::fprintf(stderr, "rendezvous: wrote %s (%dx%d, %s, %s camera, %s)\n", opt.output.c_str(),
               size.width, size.height, astro::formatIsoUtc(utc, 3).c_str(), opt.camera.c_str(),
               gl.gl->description().c_str());
  return kExitOk;
}

}  // namespace

Command addRenderCommand(CLI::App& app, const GlobalOptions& global) {
  auto opt = std::make_shared<RenderOptions>();
  CLI::App* sub = app.add_subcommand("render", "Render one frame to a PNG without a window (EGL)");
  sub->add_option("-t,--time", opt->time, "Mission time or event to show (default T+0, lift-off)")
      ->check(missionTimeValidator());
  sub->add_option("-c,--camera", opt->camera,
                  "Camera: pad, chase, onboard, port, overview, free, stages (default overview)")
      ->check(CLI::IsMember(cameraNames()));
  sub->add_option("-s,--size", opt->size, "Image size WIDTHxHEIGHT (default 1280x720)")
      ->check(imageSizeValidator());
  addPictureOptions(sub, opt->overlays, opt->quality);
  sub->add_option("-o,--output", opt->output, "PNG file to write")->required();
  return {sub, [opt, &global] { return runRender(*opt, global); }};
}

}  // namespace rv::app
