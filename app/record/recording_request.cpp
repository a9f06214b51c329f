#include "recording_request.h"

#include "xdg_user_dirs.h"

#include <unistd.h>

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <system_error>

namespace rv::app {
namespace {

namespace fs = std::filesystem;

std::string metForFileName(double metS) {
  const char sign = metS < 0 ? '-' : '+';
  const long long s = static_cast<long long>(std::floor(std::abs(metS)));
  char buf[32];
  std::snprintf(buf, sizeof buf, "T%c%02lld-%02lld-%02lld", sign, s / 3600, s / 60 % 60, s % 60);
  return buf;
}

}  // namespace

std::string formatMetArgument(double metS) {
  char buf[48];
  // Rounded to the millisecond first, so -0.0004 is "T+0.000", not "T-0.000".
  const double ms = std::round(metS * 1000.0) / 1000.0;
  std::snprintf(buf, sizeof buf, "T%c%.3f", ms < 0 ? '-' : '+', std::abs(ms));
  return buf;
}

std::vector<std::string> recordArguments(const RecordRequest& r) {
  std::vector<std::string> a;
  if (!r.missionPath.empty()) a.insert(a.end(), {"--mission", r.missionPath});
  a.insert(
      a.end(),
      {"record", "--from", formatMetArgument(r.fromMetS), "--to", formatMetArgument(r.toMetS),
       "--camera", r.camera ? cameraName(*r.camera) : "auto", "--size",
       std::to_string(r.width) + "x" + std::to_string(r.height), "--fps", std::to_string(r.fps)});
  if (r.speed != 1) a.insert(a.end(), {"--speed", std::to_string(r.speed)});
  if (r.overlay) a.emplace_back("--overlay");
  if (r.progressFd >= 0) a.insert(a.end(), {"--progress-fd", std::to_string(r.progressFd)});
  a.insert(a.end(), {"-o", r.outputPath});
  return a;
}

std::string defaultVideoFolder() {
  return (fs::path(xdgUserFolder("VIDEOS", "Videos")) / "Rendezvous").string();
}

std::string videoFileName(double fromMetS, double toMetS) {
  return "rendezvous-" + metForFileName(fromMetS) + "_" + metForFileName(toMetS) + ".mp4";
}

std::string firstFreePath(const std::string& path,
                          const std::function<bool(const std::string&)>& exists) {
  if (!exists(path)) return path;
  const fs::path p(path);
  const std::string stem = p.stem().string(), ext = p.extension().string();
  for (int n = 1; n < 10000; ++n) {
    const std::string candidate =
        (p.parent_path() / (stem + "-" + std::to_string(n) + ext)).string();
    if (!exists(candidate)) return candidate;
  }
  return (p.parent_path() / (stem + "-" + std::to_string(::getpid()) + ext)).string();
}

Result<void> prepareOutputFolder(const std::string& outputPath) {
  if (outputPath.empty()) {
    return fail("no output file given");
  }
  fs::path folder = fs::path(outputPath).parent_path();
  if (folder.empty()) folder = ".";
  std::error_code ec;
  fs::create_directories(folder, ec);
  if (ec || !fs::is_directory(folder, ec)) {
    return fail("cannot create the folder " + folder.string() +
                (ec ? " (" + ec.message() + ")" : std::string()));
  }
  if (::access(folder.c_str(), W_OK | X_OK) != 0) {
    return fail("the folder " + folder.string() + " is not writable");
  }
  return {};
}

}  // namespace rv::app
