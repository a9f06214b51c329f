// Frame time of the headless renderer (EGL; llvmpipe here, a GPU where there
// is one) for the full scene, per camera, image size and MSAA setting,
// measured side by side in one run.
// Prints the usual Google Benchmark table (ms per frame and fps counters).
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

void BM_SceneFrame(benchmark::State& state) {
  const int w = static_cast<int>(state.range(0)), h = static_cast<int>(state.range(1));
  const int samples = static_cast<int>(state.range(2));
  const auto camera = static_cast<app::CameraKind>(state.range(3));
  state.SetLabel(app::cameraName(camera));
  render::Renderer& renderer = rendererFor(samples);
  render::OffscreenTarget target;
  std::string err;
  if (!target.create(w, h, &err)) {
    state.SkipWithError(err.c_str());
    return;
  }
  app::FrameRequest req;
  // A moment that suits each camera: the pad at lift-off, the chase during
  // the ascent, the docking cameras in the final approach, the overview in
  // the phasing orbits.
  const double liftoff = g_mission->timeline->liftoffUtcS();
  const double t = camera == app::CameraKind::Pad       ? liftoff + 8.0
                   : camera == app::CameraKind::Chase    ? liftoff + 60.0
                   : camera == app::CameraKind::Overview ? liftoff + 1800.0
                                                         : liftoff + 3.0 * 3600.0 + 20.0 * 60.0;
  req.utcS = t;
  req.camera = camera;
  req.overlays = app::defaultOverlays(camera);
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
void frameArgs(benchmark::internal::Benchmark* b) {
  for (int cam = 0; cam < 6; ++cam) {
    b->Args({1280, 720, 4, cam});
    b->Args({1920, 1080, 4, cam});
  }
  // MSAA off, for the ratio it costs on this machine.
  b->Args({1280, 720, 0, static_cast<int>(app::CameraKind::Chase)});
}
BENCHMARK(BM_SceneFrame)
    ->ArgNames({"w", "h", "msaa", "cam"})
    ->Apply(frameArgs)
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime()
    ->MinTime(1.0);

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
