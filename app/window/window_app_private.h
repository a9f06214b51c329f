#pragma once
// runWindowApp's insides: one run of the window, opened in steps
// (window_app_setup.cpp) and then drawn frame by frame (window_app.cpp).
// The members are declared in the order they are made, so they are torn
// down backwards: the UI, then the renderer's GL objects, then the window
// and its context, then the mission.

#include <chrono>
#include <cstdio>
#include <future>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "app_state.h"
#include "background_mission.h"
#include "exit_codes.h"
#include "glfw_window.h"
#include "heap_memory.h"
#include "imgui_session.h"
#include "input_queue.h"
#include "mission_series.h"
#include "render/image_io.h"
#include "render/renderer.h"
#include "timeline_view.h"
#include "ui_context.h"
#include "window_app.h"

namespace rv::app {

class WindowApp {
 public:
  WindowApp(const WindowOptions& options, const GlobalOptions& global);

  // Loads the mission, reads the settings, opens the window, the renderer
  // and the UI. An exit code when one of them fails (said on stderr).
  std::optional<int> open();
  // Frames until the window is closed or --exit-after-frames; then the state
  // dump and the settings. The exit code.
  int run();

 private:
  using Clock = std::chrono::steady_clock;

  // Opening, in order (window_app_setup.cpp): readSettings to
  // createRenderer while the mission simulates on a worker (computeSeries
  // runs there, after the simulation), takeMission after.
  void readSettings();
  std::optional<int> openWindow();
  // The UI scale the window opens with (the command line, the settings,
  // else the monitor's) and whether the user chose it.
  std::pair<float, bool> startUiScale() const;
  // The UI fonts for that scale and the window's width, built on a worker
  // while the renderer is made (ImGuiSession adopts them).
  std::future<PrebuiltFonts> startBuildingFonts() const;
  std::optional<int> createRenderer(render::RendererAssets assets);
  std::optional<int> takeMission(BackgroundMission& background);
  void computeSeries(const LoadedMission& mission);
  void initState();
  void initUi();

  // One frame, in order (window_app.cpp). frame() is false when the loop
  // must end (the last frame of --exit-after-frames or -seconds).
  bool frame();
  // A run that quits by itself (--exit-after-frames or -seconds): no idle
  // waits, no fullscreen, settings left as they were.
  bool quitsByItself() const { return m_opt.exitAfterFrames > 0 || m_opt.exitAfterSeconds > 0.0; }
  // This frame is the last of such a run (after advanceClock, before ++m_frames).
  bool isLastFrame() const {
    return (m_opt.exitAfterFrames > 0 && m_frames + 1 >= m_opt.exitAfterFrames) ||
           (m_opt.exitAfterSeconds > 0.0 && m_app.wallS >= m_opt.exitAfterSeconds);
  }
  void waitForInput();
  double advanceClock();
  void applyKeys();
  void updateFonts();
  void advanceStory(double wallDt);
  void drawScene(int fbW, int fbH);
  void drawPanels();
  void applyPanelActions(double storyUtcS);
  void takeScreenshot(render::ImageRgba8 shot, int fbW, int fbH);
  void writeTestScreenshot(const std::string& path, int fbW, int fbH);
  void updateStats();
  void shutDown();

  const WindowOptions& m_opt;
  const GlobalOptions& m_global;
  int m_exitCode = kExitOk;

  std::unique_ptr<LoadedMission> m_mission;
  double m_startUtcS = 0.0;
  std::string m_settingsPath;
  Settings m_settings;
  std::string m_settingsWarning;
  bool m_sizeFromCli = false;
  int m_swapInterval = 1;

  InputQueue m_input;  // the window's callbacks point here: it outlives the window
  std::unique_ptr<GlfwWindow> m_window;
  std::unique_ptr<render::Renderer> m_renderer;
  MissionSeries m_series;
  double m_seriesS = 0.0;  // how long m_series took to work out
  std::unique_ptr<ImGuiSession> m_imgui;
  std::optional<PlaybackClock> m_clock;
  AppState m_app;
  std::optional<TimelineView> m_view;

  FrameStats m_stats;
  Clock::time_point m_wallStart, m_last, m_statsStart;
  int m_statsFrames = 0;
  std::unique_ptr<std::FILE, int (*)(std::FILE*)> m_frameLog{nullptr, &std::fclose};
  // Every 30 s, between frames, free heap pages go back to the system
  // (a few ms on llvmpipe's heap; the frame log's last column says).
  HeapTrimmer m_trimmer{30.0};
  double m_trimMs = 0.0;
  long long m_frames = 0;
  // Seconds from the command's start to the first frame's swap (the first
  // picture on screen); empty until then or where the age is unknown.
  std::optional<double> m_firstFrameAtS;
  unsigned long long m_seenEvents = 0;
  unsigned long long m_seenPointerEvents = 0;
  int m_framesSinceInput = 0;
  int m_winW = 0, m_winH = 0;
  std::vector<Action> m_actions;
};

}  // namespace rv::app
