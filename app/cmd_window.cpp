// Options of the window (the program run without a subcommand).
#include "cli_values.h"
#include "command.h"
#include "window_app.h"

namespace rv::app {

std::function<int()> addWindowOptions(CLI::App& app, const GlobalOptions&) {
  auto opt = std::make_shared<WindowOptions>();
  auto size = std::make_shared<std::string>("1280x720");
  app.add_option("--window-size", *size, "Initial window size WIDTHxHEIGHT (default 1280x720)")
      ->check(imageSizeValidator());
  app.add_option("--start", opt->startTime, "Mission time to open at (default T+0, lift-off)")
      ->check(missionTimeValidator());
  app.add_option("--exit-after-frames", opt->exitAfterFrames,
                 "Quit after N frames (tests, benchmarks)")
      ->check(CLI::PositiveNumber)
      ->group("Testing");
  app.add_option("--screenshot", opt->screenshotPath,
                 "With --exit-after-frames: save the last frame to this PNG")
      ->group("Testing");
  return [opt, size] {
    std::string err;
    const ImageSize s = *parseImageSize(*size, &err);
    opt->width = s.width;
    opt->height = s.height;
    return runWindowApp(*opt);
  };
}

} // namespace rv::app
