// How close `rendezvous record` comes to the encoder's own speed.
//
// For each size, the same frames three ways:
//   total   `rendezvous record ... -o x.mp4`, the whole pipeline (render,
//           PBO read-back, encoder thread, ffmpeg), startup included;
//   render  the same with `--codec rawvideo` into a .nut file: rendering,
//           read-back and the pipe, with next to no encoding;
//   ffmpeg  ffmpeg alone encoding those raw frames from a file (page cache)
//           with the recorder's exact arguments (video_encoder.h);
//   low     the whole pipeline again with --quality low (no MSAA), the
//           preview setting, as a ratio high/low.
// and prints fps, total/ffmpeg (issue 7's goal: <= 1.2) and
// total/max(render, ffmpeg), the overlap figure: 1.0 means rendering and
// encoding run fully in parallel, 2.0 would mean one after the other.
// Where rendering alone already keeps every core busy (llvmpipe's threads),
// encoding can only run in parallel on cores that are free, so the last
// column divides by the every-core-busy bound instead: max(render, ffmpeg,
// (CPU seconds of render + CPU seconds of ffmpeg) / cores). 1.0 there means
// no core idled while there was work.
//
// Usage: record_bench [FRAMES] [WxH ...] [--codec NAME] [--json FILE]
//        (default 48 frames, 1280x720 1920x1080, libx264; --codec takes an
//        ffmpeg encoder name, e.g. h264_nvenc on a machine with an NVIDIA GPU;
//        --json also writes the rows as a JSON array, for scripts/bench.sh)
// It never fails: a figure it cannot measure is printed as such.
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <string>
#include <thread>
#include <vector>

#include "cli.h"
#include "cli_values.h"
#include "huge_page_heap.h"
#include "video_encoder.h"

extern char** environ;

