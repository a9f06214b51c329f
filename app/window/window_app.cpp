// [SECTION] Window, input and presentation helpers
// [SECTION] Actions: key and button commands applied to the clock, camera and UI
// [SECTION] runWindowApp: set-up, the frame loop, shut-down (settings, state dump)

#include "window_app.h"

#include <glad/gl.h>
#define GLFW_INCLUDE_NONE
#include <GLFW/glfw3.h>
#include <imgui.h>
#include <imgui_impl_glfw.h>
#include <imgui_impl_opengl3.h>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <fstream>
#include <memory>

#include "astro/time_scales.h"
#include "data_paths.h"
#include "event_nav.h"
#include "exit_codes.h"
#include "frame_builder.h"
#include "heap_memory.h"
#include "layout.h"
#include "mission_context.h"
#include "playback_clock.h"
#include "render/image_io.h"
#include "render/renderer.h"
#include "renderer_desc.h"
#include "screenshot.h"
#include "settings.h"
#include "story_mode.h"

namespace rv::app {
namespace {

//-----------------------------------------------------------------------------
// [SECTION] Window, input and presentation helpers
//-----------------------------------------------------------------------------

void glfwErrorToStderr(int code, const char* text) {
  std::fprintf(stderr, "rendezvous: GLFW error %d: %s\n", code, text);
}

// Filled by the GLFW callbacks, consumed by the loop: key presses to apply,
// and a count of input events so an idle paused window knows to redraw.
struct InputQueue {
  struct Key {
    int key, mods;
  };
  std::vector<Key> keys;
  bool enterWhileTyping = false;
  bool escapeWhileTyping = false;
  bool typing = false;        // keys are text, not commands (the Go to field)
  double typingSinceS = 0.0;  // when `typing` was set
  bool sawTextInput = false;  // ImGui has had the field active since
  unsigned long long events = 0;
  unsigned long long pointerEvents = 0;  // moves, clicks, wheel: bring the transport row back
};

InputQueue* inputOf(GLFWwindow* w) {
  return static_cast<InputQueue*>(glfwGetWindowUserPointer(w));
}

// Installed before ImGui's backend, which chains to them.
void onKey(GLFWwindow* window, int key, int, int action, int mods) {
  InputQueue* q = inputOf(window);
  if (!q) return;
  ++q->events;
  if (action != GLFW_PRESS) return;
  if (q->typing || (ImGui::GetCurrentContext() && ImGui::GetIO().WantCaptureKeyboard)) {
    // Typing in a field (or about to: G was pressed and the field takes the
    // focus on the next frame). ImGui 1.86 samples keys once per frame, so a
    // quick Enter or Esc (press and release within one slow frame) would be
    // lost: pass them on so the Go to field still submits or closes.
    if (key == GLFW_KEY_ENTER || key == GLFW_KEY_KP_ENTER) q->enterWhileTyping = true;
    if (key == GLFW_KEY_ESCAPE) q->escapeWhileTyping = true;
    return;
  }
  q->keys.push_back({key, mods});
}
void onMouseButton(GLFWwindow* w, int, int, int) {
  ++inputOf(w)->events;
  ++inputOf(w)->pointerEvents;
}
void onScroll(GLFWwindow* w, double, double) {
  ++inputOf(w)->events;
  ++inputOf(w)->pointerEvents;
}
void onChar(GLFWwindow* w, unsigned int) {
  ++inputOf(w)->events;
}
void onCursorPos(GLFWwindow* w, double, double) {
  ++inputOf(w)->events;
  ++inputOf(w)->pointerEvents;
}
void onWindowFocus(GLFWwindow* w, int) {
  ++inputOf(w)->events;
}
void onFramebufferSize(GLFWwindow* w, int, int) {
  ++inputOf(w)->events;
}

// Reads the window's back buffer (what has been drawn so far this frame).
render::ImageRgba8 readBackBuffer(int width, int height) {
  render::ImageRgba8 img{
      width, height,
      std::vector<std::uint8_t>(static_cast<size_t>(width) * static_cast<size_t>(height) * 4)};
  glBindFramebuffer(GL_READ_FRAMEBUFFER, 0);
  glReadBuffer(GL_BACK);
  glPixelStorei(GL_PACK_ALIGNMENT, 1);
  glReadPixels(0, 0, width, height, GL_RGBA, GL_UNSIGNED_BYTE, img.pixels.data());
  const size_t row = static_cast<size_t>(width) * 4;
  std::vector<std::uint8_t> flipped(img.pixels.size());
  for (int y = 0; y < height; ++y)
    std::copy_n(&img.pixels[static_cast<size_t>(height - 1 - y) * row], row,
                &flipped[static_cast<size_t>(y) * row]);
  img.pixels = std::move(flipped);
  for (size_t i = 3; i < img.pixels.size(); i += 4) img.pixels[i] = 255;  // opaque PNG
  return img;
}

struct GlfwSession {
  GlfwSession() : ok(glfwInit() == GLFW_TRUE) {}
  ~GlfwSession() {
    if (ok) glfwTerminate();
  }
  bool ok;
};

// The monitor that holds most of the window (F11 goes fullscreen there).
GLFWmonitor* monitorOf(GLFWwindow* window) {
  int wx = 0, wy = 0, ww = 0, wh = 0;
  glfwGetWindowPos(window, &wx, &wy);
  glfwGetWindowSize(window, &ww, &wh);
  int count = 0;
  GLFWmonitor** monitors = glfwGetMonitors(&count);
  GLFWmonitor* best = glfwGetPrimaryMonitor();
  long bestArea = -1;
  for (int i = 0; i < count; ++i) {
    int mx = 0, my = 0;
    glfwGetMonitorPos(monitors[i], &mx, &my);
    const GLFWvidmode* mode = glfwGetVideoMode(monitors[i]);
    if (!mode) continue;
    const long ox = std::max(0, std::min(wx + ww, mx + mode->width) - std::max(wx, mx));
    const long oy = std::max(0, std::min(wy + wh, my + mode->height) - std::max(wy, my));
    if (ox * oy > bestArea) {
      bestArea = ox * oy;
      best = monitors[i];
    }
  }
  return best;
}

// Whether a saved window position is on some monitor (a projector that is
// gone must not leave the window off-screen).
bool onSomeMonitor(int x, int y) {
  int count = 0;
  GLFWmonitor** monitors = glfwGetMonitors(&count);
  for (int i = 0; i < count; ++i) {
    int mx = 0, my = 0;
    glfwGetMonitorPos(monitors[i], &mx, &my);
    const GLFWvidmode* mode = glfwGetVideoMode(monitors[i]);
    if (mode && x >= mx && y >= my && x < mx + mode->width - 40 && y < my + mode->height - 40)
      return true;
  }
  return false;
}

struct WindowedRect {
  int x = 0, y = 0, w = 1280, h = 720;
};

void setFullscreen(GLFWwindow* window, bool on, WindowedRect& saved, int swapInterval) {
  const bool isFull = glfwGetWindowMonitor(window) != nullptr;
  if (on == isFull) return;
  if (on) {
    glfwGetWindowPos(window, &saved.x, &saved.y);
    glfwGetWindowSize(window, &saved.w, &saved.h);
    GLFWmonitor* m = monitorOf(window);
    const GLFWvidmode* mode = glfwGetVideoMode(m);
    if (!mode) return;
    glfwSetWindowMonitor(window, m, 0, 0, mode->width, mode->height, mode->refreshRate);
  } else {
    glfwSetWindowMonitor(window, nullptr, saved.x, saved.y, saved.w, saved.h, GLFW_DONT_CARE);
  }
  glfwSwapInterval(swapInterval);  // some drivers reset it with the mode
}

float monitorScaleFor(GLFWwindow* window) {
  float sx = 1.0f, sy = 1.0f;
  glfwGetWindowContentScale(window, &sx, &sy);
  GLFWmonitor* monitor = monitorOf(window);
  MonitorInfo m;
  m.contentScale = std::max(sx, sy);
  if (const GLFWvidmode* mode = glfwGetVideoMode(monitor)) {
    m.widthPx = mode->width;
    m.heightPx = mode->height;
  }
  glfwGetMonitorPhysicalSize(monitor, &m.widthMm, &m.heightMm);
  return defaultUiScale(m);
}

//-----------------------------------------------------------------------------
// [SECTION] Actions
//-----------------------------------------------------------------------------

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

void toast(AppState& s, std::string text, bool error = false, double seconds = 4.0) {
  s.ui.toast = {std::move(text), error, s.wallS + seconds};
}

void leaveStory(AppState& s, const char* message) {
  if (!s.story) return;
  s.storyStopsHeld = s.story->stopsHeld();
  s.story.reset();
  s.clock->setWarp(s.beforeStory.warp);
  s.clock->setPlaying(s.beforeStory.playing);
  s.camera.select(s.beforeStory.camera);
  s.ui.storyCaption = nullptr;
  s.ui.storyState.clear();
  toast(s, message, false, 3.0);
}

void enterStory(AppState& s) {
  s.beforeStory = {s.clock->warp(), s.clock->playing(), s.camera.current};
  s.story.emplace(*s.mission->timeline, s.storyOptions);
  s.clock->setPlaying(false);
  toast(s, "Story mode: Next (Right, PageDown) goes on; Esc or F5 leaves", false, 4.0);
}

// In story mode the presenter's Next, Previous and Space steer the story;
// any other time or camera command leaves it first (the controls as they
// were), then applies.
bool storyTakes(AppState& s, Action a) {
  switch (a) {
    case Action::NextEvent:
      s.story->next();
      return true;
    case Action::PreviousEvent:
      s.story->previous();
      return true;
    case Action::TogglePlay:
      s.story->togglePause();
      return true;
    case Action::Back:
    case Action::ToggleStory:
      leaveStory(s, "Story mode off: the controls are as they were");
      return true;
    case Action::Reverse:
    case Action::Faster:
    case Action::Slower:
    case Action::RealTime:
    case Action::GoToStart:
    case Action::GoToEnd:
    case Action::FocusTimeField:
    case Action::CameraPad:
    case Action::CameraChase:
    case Action::CameraOnboard:
    case Action::CameraPort:
    case Action::CameraOverview:
    case Action::CameraFree:
    case Action::CameraStages:
      leaveStory(s, "Story mode off");
      return false;
    default:
      return false;
  }
}

void applyAction(AppState& s, Action a) {
  PlaybackClock& clock = *s.clock;
  const auto& events = s.mission->timeline->events();
  if (s.story && storyTakes(s, a)) return;
  switch (a) {
    case Action::ToggleStory:
      enterStory(s);
      break;
    case Action::CycleExposure: {
      // auto, +1, +2, -1, back to auto
      const double next = s.ui.exposureBiasEv == 0.0   ? 1.0
                          : s.ui.exposureBiasEv == 1.0 ? 2.0
                          : s.ui.exposureBiasEv == 2.0 ? -1.0
                                                       : 0.0;
      s.ui.exposureBiasEv = next;
      toast(s,
            next == 0.0 ? std::string("Exposure: automatic")
                        : "Exposure: automatic " + std::string(next > 0 ? "+" : "") +
                              std::to_string(static_cast<int>(next)) + " stop (E again)",
            false, 2.5);
      break;
    }
    case Action::ToggleFreeze:
      s.frozen = !s.frozen;
      glfwSetWindowTitle(s.window, s.frozen ? "Rendezvous - picture frozen (F to go on)"
                                            : "Rendezvous - Soyuz MS-19, 5 October 2021");
      break;
    case Action::TogglePlay:
      clock.togglePlaying();
      break;
    case Action::Reverse:
      clock.reverse();
      break;
    case Action::Faster:
      clock.stepWarp(+1);
      break;
    case Action::Slower:
      clock.stepWarp(-1);
      break;
    case Action::RealTime:
      clock.realTime();
      break;
    case Action::PreviousEvent:
      if (const auto* e = previousEvent(events, clock.nowUtcS()))
        clock.seek(e->utcS);
      else
        clock.seek(clock.startUtcS());
      break;
    case Action::NextEvent:
      if (const auto* e = nextEvent(events, clock.nowUtcS())) clock.seek(e->utcS);
      break;
    case Action::GoToStart:
      clock.seek(clock.startUtcS());
      break;
    case Action::GoToEnd:
      clock.seek(clock.endUtcS());
      break;
    case Action::ToggleEndMode:
      clock.setEndMode(clock.endMode() == EndMode::Loop ? EndMode::Stop : EndMode::Loop);
      toast(s, clock.endMode() == EndMode::Loop ? "Loop at the ends" : "Stop at the ends", false,
            2.0);
      break;
    case Action::FocusTimeField:
      s.ui.panelsVisible = true;
      s.ui.focusTimeField = true;
      s.ui.lastPointerWallS = s.wallS;  // the field is in the transport row
      break;
    case Action::CameraPad:
      s.camera.select(CameraKind::Pad);
      break;
    case Action::CameraChase:
      s.camera.select(CameraKind::Chase);
      break;
    case Action::CameraOnboard:
      s.camera.select(CameraKind::Onboard);
      break;
    case Action::CameraPort:
      s.camera.select(CameraKind::Port);
      break;
    case Action::CameraOverview:
      s.camera.select(CameraKind::Overview);
      break;
    case Action::CameraFree:
      s.camera.select(CameraKind::Free);
      break;
    case Action::CameraStages:
      s.camera.select(CameraKind::Stages);
      break;
    case Action::ToggleFullscreen:
      setFullscreen(s.window, glfwGetWindowMonitor(s.window) == nullptr, s.windowed,
                    s.swapInterval);
      break;
    case Action::TogglePanels:
      s.ui.panelsVisible = !s.ui.panelsVisible;
      break;
    case Action::ToggleHelp:
      s.ui.showHelp = !s.ui.showHelp;
      break;
    case Action::ToggleTelemetry:
      s.ui.showTelemetry = !s.ui.showTelemetry;
      break;
    case Action::TogglePlots:
      s.ui.showPlots = !s.ui.showPlots;
      break;
    case Action::ToggleCrew:
      s.ui.showCrew = !s.ui.showCrew;
      break;
    case Action::ToggleRelative:
      s.ui.showRelative = !s.ui.showRelative;
      break;
    case Action::ToggleMap:
      s.ui.showMap = !s.ui.showMap;
      break;
    case Action::ToggleTheme:
      s.ui.highContrast = !s.ui.highContrast;
      s.themeDirty = true;
      break;
    case Action::UiScaleUp:
    case Action::UiScaleDown:
      s.ui.uiScale = steppedUiScale(s.ui.uiScale, a == Action::UiScaleUp ? 1 : -1);
      s.scaleChosen = true;
      s.fontsDirty = true;
      toast(s, "UI scale " + std::to_string(s.ui.uiScale).substr(0, 4) + "x", false, 1.5);
      break;
    case Action::UiScaleReset:
      s.ui.uiScale = monitorScaleFor(s.window);
      s.scaleChosen = false;
      s.fontsDirty = true;
      toast(s, "UI scale for this monitor: " + std::to_string(s.ui.uiScale).substr(0, 4) + "x",
            false, 1.5);
      break;
    case Action::Screenshot:
      s.screenshotPending = true;
      break;
    case Action::ToggleOrbits:
    case Action::ToggleGroundTracks:
    case Action::ToggleBaikonurMarker:
    case Action::ToggleLabels:
    case Action::ToggleArrows: {
      const OverlayKind k = a == Action::ToggleOrbits           ? OverlayKind::Orbits
                            : a == Action::ToggleGroundTracks   ? OverlayKind::GroundTracks
                            : a == Action::ToggleBaikonurMarker ? OverlayKind::BaikonurMarker
                            : a == Action::ToggleLabels         ? OverlayKind::Labels
                                                                : OverlayKind::Arrows;
      toggleOverlay(s.ui.overlays, k, s.camera.current);
      toast(s,
            std::string(overlayTitle(k)) + (*s.ui.overlays[k] ? " on" : " off") + " (every camera)",
            false, 2.0);
      break;
    }
    case Action::OverlayDefaults:
      s.ui.overlays = {};
      toast(s, "Overlays: each camera's default", false, 2.0);
      break;
    case Action::Back:
      // Never quits: a presentation clicker's "stop" button and a stray key
      // press send Esc in front of a class. Ctrl Q (or the window's close
      // button) quits.
      if (s.ui.showHelp)
        s.ui.showHelp = false;
      else if (glfwGetWindowMonitor(s.window))
        setFullscreen(s.window, false, s.windowed, s.swapInterval);
      else
        toast(s, "Esc does not quit: Ctrl Q quits", false, 2.5);
      break;
    case Action::Quit:
      glfwSetWindowShouldClose(s.window, GLFW_TRUE);
      break;
    case Action::MarkIn:
      s.ui.selection.setIn(clock.nowUtcS());
      break;
    case Action::MarkOut:
      s.ui.selection.setOut(clock.nowUtcS());
      break;
    case Action::ToggleBlank:
      s.ui.blank = !s.ui.blank;
      break;
    case Action::ToggleRecordPanel:
      s.ui.showRecord = !s.ui.showRecord;
      if (s.ui.showRecord) s.ui.panelsVisible = true;
      break;
  }
}

// Mouse over the 3D view (not over a panel): orbit and zoom the free camera.
void freeCameraMouse(AppState& s) {
  const ImGuiIO& io = ImGui::GetIO();
  if (io.WantCaptureMouse) return;
  FreeCameraParams& f = s.camera.free;
  if (s.camera.current != CameraKind::Free) {
    if (ImGui::IsMouseDragging(ImGuiMouseButton_Left) && s.ui.toast.untilWallS < s.wallS)
      toast(s, "Press 6 (free camera) to orbit with the mouse", false, 2.5);
    return;
  }
  if (ImGui::IsMouseDown(ImGuiMouseButton_Left) &&
      (io.MouseDelta.x != 0.0f || io.MouseDelta.y != 0.0f)) {
    constexpr double kRadPerPx = 0.006;
    f.yawRad -= io.MouseDelta.x * kRadPerPx;
    f.pitchRad = std::clamp(f.pitchRad + io.MouseDelta.y * kRadPerPx, -1.55, 1.55);
  }
  if (io.MouseWheel != 0.0f)
    f.distanceM =
        std::clamp(f.distanceM * std::pow(0.85, static_cast<double>(io.MouseWheel)), 5.0, 5.0e7);
}

Settings settingsFrom(const AppState& s, GLFWwindow* window) {
  Settings out;
  const bool full = glfwGetWindowMonitor(window) != nullptr;
  WindowedRect r = s.windowed;
  if (!full) {
    glfwGetWindowPos(window, &r.x, &r.y);
    glfwGetWindowSize(window, &r.w, &r.h);
  }
  out.windowWidth = std::max(r.w, 16);
  out.windowHeight = std::max(r.h, 16);
  out.windowX = r.x;
  out.windowY = r.y;
  out.fullscreen = full;
  out.uiScale = s.scaleChosen ? s.ui.uiScale : 0.0f;
  out.highContrast = s.ui.highContrast;
  out.camera = s.camera.current;
  out.warp = s.clock->warp();
  out.loop = s.clock->endMode() == EndMode::Loop;
  out.freeYawRad = s.camera.free.yawRad;
  out.freePitchRad = s.camera.free.pitchRad;
  out.freeDistanceM = s.camera.free.distanceM;
  out.panelsVisible = s.ui.panelsVisible;
  out.showTelemetry = s.ui.showTelemetry;
  out.showPlots = s.ui.showPlots;
  out.showCrew = s.ui.showCrew;
  out.showRelative = s.ui.showRelative;
  out.showMap = s.ui.showMap;
  out.overlays = s.ui.overlays;
  out.screenshotDir = s.ui.screenshotDir;
  out.screenshotIncludesPanels = s.ui.screenshotIncludesPanels;
  out.record = s.ui.record;
  return out;
}

void writeStateDump(const std::string& path, const AppState& s, long long frames) {
  std::ofstream out(path);
  const PlaybackClock& c = *s.clock;
  const double liftoff = s.mission->timeline->liftoffUtcS();
  char buf[64];
  out << "utc = " << astro::formatIsoUtc(c.nowUtcS(), 3) << "\n";
  std::snprintf(buf, sizeof buf, "%.3f", c.nowUtcS() - liftoff);
  out << "met_s = " << buf << "\n";
  out << "playing = " << (c.playing() ? "true" : "false") << "\n";
  std::snprintf(buf, sizeof buf, "%g", c.warp());
  out << "warp = " << buf << "\n";
  out << "end_mode = " << (c.endMode() == EndMode::Loop ? "loop" : "stop") << "\n";
  out << "camera = " << cameraName(s.camera.current) << "\n";
  out << "panels_visible = " << (s.ui.panelsVisible ? "true" : "false") << "\n";
  out << "help_visible = " << (s.ui.showHelp ? "true" : "false") << "\n";
  out << "blank = " << (s.ui.blank ? "true" : "false") << "\n";
  out << "telemetry_visible = " << (s.ui.showTelemetry ? "true" : "false") << "\n";
  out << "relative_visible = " << (s.ui.showRelative ? "true" : "false") << "\n";
  out << "map_visible = " << (s.ui.showMap ? "true" : "false") << "\n";
  out << "transport_visible = " << (s.ui.transportVisible ? "true" : "false") << "\n";
  out << "large_type_px = " << s.largeTypePx << "\n";
  out << "story = " << (s.story ? "on" : "off") << "\n";
  out << "stories_finished = " << s.storiesFinished << "\n";
  out << "story_stops_held = " << (s.story ? s.story->stopsHeld() : s.storyStopsHeld) << "\n";
  out << "frozen = " << (s.frozen ? "true" : "false") << "\n";
  out << "exposure_bias_ev = " << s.ui.exposureBiasEv << "\n";
  out << "fullscreen = " << (glfwGetWindowMonitor(s.window) ? "true" : "false") << "\n";
  std::snprintf(buf, sizeof buf, "%g", static_cast<double>(s.ui.uiScale));
  out << "ui_scale = " << buf << "\n";
  out << "high_contrast = " << (s.ui.highContrast ? "true" : "false") << "\n";
  std::string shown;
  for (OverlayKind k : kAllOverlays)
    if (overlayOn(resolveOverlays(s.camera.current, s.ui.overlays), k))
      shown += (shown.empty() ? "" : ",") + std::string(overlayName(k));
  out << "overlays = " << (shown.empty() ? "none" : shown) << "\n";
  out << "record_panel_visible = " << (s.ui.showRecord ? "true" : "false") << "\n";
  for (auto [key, mark] : {std::pair{"selection_in_met_s", s.ui.selection.inUtcS()},
                           std::pair{"selection_out_met_s", s.ui.selection.outUtcS()}}) {
    if (mark) std::snprintf(buf, sizeof buf, "%.3f", *mark - liftoff);
    out << key << " = " << (mark ? buf : "none") << "\n";
  }
  out << "screenshots = " << s.screenshots << "\n";
  out << "last_screenshot = " << s.lastScreenshot << "\n";
  out << "frames = " << frames << "\n";
}

}  // namespace

//-----------------------------------------------------------------------------
// [SECTION] runWindowApp
//-----------------------------------------------------------------------------

int runWindowApp(const WindowOptions& opt, const GlobalOptions& global) {
  std::string err;
  int code = kExitOk;
  pinMallocMmapThreshold();  // see heap_memory.h: RSS stays at what is in use
  // Load and simulate before opening the window: a broken mission file is
  // reported on the terminal and no empty window flashes up.
  auto mission = loadMissionOrReport(global, &code);
  if (!mission) return code;
  const sim::MissionTimeline& timeline = *mission->timeline;
  const auto startOpt = resolveMissionTime(timeline, opt.startTime, &err);
  if (!startOpt) {
    std::fprintf(stderr, "rendezvous: --start: %s\n", err.c_str());
    return kExitUsage;
  }
  if (*startOpt < timeline.startUtcS() || *startOpt > timeline.endUtcS()) {  // as render does
    const double shown = std::clamp(*startOpt, timeline.startUtcS(), timeline.endUtcS());
    std::fprintf(stderr, "rendezvous: warning: --start is outside the mission; opening at %s\n",
                 astro::formatIsoUtc(shown, 0).c_str());
  }

  // Settings: the file, unless reset; the command line wins over both.
  const std::string settingsPath = defaultSettingsPath();
  Settings settings;
  std::string settingsWarning;
  if (opt.resetSettings) {
    std::fprintf(stderr, "rendezvous: settings reset to defaults (%s is rewritten on exit)\n",
                 settingsPath.c_str());
  } else {
    SettingsLoad loaded = loadSettings(settingsPath);
    settings = loaded.settings;
    settingsWarning = loaded.warning;
    if (!settingsWarning.empty())
      std::fprintf(stderr, "rendezvous: warning: %s\n", settingsWarning.c_str());
  }
  const bool sizeFromCli = opt.width && opt.height;
  if (sizeFromCli) {
    settings.windowWidth = *opt.width;
    settings.windowHeight = *opt.height;
    settings.fullscreen = false;
  }

  glfwSetErrorCallback(glfwErrorToStderr);
  GlfwSession glfw;
  if (!glfw.ok) {
    std::fprintf(stderr,
                 "rendezvous: cannot open a window (no display?). Set DISPLAY, run under "
                 "xvfb-run, or use 'rendezvous render' for headless output.\n");
    return kExitRuntimeError;
  }
  glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
  glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 3);
  glfwWindowHint(GLFW_OPENGL_PROFILE, GLFW_OPENGL_CORE_PROFILE);
  glfwWindowHint(GLFW_OPENGL_FORWARD_COMPAT, GLFW_TRUE);
  glfwWindowHint(GLFW_RESIZABLE, GLFW_TRUE);
  glfwWindowHint(GLFW_VISIBLE, GLFW_FALSE);  // shown once placed
  // The scene is multisampled in the renderer's own buffers; the window's
  // buffer only receives the tone-mapped result and the UI.
  glfwWindowHint(GLFW_SAMPLES, 0);
  GLFWwindow* window =
      glfwCreateWindow(settings.windowWidth, settings.windowHeight,
                       "Rendezvous - Soyuz MS-19, 5 October 2021", nullptr, nullptr);
  if (!window) {
    std::fprintf(stderr,
                 "rendezvous: the graphics driver cannot create an OpenGL 3.3 core context. "
                 "Update the GPU driver, or install Mesa (libgl1-mesa-dri) and try "
                 "LIBGL_ALWAYS_SOFTWARE=1.\n");
    return kExitRuntimeError;
  }
  if (settings.windowX && settings.windowY && !sizeFromCli &&
      onSomeMonitor(*settings.windowX, *settings.windowY))
    glfwSetWindowPos(window, *settings.windowX, *settings.windowY);
  glfwShowWindow(window);
  glfwMakeContextCurrent(window);
  const int swapInterval = opt.exitAfterFrames > 0 ? 0 : 1;  // vsync, except when benchmarking
  glfwSwapInterval(swapInterval);
  InputQueue input;
  glfwSetWindowUserPointer(window, &input);
  glfwSetKeyCallback(window, onKey);
  glfwSetMouseButtonCallback(window, onMouseButton);
  glfwSetScrollCallback(window, onScroll);
  glfwSetCharCallback(window, onChar);
  glfwSetWindowFocusCallback(window, onWindowFocus);
  glfwSetCursorPosCallback(window, onCursorPos);
  glfwSetFramebufferSizeCallback(window, onFramebufferSize);

