// Frame time of the headless renderer (EGL; llvmpipe here, a GPU where there
// is one) for the full scene, per camera, image size and quality, measured
// side by side in one run.
// Prints the usual Google Benchmark table (ms per frame, the CPU column is
// the whole process: llvmpipe's threads too), then one line per camera and
// size with RenderQuality::Low against High as a ratio. The machine may be
// shared: compare within one run, and use --benchmark_repetitions=3
// --benchmark_enable_random_interleaving=true to spread other load evenly.
#include <benchmark/benchmark.h>
#include <glad/gl.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <ctime>
#include <map>
#include <memory>
#include <tuple>
#include <vector>

#include "command.h"
#include "frame_builder.h"
#include "headless_gl.h"
#include "render/offscreen_target.h"
#include "render/renderer.h"

namespace {

using namespace rv;

std::unique_ptr<app::HeadlessGl> g_gl;
std::unique_ptr<app::LoadedMission> g_mission;
std::map<int, std::unique_ptr<render::Renderer>> g_renderers;  // by MSAA samples

// Per (width, height, samples, camera): the mean wall and process-CPU ms per
// frame of each repetition, for the ratio table.
using CaseKey = std::tuple<int, int, int, int>;
struct CaseTimes {
  std::vector<double> wallMs, cpuMs;
};
std::map<CaseKey, CaseTimes> g_times;

double processCpuS() {
  timespec ts{};
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
  return static_cast<double>(ts.tv_sec) + ts.tv_nsec * 1e-9;
}

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
  state.SetLabel(std::string(app::cameraName(camera)) +
                 (samples == render::msaaSamplesFor(render::RenderQuality::Low) ? " low" : ""));
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
  const double t = camera == app::CameraKind::Pad        ? liftoff + 8.0
                   : camera == app::CameraKind::Chase    ? liftoff + 60.0
                   : camera == app::CameraKind::Overview ? liftoff + 1800.0
                                                         : liftoff + 3.0 * 3600.0 + 20.0 * 60.0;
  req.utcS = t;
  req.camera = camera;
  req.overlays = app::defaultOverlays(camera);
  const render::RenderFrame frame = app::buildFrame(*g_mission, req);
  renderer.draw(frame, target.target());  // warm-up: allocate buffers
  glFinish();
  const auto wall0 = std::chrono::steady_clock::now();
  const double cpu0 = processCpuS();
  for (auto _ : state) {
    renderer.draw(frame, target.target());
    glFinish();  // count the GPU's work, not just command submission
  }
  const double n = static_cast<double>(std::max<benchmark::IterationCount>(state.iterations(), 1));
  CaseTimes& times = g_times[{w, h, samples, static_cast<int>(camera)}];
  times.wallMs.push_back(
      std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - wall0).count() /
      n);
  times.cpuMs.push_back((processCpuS() - cpu0) * 1e3 / n);
  state.counters["fps"] =
      benchmark::Counter(static_cast<double>(state.iterations()), benchmark::Counter::kIsRate);
}

constexpr int kHigh = render::msaaSamplesFor(render::RenderQuality::High);
constexpr int kLow = render::msaaSamplesFor(render::RenderQuality::Low);

void frameArgs(benchmark::internal::Benchmark* b) {
  for (int cam = 0; cam < 6; ++cam) {
    for (auto [w, h] : {std::pair{1280, 720}, std::pair{1920, 1080}}) {
      b->Args({w, h, kHigh, cam});
      b->Args({w, h, kLow, cam});
    }
  }
  // 2x MSAA, between the two presets, for the chase camera.
  b->Args({1280, 720, 2, static_cast<int>(app::CameraKind::Chase)});
}
BENCHMARK(BM_SceneFrame)
    ->ArgNames({"w", "h", "msaa", "cam"})
    ->Apply(frameArgs)
    ->Unit(benchmark::kMillisecond)
    ->MeasureProcessCPUTime()
    ->UseRealTime()
    ->MinTime(1.0);

double median(std::vector<double> v) {
  if (v.empty()) return 0.0;
  std::sort(v.begin(), v.end());
  return v[v.size() / 2];
}

// Low against High per camera and size, from the medians over repetitions.
void printQualityRatios() {
  bool header = false;
  for (const auto& [key, high] : g_times) {
    const auto [w, h, samples, cam] = key;
    if (samples != kHigh) continue;
    const auto low = g_times.find({w, h, kLow, cam});
    if (low == g_times.end()) continue;
    if (!header) {
      std::printf(
          "\nquality low (MSAA %d) vs high (MSAA %d), ms per frame (median of %zu):\n"
          "%-9s %9s %10s %9s %6s %10s %9s %6s\n",
          kLow, kHigh, high.wallMs.size(), "camera", "size", "high wall", "low wall", "ratio",
          "high cpu", "low cpu", "ratio");
      header = true;
    }
    const double hw = median(high.wallMs), lw = median(low->second.wallMs);
    const double hc = median(high.cpuMs), lc = median(low->second.cpuMs);
    std::printf("%-9s %4dx%-4d %10.1f %9.1f %6.2f %10.1f %9.1f %6.2f\n",
                app::cameraName(static_cast<app::CameraKind>(cam)), w, h, hw, lw, lw / hw, hc, lc,
                lc / hc);
  }
}

}  // namespace

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
  printQualityRatios();
  g_renderers.clear();
  g_gl.reset();
  return 0;
}