namespace {

using Clock = std::chrono::steady_clock;

double seconds(Clock::time_point a, Clock::time_point b) {
  return std::chrono::duration<double>(b - a).count();
}

// CPU seconds (user + system) of this process and of its children waited
// for (the recorder's ffmpeg, ffmpeg alone).
double cpuSeconds() {
  double total = 0.0;
  for (int who : {RUSAGE_SELF, RUSAGE_CHILDREN}) {
    rusage u{};
    getrusage(who, &u);
    total += static_cast<double>(u.ru_utime.tv_sec + u.ru_stime.tv_sec) +
             static_cast<double>(u.ru_utime.tv_usec + u.ru_stime.tv_usec) * 1e-6;
  }
  return total;
}

int runArgs(std::vector<std::string> args) {
  std::vector<char*> argv;
  for (auto& a : args) argv.push_back(a.data());
  argv.push_back(nullptr);
  return rv::app::runCli(static_cast<int>(args.size()), argv.data());
}

int spawnWait(std::vector<std::string> args) {
  std::vector<char*> argv;
  for (auto& a : args) argv.push_back(a.data());
  argv.push_back(nullptr);
  pid_t pid = -1;
  if (posix_spawnp(&pid, argv[0], nullptr, nullptr, argv.data(), environ) != 0) return -1;
  int status = 0;
  waitpid(pid, &status, 0);
  return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

struct Timed {
  int rc = -1;
  double wallS = 0.0, cpuS = 0.0;
};

// ffmpeg alone encoding the raw frames of dir/raw.nut (turned into a file
// of RGBA frames first, read once into the page cache, as a pipe would
// deliver them) with the recorder's exact arguments.
Timed encodeAlone(const std::filesystem::path& dir, int width, int height, int fps,
                  const std::string& codec) {
  const std::string raw = (dir / "frames.rgba").string();
  spawnWait({"ffmpeg", "-v", "error", "-y", "-f", "nut", "-i", (dir / "raw.nut").string(), "-f",
             "rawvideo", "-pix_fmt", "rgba", raw});
  rv::app::VideoEncoderDesc d;
  d.width = width;
  d.height = height;
  d.fps = fps;
  d.codec = codec;
  auto ff = rv::app::ffmpegArguments(d, raw, (dir / "alone.mp4").string());
  ff.insert(ff.begin(), "ffmpeg");
  {
    std::vector<char> warm(1 << 20);
    if (std::FILE* f = std::fopen(raw.c_str(), "rb")) {
      while (std::fread(warm.data(), 1, warm.size(), f) > 0) {
      }
      std::fclose(f);
    }
  }
  Timed t;
  const auto f0 = Clock::now();
  const double cpu0 = cpuSeconds();
  t.rc = spawnWait(ff);
  t.wallS = seconds(f0, Clock::now());
  t.cpuS = cpuSeconds() - cpu0;
  return t;
}

}  // namespace

int main(int argc, char** argv) {
  // As `rendezvous` itself starts (app/platform/huge_page_heap.h), so the
  // figures are the program's; RENDEZVOUS_NO_HUGE_PAGES=1 measures without.
  rv::app::restartWithHugePageHeap(argv);
  int frames = 48;
  std::vector<std::string> sizes;
  std::string jsonPath;
  std::string codec = "libx264";
  for (int i = 1; i < argc; ++i) {
    const std::string a = argv[i];
    if (a == "--json" && i + 1 < argc)
      jsonPath = argv[++i];
    else if (a == "--codec" && i + 1 < argc)
      codec = argv[++i];
    else if (a.find('x') != std::string::npos)
      sizes.push_back(a);
    else
      frames = std::max(2, std::atoi(a.c_str()));
  }
  if (sizes.empty()) sizes = {"1280x720", "1920x1080"};
  namespace fs = std::filesystem;
  const fs::path dir = fs::temp_directory_path() / ("record_bench_" + std::to_string(getpid()));
  fs::create_directories(dir);

  // Ascent, chase camera: the rocket, its plume, the Earth and the sky.
  const int fps = 30;
  const std::string from = "T+60";
  const std::string to =
      "T+" + std::to_string(60 + frames / fps) + "." + std::to_string((frames % fps) * 1000 / fps);
  const std::vector<std::string> common = {"rendezvous", "record", "--from", from,
                                           "--to",       to,       "--fps",  std::to_string(fps),
                                           "--camera",   "chase"};

  std::printf("\nrecord_bench: %d frames at %d fps (%s to %s), %s%s\n", frames, fps, from.c_str(),
              to.c_str(), codec.c_str(), codec == "libx264" ? " CRF 18, preset medium" : "");
  const unsigned cores = std::max(1u, std::thread::hardware_concurrency());
  std::printf("%-10s %9s %9s %9s %9s %9s %12s %12s %9s %9s %10s\n", "size", "total s", "render s",
              "ffmpeg s", "startup s", "fps", "tot/ffmpeg", "tot/max(r,f)", "low s", "high/low",
              "tot/busy");
  std::string json = "[";
  for (const std::string& size : sizes) {
    const auto wh = rv::app::parseImageSize(size);
    if (!wh) {
      std::printf("%-10s %s\n", size.c_str(), wh.error().message.c_str());
      continue;
    }
    auto args = common;
    args.insert(args.end(), {"--size", size});

    // Startup alone: mission load and argument checks (--plan stops there).
    auto plan = args;
    plan.push_back("--plan");
    const auto s0 = Clock::now();
    runArgs(plan);  // prints the plan
    std::fflush(stdout);
    const double startup = seconds(s0, Clock::now());

    auto total = args;
    total.insert(total.end(), {"--codec", codec, "-o", (dir / "total.mp4").string()});
    const auto t0 = Clock::now();
    const int rcTotal = runArgs(total);
    const double totalS = seconds(t0, Clock::now());

    auto low = args;
    low.insert(low.end(), {"--codec", codec, "--quality", "low", "-o", (dir / "low.mp4").string()});
    const auto l0 = Clock::now();
    const int rcLow = runArgs(low);
    const double lowS = seconds(l0, Clock::now());

    auto render = args;
    render.insert(render.end(), {"--codec", "rawvideo", "-o", (dir / "raw.nut").string()});
    const auto r0 = Clock::now();
    const double rCpu0 = cpuSeconds();
    const int rcRender = runArgs(render);
    const double renderS = seconds(r0, Clock::now());
    const double renderCpu = cpuSeconds() - rCpu0;

    const Timed alone = encodeAlone(dir, wh->width, wh->height, fps, codec);
    const int rcFf = alone.rc;
    const double ffS = alone.wallS, ffCpu = alone.cpuS;
    const double busyBound = std::max({renderS, ffS, (renderCpu + ffCpu) / cores});

    if (rcTotal != 0 || rcRender != 0 || rcFf != 0 || rcLow != 0) {
      std::printf("%-10s failed (record %d, raw %d, ffmpeg %d, low %d)\n", size.c_str(), rcTotal,
                  rcRender, rcFf, rcLow);
      continue;
    }
    std::printf("%-10s %9.2f %9.2f %9.2f %9.2f %9.2f %12.2f %12.2f %9.2f %9.2f %10.2f\n",
                size.c_str(), totalS, renderS, ffS, startup, frames / totalS, totalS / ffS,
                totalS / std::max(renderS, ffS), lowS, totalS / lowS, totalS / busyBound);
    std::fflush(stdout);
    char row[512];
    std::snprintf(row, sizeof row,
                  "%s{\"size\": \"%s\", \"frames\": %d, \"total_s\": %.3f, \"render_s\": %.3f, "
                  "\"ffmpeg_s\": %.3f, \"startup_s\": %.3f, \"fps\": %.2f, "
                  "\"total_over_ffmpeg\": %.3f, \"overlap\": %.3f, \"low_s\": %.3f, "
                  "\"high_over_low\": %.3f, \"render_cpu_s\": %.3f, \"ffmpeg_cpu_s\": %.3f, "
                  "\"over_busy_bound\": %.3f}",
                  json.size() > 1 ? ", " : "", size.c_str(), frames, totalS, renderS, ffS, startup,
                  frames / totalS, totalS / ffS, totalS / std::max(renderS, ffS), lowS,
                  totalS / lowS, renderCpu, ffCpu, totalS / busyBound);
    json += row;
  }
  json += "]\n";
  if (!jsonPath.empty()) {
    if (std::FILE* f = std::fopen(jsonPath.c_str(), "w")) {
      std::fputs(json.c_str(), f);
      std::fclose(f);
    } else {
      std::printf("record_bench: cannot write %s\n", jsonPath.c_str());
    }
  }
  std::error_code ec;
  fs::remove_all(dir, ec);
  return 0;
}