  int exitCode = kExitOk;
  {
    render::RendererDesc desc = rendererDescFromDataPaths();
    auto created =
        render::Renderer::create(reinterpret_cast<render::GlLoaderFn>(glfwGetProcAddress), desc);
    if (auto* e = std::get_if<render::RenderError>(&created)) {
      std::fprintf(stderr, "rendezvous: %s\n", e->message.c_str());
      glfwDestroyWindow(window);
      return kExitRuntimeError;
    }
    auto renderer = std::move(std::get<std::unique_ptr<render::Renderer>>(created));
    for (const auto& w : renderer->warnings())
      std::fprintf(stderr, "rendezvous: warning: %s\n", w.c_str());
    std::fprintf(stderr, "rendezvous: OpenGL %s\n", renderer->glVersion().c_str());
    // Without a GPU driver llvmpipe draws on the CPU, where MSAA costs about
    // as much as the rest of the frame (bench/frame_bench).
    const bool software = render::isSoftwareRasterizer(renderer->glRenderer());
    const bool low = opt.quality == "low" || (opt.quality == "auto" && software);
    renderer->setQuality(low ? render::RenderQuality::Low : render::RenderQuality::High);
    if (low && opt.quality == "auto") {
      std::fprintf(stderr,
                   "rendezvous: software rasteriser: render quality low (no MSAA); "
                   "--quality high for 4x MSAA\n");
    }

    // Plot series and phase bands: once, here, never per frame.
    const auto seriesStart = std::chrono::steady_clock::now();
    const MissionSeries series = computeMissionSeries(timeline);
    const double seriesS =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - seriesStart).count();
    if (seriesS > 0.5) std::fprintf(stderr, "rendezvous: plot series took %.2f s\n", seriesS);

