#include "app_actions.h"

#define GLFW_INCLUDE_NONE
#include <GLFW/glfw3.h>
#include <imgui.h>
#include <cstdio>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <string>

#include "event_nav.h"
#include "glfw_window.h"
#include "ui_theme.h"

namespace rv::app {
namespace {

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
      leaveStory(s, "Story mode off");
      return false;
    default:
      if (cameraOf(a)) leaveStory(s, "Story mode off");
      return false;
  }
}

// The clock: play, warp, seek, the ends; the Go to field and the selection
// marks (at the playhead). False if `a` is not one of these.
bool applyTimeAction(AppState& s, Action a) {
  PlaybackClock& clock = *s.clock;
  const auto& events = s.mission->timeline->events();
  switch (a) {
    case Action::TogglePlay:
      clock.togglePlaying();
      return true;
    case Action::Reverse:
      clock.reverse();
      return true;
    case Action::Faster:
      clock.stepWarp(+1);
      return true;
    case Action::Slower:
      clock.stepWarp(-1);
      return true;
    case Action::RealTime:
      clock.realTime();
      return true;
    case Action::PreviousEvent:
      if (const auto* e = previousEvent(events, clock.nowUtcS()))
        clock.seek(e->utcS);
      else
        clock.seek(clock.startUtcS());
      return true;
    case Action::NextEvent:
      if (const auto* e = nextEvent(events, clock.nowUtcS())) clock.seek(e->utcS);
      return true;
    case Action::GoToStart:
      clock.seek(clock.startUtcS());
      return true;
    case Action::GoToEnd:
      clock.seek(clock.endUtcS());
      return true;
    case Action::ToggleEndMode:
      clock.setEndMode(clock.endMode() == EndMode::Loop ? EndMode::Stop : EndMode::Loop);
      toast(s, clock.endMode() == EndMode::Loop ? "Loop at the ends" : "Stop at the ends", false,
            2.0);
      return true;
    case Action::FocusTimeField:
      s.ui.panelsVisible = true;
      s.ui.focusTimeField = true;
      s.ui.lastPointerWallS = s.wallS;  // the field is in the transport row
      return true;
    case Action::MarkIn:
      s.ui.selection.setIn(clock.nowUtcS());
      return true;
    case Action::MarkOut:
      s.ui.selection.setOut(clock.nowUtcS());
      return true;
    default:
      return false;
  }
}

// The picture: cameras, overlays, exposure, freeze. False if `a` is not one
// of these.
bool applyPictureAction(AppState& s, Action a) {
  if (const std::optional<CameraKind> camera = cameraOf(a)) {
    s.camera.select(*camera);
    return true;
  }
  switch (a) {
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
      return true;
    }
    case Action::OverlayDefaults:
      s.ui.overlays = {};
      toast(s, "Overlays: each camera's default", false, 2.0);
      return true;
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
      return true;
    }
    case Action::ToggleFreeze:
      s.frozen = !s.frozen;
      glfwSetWindowTitle(s.window,
                         s.frozen ? "Rendezvous - picture frozen (F to go on)" : kWindowTitle);
      return true;
    default:
      return false;
  }
}

// Which panels show, and how: help, telemetry, plots, crew, relative motion,
// map, Record, all of them (H), blank, the theme and the UI scale. False if
// `a` is not one of these.
bool applyPanelAction(AppState& s, Action a) {
  switch (a) {
    case Action::TogglePanels:
      s.ui.panelsVisible = !s.ui.panelsVisible;
      return true;
    case Action::ToggleHelp:
      s.ui.showHelp = !s.ui.showHelp;
      return true;
    case Action::ToggleTelemetry:
      s.ui.showTelemetry = !s.ui.showTelemetry;
      return true;
    case Action::TogglePlots:
      s.ui.showPlots = !s.ui.showPlots;
      return true;
    case Action::ToggleCrew:
      s.ui.showCrew = !s.ui.showCrew;
      return true;
    case Action::ToggleRelative:
      s.ui.showRelative = !s.ui.showRelative;
      return true;
    case Action::ToggleMap:
      s.ui.showMap = !s.ui.showMap;
      return true;
    case Action::ToggleRecordPanel:
      s.ui.showRecord = !s.ui.showRecord;
      if (s.ui.showRecord) s.ui.panelsVisible = true;
      return true;
    case Action::ToggleBlank:
      s.ui.blank = !s.ui.blank;
      return true;
    case Action::ToggleTheme:
      s.ui.highContrast = !s.ui.highContrast;
      s.themeDirty = true;
      return true;
    case Action::UiScaleUp:
    case Action::UiScaleDown:
      s.ui.uiScale = steppedUiScale(s.ui.uiScale, a == Action::UiScaleUp ? 1 : -1);
      s.scaleChosen = true;
      s.fontsDirty = true;
      toast(s, "UI scale " + std::to_string(s.ui.uiScale).substr(0, 4) + "x", false, 1.5);
      return true;
    case Action::UiScaleReset:
      s.ui.uiScale = monitorScaleFor(s.window);
      s.scaleChosen = false;
      s.fontsDirty = true;
      toast(s, "UI scale for this monitor: " + std::to_string(s.ui.uiScale).substr(0, 4) + "x",
            false, 1.5);
      return true;
    default:
      return false;
  }
}

// The window and the session: story mode, fullscreen, a screenshot, Esc and
// quitting. False if `a` is not one of these.
bool applyWindowAction(AppState& s, Action a) {
  switch (a) {
    case Action::ToggleStory:
      enterStory(s);
      return true;
    case Action::ToggleFullscreen:
      setFullscreen(s.window, glfwGetWindowMonitor(s.window) == nullptr, s.windowed,
                    s.swapInterval);
      return true;
    case Action::Screenshot:
      s.screenshotPending = true;
      return true;
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
      return true;
    case Action::Quit:
      glfwSetWindowShouldClose(s.window, GLFW_TRUE);
      return true;
    default:
      return false;
  }
}

}  // namespace

void applyAction(AppState& s, Action a) {
  if (s.story && storyTakes(s, a)) return;
  bool handled = false;
  switch (groupOf(a)) {
    case ActionGroup::Time:
      handled = applyTimeAction(s, a);
      break;
    case ActionGroup::Picture:
      handled = applyPictureAction(s, a);
      break;
    case ActionGroup::Panels:
      handled = applyPanelAction(s, a);
      break;
    case ActionGroup::Window:
      handled = applyWindowAction(s, a);
      break;
  }
  // groupOf and the group functions disagree: a programming error, said
  // once on the terminal rather than a key that silently does nothing.
  if (!handled)
    std::fprintf(stderr, "rendezvous: internal: key action %d has no handler\n",
                 static_cast<int>(a));
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

}  // namespace rv::app
