// Mission simulation benchmarks: whole-mission simulation (T-5 min to hatch
// opening), seek latency over random times (p50/p99 reported as counters),
// and CSV export of an hour at 1 s.
#include <benchmark/benchmark.h>

#include <algorithm>
#include <chrono>
#include <random>
#include <sstream>
#include <string>
#include <variant>
#include <vector>

#include "sim/mission_config.h"
#include "sim/mission_simulation.h"
#include "sim/state_export.h"

namespace {

const rv::sim::MissionConfig& config() {
  static const rv::sim::MissionConfig c =
      rv::sim::loadMission(std::string(RV_ASSET_DIR) + "/missions/soyuz-ms19.toml").value();
  return c;
}

const rv::sim::MissionTimeline& timeline() {
  static const rv::sim::MissionTimeline t = rv::sim::simulateMission(config()).value();
  return t;
}

void BM_SimulateWholeMission(benchmark::State& state) {
  for (auto _ : state) {
    auto r = rv::sim::simulateMission(config());
    benchmark::DoNotOptimize(r);
  }
}
BENCHMARK(BM_SimulateWholeMission)->Unit(benchmark::kMillisecond);

void BM_SeekRandomFrame(benchmark::State& state) {
  const auto& t = timeline();
  std::mt19937_64 rng(42);
  std::uniform_real_distribution<double> when(t.startUtcS(), t.endUtcS());
  std::vector<double> ns;
  for (auto _ : state) {
    const double utc = when(rng);
    const auto t0 = std::chrono::steady_clock::now();
    auto f = t.frame(utc);
    benchmark::DoNotOptimize(f);
    ns.push_back(
        std::chrono::duration<double, std::nano>(std::chrono::steady_clock::now() - t0).count());
  }
  std::sort(ns.begin(), ns.end());
  state.counters["p50_ns"] = ns[ns.size() / 2];
  state.counters["p99_ns"] = ns[ns.size() * 99 / 100];
}
BENCHMARK(BM_SeekRandomFrame);

void BM_ExportHourAt1s(benchmark::State& state) {
  const auto& t = timeline();
  for (auto _ : state) {
    std::ostringstream out;
    rv::sim::writeStatesCsv(t, t.liftoffUtcS(), t.liftoffUtcS() + 3600.0, 1.0, out);
    benchmark::DoNotOptimize(out);
  }
}
BENCHMARK(BM_ExportHourAt1s)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