    IMGUI_CHECKVERSION();
    ImGui::CreateContext();
    ImGui::GetIO().IniFilename = nullptr;
    ImGui_ImplGlfw_InitForOpenGL(window, true);
    ImGui_ImplOpenGL3_Init("#version 330 core");

    PlaybackClock clock(timeline.startUtcS(), timeline.endUtcS(), *startOpt);
    clock.setWarp(settings.warp);
    clock.setEndMode(settings.loop ? EndMode::Loop : EndMode::Stop);
    AppState app;
    app.window = window;
    app.mission = mission.get();
    app.clock = &clock;
    app.swapInterval = swapInterval;
    app.windowed = {settings.windowX.value_or(0), settings.windowY.value_or(0),
                    settings.windowWidth, settings.windowHeight};
    app.camera.current = app.camera.previous = opt.camera ? *opt.camera : settings.camera;
    app.camera.free = {settings.freeYawRad, settings.freePitchRad, settings.freeDistanceM};
    app.ui.panelsVisible = settings.panelsVisible;
    app.ui.showTelemetry = settings.showTelemetry;
    app.ui.showPlots = settings.showPlots;
    app.ui.showCrew = settings.showCrew;
    app.ui.showRelative = settings.showRelative;
    app.ui.showMap = settings.showMap;
    app.ui.overlays = settings.overlays;
    app.ui.highContrast = settings.highContrast;
    app.ui.screenshotDir = settings.screenshotDir;
    app.ui.screenshotIncludesPanels = settings.screenshotIncludesPanels;
    app.ui.record = settings.record;
    if (opt.uiScale) {
      app.ui.uiScale = std::clamp(*opt.uiScale, kMinUiScale, kMaxUiScale);
      app.scaleChosen = true;
    } else if (settings.uiScale > 0.0f) {
      app.ui.uiScale = settings.uiScale;
      app.scaleChosen = true;
    } else {
      app.ui.uiScale = monitorScaleFor(window);
    }
    if (settings.fullscreen && opt.exitAfterFrames == 0)
      setFullscreen(window, true, app.windowed, swapInterval);
    if (!settingsWarning.empty()) toast(app, "Settings: " + settingsWarning, true, 8.0);
    app.storyOptions.speedFactor = opt.storySpeed;
    if (opt.storyHoldS) app.storyOptions.autoContinueS = *opt.storyHoldS;
    if (opt.story) enterStory(app);

