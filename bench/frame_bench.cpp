// Frame time of the headless renderer (EGL; llvmpipe here, a GPU where there
// is one) for the full scene, per camera, image size and quality, measured
// side by side in one run.
// Prints the usual Google Benchmark table (ms per frame, the CPU column is
// the whole process: llvmpipe's threads too), then one line per camera and
// size with each quality as a ratio to the reference globe (reference_globe.h:
// one textured, lit sphere, timed in the same context at the same size) and
// RenderQuality::Low against High. The machine may be shared: compare within
// one run, and use --benchmark_repetitions=3
// --benchmark_enable_random_interleaving=true to spread other load evenly.
//
// Usage: frame_bench [--sizes=WxH,WxH...] [--passes[=cpu]] [Google Benchmark flags]
//        (default 1280x720,1920x1080; a GPU run adds 3840x2160). --passes
//        also prints where each camera's frame goes, pass by pass (each
//        pass finished and timed, mean of 10 frames at the first size), in
//        wall ms, or with =cpu in the process's CPU ms (all threads), which
//        other load on a shared machine disturbs less.
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

#include "data_paths.h"
#include "frame_builder.h"
#include "headless_gl.h"
#include "huge_page_heap.h"
#include "mission_context.h"
#include "reference_globe.h"
#include "render/readback.h"
#include "render/renderer.h"
#include "renderer_desc.h"

namespace {

using namespace rv;

std::unique_ptr<app::HeadlessGl> g_gl;
std::unique_ptr<app::LoadedMission> g_mission;
std::map<int, std::unique_ptr<render::Renderer>> g_renderers;  // by MSAA samples
std::unique_ptr<bench::ReferenceGlobe> g_globe;
constexpr int kGlobeCamera = -1;  // the reference's key in g_times

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
    render::RendererDesc desc = app::rendererDescFromDataPaths();
    desc.msaaSamples = samples;
    auto created = render::Renderer::create(g_gl->loader(), desc);
    if (const Error* e = created ? nullptr : &created.error()) {
      std::fprintf(stderr, "%s\n", e->message.c_str());
      std::exit(1);
    }
    r = std::move(created).value();
  }
  return *r;
}

// A moment that suits each camera: the pad at lift-off, the chase during
// the ascent, the docking cameras in the final approach, the overview in
// the phasing orbits.
render::RenderFrame benchFrame(app::CameraKind camera) {
  const double liftoff = g_mission->timeline->liftoffUtcS();
  app::FrameRequest req;
  req.utcS = camera == app::CameraKind::Pad        ? liftoff + 8.0
             : camera == app::CameraKind::Chase    ? liftoff + 60.0
             : camera == app::CameraKind::Overview ? liftoff + 1800.0
                                                   : liftoff + 3.0 * 3600.0 + 20.0 * 60.0;
  req.camera = camera;
  req.overlays = app::defaultOverlays(camera);
  return app::buildFrame(*g_mission, req);
}

// Times draw() per frame (after one untimed warm-up frame that allocates
// buffers) and files the mean wall and process-CPU ms under key.
template <class Draw>
void timeFrames(benchmark::State& state, const CaseKey& key, Draw draw) {
  draw();
  glFinish();
  const auto wall0 = std::chrono::steady_clock::now();
  const double cpu0 = processCpuS();
  for (auto _ : state) {
    draw();
    glFinish();  // count the GPU's work, not just command submission
  }
  const double n = static_cast<double>(std::max<benchmark::IterationCount>(state.iterations(), 1));
  CaseTimes& times = g_times[key];
  times.wallMs.push_back(
      std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - wall0).count() /
      n);
  times.cpuMs.push_back((processCpuS() - cpu0) * 1e3 / n);
  state.counters["fps"] =
      benchmark::Counter(static_cast<double>(state.iterations()), benchmark::Counter::kIsRate);
}

void BM_SceneFrame(benchmark::State& state) {
  const int w = static_cast<int>(state.range(0)), h = static_cast<int>(state.range(1));
  const int samples = static_cast<int>(state.range(2));
  const auto camera = static_cast<app::CameraKind>(state.range(3));
  state.SetLabel(std::string(app::cameraName(camera)) +
                 (samples == render::msaaSamplesFor(render::RenderQuality::Low) ? " low" : ""));
  render::Renderer& renderer = rendererFor(samples);
  render::OffscreenTarget target;
  if (auto made = target.create(w, h); !made) {
    state.SkipWithError(made.error().message.c_str());
    return;
  }
  const render::RenderFrame frame = benchFrame(camera);
  timeFrames(state, {w, h, samples, static_cast<int>(camera)},
             [&] { renderer.draw(frame, target.target()); });
}

