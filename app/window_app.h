#pragma once
// The desktop window: GLFW + the shared Renderer + Dear ImGui panels.

#include <string>

#include "camera_presets.h"

namespace rv::app {

struct WindowOptions {
  int width = 1280;
  int height = 720;
  std::string startTime = "T+0";
  CameraKind camera = CameraKind::Chase;
  // For tests and benchmarks: quit after this many frames (0 = run until closed),
  // and save the last frame (3D view and panels) to a PNG.
  int exitAfterFrames = 0;
  std::string screenshotPath;
};

struct GlobalOptions;
int runWindowApp(const WindowOptions& options, const GlobalOptions& global);

} // namespace rv::app