    std::string fontWarning;
    int winW = 0, winH = 0;
    glfwGetWindowSize(window, &winW, &winH);
    app.largeTypePx = largeTypePx(winW, 0.0f);
    UiFonts fonts = rebuildFonts(app.ui.uiScale, app.largeTypePx, &fontWarning);
    if (!fontWarning.empty())
      std::fprintf(stderr, "rendezvous: warning: %s\n", fontWarning.c_str());
    applyTheme(app.ui.highContrast, app.ui.uiScale);

    TimelineView view(timeline.startUtcS(), timeline.endUtcS());
    FrameStats stats;
    using Clock = std::chrono::steady_clock;
    const auto wallStart = Clock::now();
    auto last = wallStart;
    auto statsStart = last;
    int statsFrames = 0;
    std::unique_ptr<std::FILE, int (*)(std::FILE*)> frameLog(nullptr, &std::fclose);
    if (!opt.frameLogPath.empty()) {
      frameLog.reset(std::fopen(opt.frameLogPath.c_str(), "a"));
      if (!frameLog)
        std::fprintf(stderr, "rendezvous: warning: cannot write the frame log %s: %s\n",
                     opt.frameLogPath.c_str(), std::strerror(errno));
    }
    // Every 30 s, between frames, free heap pages go back to the system
    // (a few ms on llvmpipe's heap; the frame log's last column says).
    HeapTrimmer trimmer(30.0);
    double trimMs = 0.0;
    long long frames = 0;
    unsigned long long seenEvents = 0;
    unsigned long long seenPointerEvents = 0;
    int framesSinceInput = 0;
    std::vector<Action> actions;

