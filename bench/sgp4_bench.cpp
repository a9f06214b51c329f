// SGP4 costs: model creation, near-earth propagation (the ISS every frame),
// deep-space propagation (a resonant orbit integrates from epoch on every
// call, so its cost grows with |t|), and the geodetic conversion.
#include "astro/geodetic.h"
#include "astro/sgp4.h"
#include "astro/tle.h"

#include <benchmark/benchmark.h>

namespace {

using namespace rv::astro;

// ISS TLE from SOURCES S5 (docs/SOURCES.md).
Tle issTle() {
  return *parseTle("1 25544U 98067A   21277.86166359  .00005427  00000-0  10685-3 0  9994",
                   "2 25544  51.6453 160.4350 0004170  58.5851  39.6969 15.48931550305594");
}

// MOLNIYA 1-36 from SGP4-VER.TLE (12 h resonant).
Tle molniyaTle() {
  return *parseTle("1 09880U 77021A   06176.56157475  .00000421  00000-0  10000-3 0  9814",
                   "2 09880  64.5968 349.3786 7069051 270.0229  16.3320  2.00813614112380");
}

void bmCreateIss(benchmark::State& state) {
  const Tle tle = issTle();
  for (auto _ : state) benchmark::DoNotOptimize(Sgp4::create(tle));
}
BENCHMARK(bmCreateIss);

void bmPropagateIss(benchmark::State& state) {
  const Sgp4 sgp4 = *Sgp4::create(issTle());
  double t = 720.0;
  for (auto _ : state) {
    benchmark::DoNotOptimize(sgp4.propagateMinutes(t));
    t += 1.0 / 60.0;
  }
}
BENCHMARK(bmPropagateIss);

void bmPropagateMolniya(benchmark::State& state) {
  const Sgp4 sgp4 = *Sgp4::create(molniyaTle());
  const double t = static_cast<double>(state.range(0));
  for (auto _ : state) benchmark::DoNotOptimize(sgp4.propagateMinutes(t));
}
BENCHMARK(bmPropagateMolniya)->Arg(60)->Arg(1440)->Arg(14400);

void bmGeodeticFromEcef(benchmark::State& state) {
  glm::dvec3 p(4.0e6, 3.0e6, 3.5e6);
  for (auto _ : state) {
    benchmark::DoNotOptimize(geodeticFromEcef(p));
    p.x += 1.0;
  }
}
BENCHMARK(bmGeodeticFromEcef);

}  // namespace

BENCHMARK_MAIN();
