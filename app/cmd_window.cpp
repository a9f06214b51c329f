// Options of the window (the program run without a subcommand).
#include "cli_values.h"
#include "command.h"
#include "window_app.h"

namespace rv::app {

std::function<int()> addWindowOptions(CLI::App& app, const GlobalOptions& global) {
  auto opt = std::make_shared<WindowOptions>();
  auto size = std::make_shared<std::string>("1280x720");
  app.add_option("--window-size", *size, "Initial window size WIDTHxHEIGHT (default 1280x720)")
      ->check(imageSizeValidator());
  app.add_option("--start", opt->startTime, "Mission time or event to open at (default T+0, lift-off)")
      ->check(missionTimeValidator());
  auto camera = std::make_shared<std::string>("chase");
  app.add_option("--camera", *camera, "Camera to open with: pad, chase, onboard, port, overview, free")
      ->check(CLI::IsMember({"pad", "chase", "onboard", "port", "overview", "free"}));
  app.add_option("--exit-after-frames", opt->exitAfterFrames,
                 "Quit after N frames (tests, benchmarks)")
      ->check(CLI::PositiveNumber)
      ->group("Testing");
  app.add_option("--screenshot", opt->screenshotPath,
                 "With --exit-after-frames: save the last frame to this PNG")
      ->group("Testing");
  return [opt, size, camera, &global] {
    std::string err;
    const ImageSize s = *parseImageSize(*size, &err);
    opt->width = s.width;
    opt->height = s.height;
    opt->camera = *parseCameraName(*camera);
    return runWindowApp(*opt, global);
  };
}

} // namespace rv::app
