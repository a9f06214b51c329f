#pragma once
// The desktop window: GLFW + the shared Renderer + the presenter's Dear ImGui
// panels (ui_*.cpp), settings kept across runs (settings.h), F12 screenshots
// (screenshot.h).

#include <optional>
#include <string>
#include <vector>

#include "camera_presets.h"
#include "ui_context.h"

namespace rv::app {

struct WindowOptions {
  // Unset: from the saved settings (else 1280x720, chase camera, automatic scale).
  std::optional<int> width, height;
  std::optional<CameraKind> camera;
  std::optional<float> uiScale;
  std::string startTime = "T+0";
  // "auto": low on a software rasteriser (Mesa llvmpipe), else high; or
  // "high" / "low" (render::RenderQuality).
  std::string quality = "auto";
  bool resetSettings = false;  // start from defaults (the file is rewritten on exit)
  // Story mode (story_mode.h) from the start; its speed factor; and a hold
  // that ends by itself after this many seconds (a kiosk), else at Next.
  bool story = false;
  double storySpeed = 1.0;
  std::optional<double> storyHoldS;
  // For tests and benchmarks: quit after this many frames, or once this many
  // seconds of wall time have passed, whichever comes first (0 = no limit),
  // and save the last frame (3D view and panels) to a PNG. Settings are read
  // but not written on such a run. Seconds suit what waits on wall time (the
  // transport row folding away), which a faster machine reaches in more frames.
  int exitAfterFrames = 0;
  double exitAfterSeconds = 0.0;
  std::string screenshotPath;
  // With screenshotPath: the same last frame's 3D view alone, before the
  // panels go on (a test compares the two to measure what the UI covers).
  std::string sceneScreenshotPath;
  // Written on exit: time, warp, camera, panels... (key = value), for tests.
  std::string dumpStatePath;
  // Once a second: wall seconds, mean frame ms, mission T+ seconds, warp,
  // camera and KiB of heap in use, one line each (for scripts/soak.sh).
  std::string frameLogPath;
  // Panels other modules add (the Record panel): drawn with the others.
  std::vector<PanelHook> extraPanels;
  // Called every frame before the panels, shown or hidden (H), for work that
  // must go on meanwhile (the Record panel's background recording).
  std::vector<PanelHook> frameHooks;
};

struct GlobalOptions;
int runWindowApp(const WindowOptions& options, const GlobalOptions& global);

}  // namespace rv::app
