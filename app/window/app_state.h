#pragma once
// What the window's actions change (app_actions.h) beyond the clock: the
// camera, the panels (UiState), fullscreen, the UI scale, story mode, a
// pending screenshot. Saved on exit as settings, and for tests as a state
// dump.

#include <optional>
#include <string>

#include "base/result.h"
#include "mission_context.h"
#include "monitors.h"
#include "playback_clock.h"
#include "settings.h"
#include "story_mode.h"
#include "ui_state.h"

struct GLFWwindow;

namespace rv::app {

struct AppState {
  GLFWwindow* window = nullptr;
  const LoadedMission* mission = nullptr;
  PlaybackClock* clock = nullptr;
  CameraState camera;
  UiState ui;
  WindowedRect windowed;
  int swapInterval = 1;
  bool scaleChosen = false;  // else the scale follows the monitor
  bool fontsDirty = false;   // rebuild the atlas before the next frame
  bool themeDirty = false;
  bool screenshotPending = false;
  float largeTypePx = 0.0f;  // the fonts' large size: follows the window's width
  int screenshots = 0;
  std::string lastScreenshot;
  double wallS = 0.0;
  // Story mode (F5) while it runs, and the controls it found, given back
  // when it ends.
  std::optional<StoryMode> story;
  StoryOptions storyOptions;
  struct Saved {
    double warp = 1.0;
    bool playing = false;
    CameraKind camera = CameraKind::Chase;
  } beforeStory;
  int storiesFinished = 0;
  int storyStopsHeld = 0;  // by the last story
  bool frozen = false;     // F: the picture holds; keys still work behind it
};

// A message at the bottom of the window for `seconds` of wall time.
inline void toast(AppState& s, std::string text, bool error = false, double seconds = 4.0) {
  s.ui.toast = {std::move(text), error, s.wallS + seconds};
}

// What is kept across runs (the window's place and size from GLFW).
Settings settingsFrom(const AppState& s, GLFWwindow* window);

// key = value lines for tests (WindowOptions::dumpStatePath), through the
// careful writer: the file is whole or absent, and a failure is an Error.
Result<void> writeStateDump(const std::string& path, const AppState& s, long long frames);

}  // namespace rv::app