    while (!glfwWindowShouldClose(window)) {
      // Frame pacing: vsync paces a moving picture; a paused, settled picture
      // waits for input instead of redrawing (a few frames after each event
      // let ImGui's hover state settle).
      // Frozen, the picture holds and only input is waited for (the clock
      // still moves behind it).
      const bool storyMoving = app.story && !app.story->current().holding;
      const bool idle = opt.exitAfterFrames == 0 && !clock.playing() && !storyMoving &&
                        !app.camera.inTransition() && app.ui.toast.untilWallS < app.wallS &&
                        framesSinceInput > 3 && !app.screenshotPending;
      if (app.frozen)
        glfwWaitEventsTimeout(0.1);
      else if (idle)
        glfwWaitEventsTimeout(0.5);
      else
        glfwPollEvents();
      if (input.events != seenEvents) {
        seenEvents = input.events;
        framesSinceInput = 0;
      } else {
        ++framesSinceInput;
      }
      if (input.pointerEvents != seenPointerEvents) {
        seenPointerEvents = input.pointerEvents;
        app.ui.lastPointerWallS = app.wallS;
      }
      int fbW = 0, fbH = 0;
      glfwGetFramebufferSize(window, &fbW, &fbH);
      if (fbW <= 0 || fbH <= 0) {  // minimised: nothing to draw, sleep until something happens
        glfwWaitEvents();
        last = Clock::now();
        continue;
      }
      const auto now = Clock::now();
      const double wallDt = std::chrono::duration<double>(now - last).count();
      last = now;
      app.wallS = std::chrono::duration<double>(now - wallStart).count();
      if (!app.story) clock.advance(wallDt);
      app.camera.sinceChangeS += wallDt;
      for (const InputQueue::Key& k : input.keys) {
        const auto a = actionForKey(k.key, k.mods);
        if (!a) continue;
        applyAction(app, *a);
        if (*a == Action::FocusTimeField) break;  // what follows G is text for the field
      }
      input.keys.clear();
      app.ui.enterPressed = input.enterWhileTyping;
      app.ui.escapePressed = input.escapeWhileTyping;
      input.enterWhileTyping = input.escapeWhileTyping = false;
      if (app.ui.focusTimeField && !input.typing) {
        input.typing = true;
        input.typingSinceS = app.wallS;
        input.sawTextInput = false;
      }
      glfwGetWindowSize(window, &winW, &winH);
      if (const float px = largeTypePx(winW, 0.0f); px != app.largeTypePx) {
        app.largeTypePx = px;  // the window was resized: the large type follows
        app.fontsDirty = true;
      }
      if (app.fontsDirty) {
        fonts = rebuildFonts(app.ui.uiScale, app.largeTypePx, nullptr);
        app.themeDirty = true;
        app.fontsDirty = false;
      }
      if (app.themeDirty) {
        applyTheme(app.ui.highContrast, app.ui.uiScale);
        app.themeDirty = false;
      }

      if (app.story) {
        const StoryFrame f = app.story->advance(wallDt);
        clock.seek(f.utcS);
        app.camera.current = f.shot.camera;
        app.camera.previous = f.shot.previous;
        app.camera.sinceChangeS = f.shot.blend * CameraState::kTransitionS;
        app.ui.storyCaption = f.caption;
        app.ui.storyState = f.holding             ? "Next \u25B8"
                            : app.story->paused() ? "Story ||"
                                                  : "Story \u25B6";
        if (f.finished) {
          ++app.storiesFinished;
          std::fprintf(stderr, "rendezvous: story finished (%d stops)\n", app.story->stopsHeld());
          leaveStory(app, "Story finished: the controls are as they were");
        }
      }
      const double storyUtcS = clock.nowUtcS();
      if (app.frozen) {  // nothing drawn, nothing swapped: the screen keeps the last picture
        ++frames;
        if (opt.exitAfterFrames > 0 && frames >= opt.exitAfterFrames) break;
        continue;
      }

      {
        const CameraScene scene = cameraScene(*mission, clock.nowUtcS());
        for (size_t i = 0; i < std::size(kAllCameras); ++i)
          app.ui.cameraIdle[i] = cameraIdleReason(kAllCameras[i], scene);
      }

      FrameRequest req;
      req.utcS = clock.nowUtcS();
      req.camera = app.camera.current;
      req.fromCamera = app.camera.previous;
      req.blend = app.camera.sinceChangeS / CameraState::kTransitionS;
      req.free = app.camera.free;
      req.overlays = resolveOverlays(app.camera.current, app.ui.overlays);
      req.exposureBiasEv = app.ui.exposureBiasEv;
      // The followed vehicle framed in the middle of the space between the
      // bars (their heights from the last frame), never under them.
      if (app.ui.panelsVisible)
        req.lensShiftNdc = lensShiftBetweenBars(app.ui.topBarHeight, app.ui.figuresBarHeight, winH);
      if (app.ui.blank) {
        // Blanked: black, no scene and no panels, until B or '.' again (the
        // clock goes on as it was, like a projector's blank).
        glViewport(0, 0, fbW, fbH);
        glClearColor(0.0f, 0.0f, 0.0f, 1.0f);
        glClear(GL_COLOR_BUFFER_BIT | GL_DEPTH_BUFFER_BIT);
      } else {
        renderer->draw(buildFrame(*mission, req), {0, fbW, fbH});
      }

      // F12 without panels: the 3D view as drawn, before the UI goes on top.
      render::ImageRgba8 shot;
      const bool takeShot = app.screenshotPending;
      if (takeShot && !app.ui.screenshotIncludesPanels) shot = readBackBuffer(fbW, fbH);
      const bool lastTestFrame = opt.exitAfterFrames > 0 && frames + 1 >= opt.exitAfterFrames;
      if (lastTestFrame && !opt.sceneScreenshotPath.empty() &&
          !render::writePng(opt.sceneScreenshotPath, readBackBuffer(fbW, fbH), &err)) {
        std::fprintf(stderr, "rendezvous: %s\n", err.c_str());
        exitCode = kExitRuntimeError;
      }

      ImGui_ImplOpenGL3_NewFrame();
      ImGui_ImplGlfw_NewFrame();
      ImGui::NewFrame();
      freeCameraMouse(app);
      const Readout readout = readoutAt(timeline, timeline.frame(clock.nowUtcS()));
      UiContext ctx{*mission, series, readout, clock,     app.camera, app.ui,
                    view,     fonts,  stats,   app.wallS, actions,    renderer->earthMapTexture()};
      for (const PanelHook& hook : opt.frameHooks) hook(ctx);
      // The transport row folds away while the pointer is still.
      const ImGuiIO& io = ImGui::GetIO();
      app.ui.transportVisible = transportShown(
          {app.wallS, app.ui.lastPointerWallS, io.WantCaptureMouse,
           io.WantTextInput || app.ui.focusTimeField || input.typing || app.ui.showRecord ||
               app.ui.selection.dragging() ||
               ImGui::IsPopupOpen("", ImGuiPopupFlags_AnyPopupId | ImGuiPopupFlags_AnyPopupLevel)});
      if (app.ui.panelsVisible && !app.ui.blank) {
        drawCaptionsBar(ctx);
        drawFiguresBar(ctx);
        app.ui.bottomBarHeight = app.ui.figuresBarHeight;
        if (app.ui.transportVisible) drawTimelineBar(ctx);
        if (app.ui.showTelemetry || app.ui.showPlots) drawTelemetryPanel(ctx);
        if (app.ui.showCrew) drawCrewPanel(ctx);
        if (app.ui.showRelative) drawRelativeMotionPanel(ctx);
        if (app.ui.showMap) drawMapPanel(ctx);
        for (const PanelHook& hook : opt.extraPanels) hook(ctx);
      }
      if (app.ui.showHelp && !app.ui.blank) drawHelpOverlay(ctx);
      if (!app.ui.blank) drawToast(ctx);
      ImGui::Render();
      ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
      // A seek from the timeline or an event list leaves the story there.
      if (app.story && clock.nowUtcS() != storyUtcS) leaveStory(app, "Story mode off");
      for (Action a : actions) applyAction(app, a);
      actions.clear();
      // Keys are text from G until the field is left (or never got the focus).
      if (input.typing) {
        if (ImGui::GetIO().WantTextInput)
          input.sawTextInput = true;
        else if (input.sawTextInput || app.wallS - input.typingSinceS > 2.0)
          input.typing = false;
      }

      if (takeShot) {
        if (app.ui.screenshotIncludesPanels) shot = readBackBuffer(fbW, fbH);
        const std::string folder = screenshotFolder(app.ui.screenshotDir);
        const auto name = screenshotFileName(static_cast<long long>(std::time(nullptr)),
                                             clock.nowUtcS() - timeline.liftoffUtcS());
        const ScreenshotResult r = saveScreenshot(shot, folder, name);
        std::fprintf(stderr, "rendezvous: %s\n", r.message.c_str());
        toast(app, r.message, !r.ok, r.ok ? 4.0 : 8.0);
        if (r.ok) {
          ++app.screenshots;
          app.lastScreenshot = r.path;
        }
        app.screenshotPending = false;
      }

      ++frames;
      const bool lastFrame = opt.exitAfterFrames > 0 && frames >= opt.exitAfterFrames;
      if (lastFrame && !opt.screenshotPath.empty()) {
        glFinish();
        if (!render::writePng(opt.screenshotPath, readBackBuffer(fbW, fbH), &err)) {
          std::fprintf(stderr, "rendezvous: %s\n", err.c_str());
          exitCode = kExitRuntimeError;
        }
      }
      glfwSwapBuffers(window);
      if (const double ms = trimmer.tick(app.wallS); ms >= 0.0) trimMs = ms;

      ++statsFrames;
      const double statsElapsed = std::chrono::duration<double>(Clock::now() - statsStart).count();
      if (statsElapsed >= 1.0) {
        stats.frameMs = 1000.0 * statsElapsed / statsFrames;
        stats.fps = statsFrames / statsElapsed;
        if (frameLog) {
          // Heap in use (KiB malloc has handed out and not had back) tells a
          // soak's real growth from the driver's JIT code (mmap) and from
          // fragmentation, which raise RSS alone; then the last heap trim's
          // duration in ms within this second (0 if none).
          std::fprintf(frameLog.get(), "%.3f %.2f %.1f %g %s %zu %.2f\n",
                       std::chrono::duration<double>(Clock::now() - wallStart).count(),
                       stats.frameMs, clock.nowUtcS() - timeline.liftoffUtcS(), clock.warp(),
                       cameraName(app.camera.current), heapInUseKiB(), trimMs);
          trimMs = 0.0;
          std::fflush(frameLog.get());
        }
        statsStart = Clock::now();
        statsFrames = 0;
      }
      if (lastFrame) {
        std::fprintf(stderr, "rendezvous: %lld frames at %dx%d, last mean frame time %.1f ms\n",
                     frames, fbW, fbH, stats.frameMs);
        break;
      }
    }

    if (!opt.dumpStatePath.empty()) writeStateDump(opt.dumpStatePath, app, frames);
    if (opt.exitAfterFrames == 0) {
      std::string saveErr;
      if (!saveSettings(settingsPath, settingsFrom(app, window), &saveErr))
        std::fprintf(stderr, "rendezvous: warning: settings not saved: %s\n", saveErr.c_str());
    }

    ImGui_ImplOpenGL3_Shutdown();
    ImGui_ImplGlfw_Shutdown();
    ImGui::DestroyContext();
  }  // the renderer's GL objects go before the context
  glfwDestroyWindow(window);
  return exitCode;
}

}  // namespace rv::app