// The reference globe at the same size, in the same context.
void BM_ReferenceGlobe(benchmark::State& state) {
  const int w = static_cast<int>(state.range(0)), h = static_cast<int>(state.range(1));
  state.SetLabel("reference globe");
  render::OffscreenTarget target;
  if (auto made = target.create(w, h); !made) {
    state.SkipWithError(made.error().message.c_str());
    return;
  }
  timeFrames(state, {w, h, 0, kGlobeCamera}, [&] { g_globe->draw(target.target()); });
}

constexpr int kHigh = render::msaaSamplesFor(render::RenderQuality::High);
constexpr int kLow = render::msaaSamplesFor(render::RenderQuality::Low);

std::vector<std::pair<int, int>> g_sizes = {{1280, 720}, {1920, 1080}};

void registerBenchmarks() {
  auto common = [](benchmark::internal::Benchmark* b) {
    b->Unit(benchmark::kMillisecond)->MeasureProcessCPUTime()->UseRealTime();
  };
  auto* globe = benchmark::RegisterBenchmark("BM_ReferenceGlobe", BM_ReferenceGlobe);
  globe->ArgNames({"w", "h"});
  for (auto [w, h] : g_sizes) globe->Args({w, h});
  common(globe);
  auto* scene = benchmark::RegisterBenchmark("BM_SceneFrame", BM_SceneFrame);
  scene->ArgNames({"w", "h", "msaa", "cam"});
  for (int cam = 0; cam < 6; ++cam) {
    for (auto [w, h] : g_sizes) {
      scene->Args({w, h, kHigh, cam});
      scene->Args({w, h, kLow, cam});
    }
  }
  // 2x MSAA, between the two presets, for the chase camera.
  scene->Args({g_sizes[0].first, g_sizes[0].second, 2, static_cast<int>(app::CameraKind::Chase)});
  common(scene);
}

// --sizes=WxH,WxH (taken out of argv before Google Benchmark reads it).
bool takeSizes(int* argc, char** argv) {
  for (int i = 1; i < *argc; ++i) {
    const std::string a = argv[i];
    if (a.rfind("--sizes=", 0) != 0) continue;
    g_sizes.clear();
    std::size_t pos = 8;
    while (pos < a.size()) {
      const std::size_t comma = std::min(a.find(',', pos), a.size());
      int w = 0, h = 0;
      if (std::sscanf(a.substr(pos, comma - pos).c_str(), "%dx%d", &w, &h) != 2 || w <= 0 ||
          h <= 0) {
        std::fprintf(stderr, "frame_bench: --sizes wants WxH[,WxH...], got '%s'\n", a.c_str());
        return false;
      }
      g_sizes.push_back({w, h});
      pos = comma + 1;
    }
    for (int j = i; j + 1 < *argc; ++j) argv[j] = argv[j + 1];
    --*argc;
    --i;
  }
  return true;
}

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

// Each camera and quality as a ratio to the reference globe at that size
// (issue 18's goal: low <= 1.0, high <= 1.5).
void printReferenceRatios() {
  bool header = false;
  for (const auto& [key, high] : g_times) {
    const auto [w, h, samples, cam] = key;
    if (samples != kHigh || cam == kGlobeCamera) continue;
    const auto low = g_times.find({w, h, kLow, cam});
    const auto globe = g_times.find({w, h, 0, kGlobeCamera});
    if (low == g_times.end() || globe == g_times.end()) continue;
    const double g = median(globe->second.wallMs);
    if (!header) {
      std::printf(
          "\nto the reference globe (one textured, lit sphere of %d triangles), wall ms:\n"
          "%-9s %9s %8s %9s %6s %9s %6s\n",
          g_globe->triangleCount(), "camera", "size", "globe", "low", "ratio", "high", "ratio");
      header = true;
    }
    const double lw = median(low->second.wallMs), hw = median(high.wallMs);
    std::printf("%-9s %4dx%-4d %8.2f %9.2f %6.2f %9.2f %6.2f\n",
                app::cameraName(static_cast<app::CameraKind>(cam)), w, h, g, lw, lw / g, hw,
                hw / g);
  }
}

