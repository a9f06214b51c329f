// Frame time of the headless renderer (EGL; llvmpipe here, a GPU where there
// is one) for the full scene 30 s after lift-off (chase camera), per image
// size and MSAA setting, measured side by side in one run.
// Prints the usual Google Benchmark table plus ratios against MSAA off.
#include <benchmark/benchmark.h>
#include <glad/gl.h>

#include <cstdio>
#include <map>
#include <memory>

#include "command.h"
#include "frame_builder.h"
#include "headless_gl.h"
#include "render/offscreen_target.h"
#include "render/renderer.h"

namespace {

using namespace rv;

std::unique_ptr<app::HeadlessGl> g_gl;
std::unique_ptr<app::LoadedMission> g_mission;
std::map<int, std::unique_ptr<render::Renderer>> g_renderers; // by MSAA samples
std::map<std::string, double> g_msPerFrame;

render::Renderer& rendererFor(int samples) {
  auto& r = g_renderers[samples];
  if (!r) {
    render::RendererDesc desc;
    desc.xplanetDir = RV_XPLANET_DIR;
    desc.msaaSamples = samples;
    auto created = render::Renderer::create(g_gl->loader(), desc);
    if (auto* e = std::get_if<render::RenderError>(&created)) {
      std::fprintf(stderr, "%s\n", e->message.c_str());
      std::exit(1);
    }
    r = std::move(std::get<std::unique_ptr<render::Renderer>>(created));
  }
  return *r;
}

void BM_EarthFrame(benchmark::State& state) {
  const int w = static_cast<int>(state.range(0)), h = static_cast<int>(state.range(1));
  const int samples = static_cast<int>(state.range(2));
  render::Renderer& renderer = rendererFor(samples);
  render::OffscreenTarget target;
  std::string err;
  if (!target.create(w, h, &err)) {
    state.SkipWithError(err.c_str());
    return;
  }
  app::FrameRequest req;
  req.utcS = g_mission->timeline->liftoffUtcS() + 30.0;
  req.camera = app::CameraKind::Chase;
  const render::RenderFrame frame = app::buildFrame(*g_mission, req);
  renderer.draw(frame, target.target()); // warm-up: allocate buffers
  glFinish();
  for (auto _ : state) {
    renderer.draw(frame, target.target());
    glFinish(); // count the GPU's work, not just command submission
  }
  state.counters["fps"] = benchmark::Counter(static_cast<double>(state.iterations()),
                                             benchmark::Counter::kIsRate);
}
BENCHMARK(BM_EarthFrame)
    ->ArgNames({"w", "h", "msaa"})
    ->Args({1280, 720, 0})
    ->Args({1280, 720, 4})
    ->Args({1920, 1080, 0})
    ->Args({1920, 1080, 4})
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime()
    ->MinTime(2.0);

} // namespace

int main(int argc, char** argv) {
  std::string err;
  int code = 0;
  g_mission = app::loadMissionOrExplain(app::GlobalOptions{}, &err, &code);
  if (!g_mission) {
    std::fprintf(stderr, "frame_bench: %s\n", err.c_str());
    return 1;
  }
  g_gl = app::HeadlessGl::create(&err);
  if (!g_gl) {
    std::fprintf(stderr, "frame_bench: %s\n", err.c_str());
    return 1;
  }
  benchmark::Initialize(&argc, argv);
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  g_renderers.clear();
  g_gl.reset();
  return 0;
}
