// `rendezvous render`: one frame of the scene to a PNG, headless (EGL).
#include <cstdio>
#include <filesystem>

#include "cli.h"
#include "cli_values.h"
#include "data_paths.h"
#include "command.h"
#include "frame_builder.h"
#include "headless_gl.h"
#include "mission_span.h"
#include "render/offscreen_target.h"

namespace rv::app {
namespace {

struct RenderOptions {
  std::string time = "T+0";
  std::string size = "1280x720";
  std::string output;
};

int runRender(const RenderOptions& opt) {
  const MissionSpan span = defaultMissionSpan();
  std::string err;
  const double utc = *astro::parseMissionTime(opt.time, span.liftoffUtcS, &err);
  const ImageSize size = *parseImageSize(opt.size, &err);

  const std::filesystem::path out(opt.output);
  const std::filesystem::path dir = out.has_parent_path() ? out.parent_path() : ".";
  if (!std::filesystem::is_directory(dir)) {
    std::fprintf(stderr, "rendezvous: output folder '%s' does not exist; create it first\n",
                 dir.string().c_str());
    return kExitUsage;
  }

  auto gl = HeadlessGl::create(&err);
  if (!gl) {
    std::fprintf(stderr, "rendezvous: %s\n", err.c_str());
    return kExitRuntimeError;
  }
  render::RendererDesc desc;
  desc.xplanetDir = xplanetDir();
  auto created = render::Renderer::create(gl->loader(), desc);
  if (auto* e = std::get_if<render::RenderError>(&created)) {
    std::fprintf(stderr, "rendezvous: %s\n", e->message.c_str());
    return kExitRuntimeError;
  }
  auto& renderer = *std::get<std::unique_ptr<render::Renderer>>(created);
  for (const auto& w : renderer.warnings()) std::fprintf(stderr, "rendezvous: warning: %s\n", w.c_str());

  render::OffscreenTarget target;
  if (!target.create(size.width, size.height, &err)) {
    std::fprintf(stderr, "rendezvous: %s\n", err.c_str());
    return kExitRuntimeError;
  }
  renderer.draw(buildFrame({utc, size.width, size.height}), target.target());
  if (!render::writePng(opt.output, target.readPixels(), &err)) {
    std::fprintf(stderr, "rendezvous: %s\n", err.c_str());
    return kExitRuntimeError;
  }
  std::fprintf(stderr, "rendezvous: wrote %s (%dx%d, %s, %s)\n", opt.output.c_str(), size.width,
               size.height, astro::formatIsoUtc(utc, 3).c_str(), gl->description().c_str());
  return kExitOk;
}

} // namespace

Command addRenderCommand(CLI::App& app, const GlobalOptions&) {
  auto opt = std::make_shared<RenderOptions>();
  CLI::App* sub = app.add_subcommand("render", "Render one frame to a PNG without a window (EGL)");
  sub->add_option("-t,--time", opt->time, "Mission time to show (default T+0, lift-off)")
      ->check(missionTimeValidator());
  sub->add_option("-s,--size", opt->size, "Image size WIDTHxHEIGHT (default 1280x720)")
      ->check(imageSizeValidator());
  sub->add_option("-o,--output", opt->output, "PNG file to write")->required();
  return {sub, [opt] { return runRender(*opt); }};
}

} // namespace rv::app
