#include "screenshot.h"

#include "xdg_user_dirs.h"

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <filesystem>
#include <system_error>

namespace rv::app {
namespace {

namespace fs = std::filesystem;

}  // namespace

std::string screenshotFolder(const std::string& chosen) {
  if (!chosen.empty()) return chosen;
  return (fs::path(xdgUserFolder("PICTURES", "Pictures")) / "Rendezvous").string();
}

std::string screenshotFileName(long long wallUnixS, double metS) {
  const std::time_t t = static_cast<std::time_t>(wallUnixS);
  std::tm local{};
  localtime_r(&t, &local);
  char when[32];
  std::strftime(when, sizeof when, "%Y-%m-%d_%H%M%S", &local);
  const char sign = metS < 0 ? '-' : '+';
  const long long s = static_cast<long long>(std::floor(std::abs(metS)));
  char buf[96];
  std::snprintf(buf, sizeof buf, "rendezvous_%s_T%c%02lld-%02lld-%02lld.png", when, sign, s / 3600,
                s / 60 % 60, s % 60);
  return buf;
}

ScreenshotResult saveScreenshot(const render::ImageRgba8& image, const std::string& folder,
                                const std::string& fileName) {
  ScreenshotResult r;
  std::error_code ec;
  fs::create_directories(folder, ec);
  if (ec || !fs::is_directory(folder, ec)) {
    r.message = "Screenshot not saved: cannot create the folder " + folder +
                (ec ? " (" + ec.message() + ")" : std::string());
    return r;
  }
  fs::path path = fs::path(folder) / fileName;
  const std::string stem = path.stem().string();
  for (int n = 2; fs::exists(path, ec) && n < 1000; ++n)
    path = fs::path(folder) / (stem + "-" + std::to_string(n) + ".png");
  if (auto written = render::writePng(path.string(), image); !written) {
    r.message =
        "Screenshot not saved: cannot write to " + folder + " (" + written.error().message + ")";
    return r;
  }
  r.ok = true;
  r.path = path.string();
  r.message = "Screenshot saved: " + r.path;
  return r;
}

}  // namespace rv::app