// Pass by pass, ms per frame (each pass finished, then the clock read), every camera at one size
// and both qualities: the profile issue 18 asks for before each change.
void printPassProfile(int w, int h, bool cpu) {
  render::OffscreenTarget target;
  if (!target.create(w, h)) return;
  for (int samples : {kLow, kHigh}) {
    render::Renderer& renderer = rendererFor(samples);
    std::vector<std::string> names;
    std::vector<std::vector<double>> ms;  // [camera][pass]
    for (int cam = 0; cam < 6; ++cam) {
      const render::RenderFrame frame = benchFrame(static_cast<app::CameraKind>(cam));
      renderer.setPassTiming(true);
      std::vector<double> sum;
      constexpr int kFrames = 10;
      for (int i = 0; i < kFrames + 2; ++i) {
        renderer.draw(frame, target.target());
        if (i < 2) continue;  // warm-up
        const auto& passes = renderer.lastPassTimes();
        sum.resize(passes.size(), 0.0);
        for (size_t p = 0; p < passes.size(); ++p)
          sum[p] += (cpu ? passes[p].cpuMs : passes[p].ms) / kFrames;
        if (names.empty())
          for (const auto& pt : passes) names.push_back(pt.name);
      }
      renderer.setPassTiming(false);
      ms.push_back(sum);
    }
    std::printf("\npasses at %dx%d, MSAA %d, %s ms per frame (mean of 10):\n%-14s", w, h, samples,
                cpu ? "process CPU" : "wall", "pass");
    for (int cam = 0; cam < 6; ++cam)
      std::printf(" %8s", app::cameraName(static_cast<app::CameraKind>(cam)));
    std::printf("\n");
    std::vector<double> total(6, 0.0);
    for (size_t p = 0; p < names.size(); ++p) {
      std::printf("%-14s", names[p].c_str());
      for (int cam = 0; cam < 6; ++cam) {
        const double v = p < ms[cam].size() ? ms[cam][p] : 0.0;
        total[cam] += v;
        std::printf(" %8.2f", v);
      }
      std::printf("\n");
    }
    std::printf(
        "(each pass is finished before the next is timed, so the time is where it\n"
        " was spent; the total is above an unprofiled frame, whose passes overlap)\n");
    std::printf("%-14s", "total");
    for (int cam = 0; cam < 6; ++cam) std::printf(" %8.2f", total[cam]);
    std::printf("\n");
  }
}

}  // namespace

int main(int argc, char** argv) {
  // As `rendezvous` itself starts (app/platform/huge_page_heap.h), so the
  // figures are the program's; RENDEZVOUS_NO_HUGE_PAGES=1 measures without.
  rv::app::restartWithHugePageHeap(argv);
  auto loaded = app::loadAndSimulate(app::GlobalOptions{});
  if (!loaded) {
    std::fprintf(stderr, "frame_bench: %s\n", loaded.error().message.c_str());
    return 1;
  }
  g_mission = std::move(loaded).value();
  auto gl = app::HeadlessGl::create();
  if (!gl) {
    std::fprintf(stderr, "frame_bench: %s\n", gl.error().message.c_str());
    return 1;
  }
  g_gl = std::move(gl).value();
  if (!takeSizes(&argc, argv)) return 2;
  bool passes = false, passesCpu = false;
  for (int i = 1; i < argc; ++i) {
    const std::string a = argv[i];
    if (a != "--passes" && a != "--passes=cpu") continue;
    passes = true;
    passesCpu = a == "--passes=cpu";
    for (int j = i; j + 1 < argc; ++j) argv[j] = argv[j + 1];
    --argc;
    break;
  }
  rendererFor(kHigh);  // loads the GL functions the globe needs
  std::printf("frame_bench: %s\n", g_gl->description().c_str());
  g_globe = std::make_unique<bench::ReferenceGlobe>();
  if (const auto made = g_globe->create(app::xplanetDir()); !made) {
    std::fprintf(stderr, "frame_bench: %s\n", made.error().message.c_str());
    return 1;
  }
  registerBenchmarks();
  benchmark::Initialize(&argc, argv);
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  printQualityRatios();
  printReferenceRatios();
  if (passes) printPassProfile(g_sizes[0].first, g_sizes[0].second, passesCpu);
  g_globe.reset();
  g_renderers.clear();
  g_gl.reset();
  return 0;
}
