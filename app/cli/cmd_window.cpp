// Options of the window (the program run without a subcommand).
#include "cli_values.h"
#include "command.h"
#include "record_panel.h"
#include "window_app.h"

namespace rv::app {

std::function<int()> addWindowOptions(CLI::App& app, const GlobalOptions& global) {
  auto opt = std::make_shared<WindowOptions>();
  auto size = std::make_shared<std::string>("1280x720");
  auto* sizeOpt =
      app.add_option("--window-size", *size,
                     "Initial window size WIDTHxHEIGHT (default: as last time, else 1280x720)")
          ->check(imageSizeValidator());
  app.add_option("--start", opt->startTime,
                 "Mission time or event to open at (default T+0, lift-off)")
      ->check(missionTimeValidator());
  auto camera = std::make_shared<std::string>("chase");
  auto* cameraOpt =
      app.add_option(
             "--camera", *camera,
             "Camera to open with: pad, chase, onboard, port, overview, free, stages (default: as "
             "last time)")
          ->check(CLI::IsMember(cameraNames()));
  auto scale = std::make_shared<float>(0.0f);
  auto* scaleOpt = app.add_option("--ui-scale", *scale,
                                  "UI scale 1 to 3 (default: as last time, else from the monitor)")
                       ->check(CLI::Range(1.0f, 3.0f));
  app.add_option("--quality", opt->quality,
                 "Render quality: auto (low on a software rasteriser such as llvmpipe, else high), "
                 "high (4x MSAA) or low (no MSAA, about half the frame time on llvmpipe)")
      ->check(CLI::IsMember({"auto", "high", "low"}));
  app.add_flag("--story", opt->story,
               "Open in story mode: the whole mission as a presentation that holds at the key "
               "events until Next (Right, PageDown); F5 starts and leaves it in the window")
      ->group("Presenting");
  auto storyHold = std::make_shared<double>(0.0);
  auto* storyHoldOpt =
      app.add_option("--story-hold", *storyHold,
                     "SECONDS: story mode goes on by itself after holding this long at each key "
                     "event (a kiosk); default: it waits for Next")
          ->check(CLI::Range(0.0, 3600.0))
          ->group("Presenting");
  app.add_option("--story-speed", opt->storySpeed,
                 "FACTOR: story mode this many times faster than the presentation's own pace "
                 "(rehearsals, tests; default 1)")
      ->check(CLI::Range(0.1, 1000.0))
      ->group("Presenting");
  app.add_flag("--reset-settings", opt->resetSettings,
               "Start from the default settings (window, scale, camera, warp, panels)");
  app.add_option("--exit-after-frames", opt->exitAfterFrames,
                 "Quit after N frames (tests, benchmarks); says on stderr how long after the "
                 "command started the first frame was on screen")
      ->check(CLI::PositiveNumber)
      ->group("Testing");
  app.add_option("--exit-after-seconds", opt->exitAfterSeconds,
                 "Quit once this many seconds of wall time have passed (tests; with "
                 "--exit-after-frames, whichever comes first)")
      ->check(CLI::PositiveNumber)
      ->group("Testing");
  app.add_option("--screenshot", opt->screenshotPath,
                 "With --exit-after-frames or -seconds: save the last frame to this PNG")
      ->group("Testing");
  app.add_option("--scene-screenshot", opt->sceneScreenshotPath,
                 "With --screenshot: also save that frame's 3D view without the panels")
      ->group("Testing");
  app.add_option("--dump-state", opt->dumpStatePath,
                 "On exit, write the replay state (time, warp, camera, panels) to this file")
      ->group("Testing");
  app.add_option("--frame-log", opt->frameLogPath,
                 "Append one line a second (wall s, frame ms, T+ s, warp, camera, heap KiB, heap "
                 "trim ms) to this file")
      ->group("Testing");
  return
      [opt, size, camera, scale, sizeOpt, cameraOpt, scaleOpt, storyHold, storyHoldOpt, &global] {
        if (storyHoldOpt->count() > 0) opt->storyHoldS = *storyHold;
        std::string err;
        if (sizeOpt->count() > 0) {
          const ImageSize s = *parseImageSize(*size);
          opt->width = s.width;
          opt->height = s.height;
        }
        if (cameraOpt->count() > 0) opt->camera = *parseCameraName(*camera);
        if (scaleOpt->count() > 0) opt->uiScale = *scale;
        if (opt->extraPanels.empty()) addRecordPanel(*opt, {"/proc/self/exe", global.missionPath});
        return runWindowApp(*opt, global);
      };
}

}  // namespace rv::app
