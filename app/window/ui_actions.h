#pragma once
// What the presenter can ask for, by key or by on-screen button. Keys map to
// actions through one table (keyBindings()), which the F1 help overlay lists,
// so the help can never disagree with the keyboard. The window applies the
// actions: they become commands to the clock, the camera and the UI state.

#include <optional>
#include <span>
#include <string>
#include <vector>

#include "camera_kind.h"

namespace rv::app {

enum class Action {
  TogglePlay,
  Reverse,
  Faster,
  Slower,
  RealTime,
  PreviousEvent,
  NextEvent,
  GoToStart,
  GoToEnd,
  ToggleEndMode,
  FocusTimeField,
  CameraPad,
  CameraChase,
  CameraOnboard,
  CameraPort,
  CameraOverview,
  CameraFree,
  CameraStages,
  ToggleFullscreen,
  TogglePanels,
  ToggleHelp,
  ToggleTelemetry,
  TogglePlots,
  ToggleCrew,
  ToggleRelative,
  ToggleMap,
  ToggleTheme,
  UiScaleUp,
  UiScaleDown,
  UiScaleReset,
  Screenshot,
  Back,
  Quit,
  // Recording (record_panel.h): the range on the timeline, the panel.
  MarkIn,
  MarkOut,
  ToggleRecordPanel,
  // Overlays in the 3D view (overlay_options.h): a choice for every camera.
  ToggleOrbits,
  ToggleGroundTracks,
  ToggleBaikonurMarker,
  ToggleBlank,
  ToggleLabels,
  ToggleArrows,
  OverlayDefaults,
  // Presenting (story_mode.h): the whole mission as a presentation; a
  // projector-style freeze of the picture.
  ToggleStory,
  CycleExposure,
  ToggleFreeze,
};

// Which part of the app carries an action out (app_actions.cpp has one
// function per group). groupOf's switch names every action and has no
// default, so an action added without a group fails to compile
// (-Werror=switch).
enum class ActionGroup { Time, Picture, Panels, Window };
ActionGroup groupOf(Action a);

// The camera that keys 1-7 choose; none for any other action.
std::optional<CameraKind> cameraOf(Action a);

// GLFW modifier bits this table uses (GLFW_MOD_SHIFT = 1, GLFW_MOD_CONTROL = 2).
inline constexpr int kModShift = 0x1;
inline constexpr int kModControl = 0x2;

struct KeyBinding {
  int key;              // GLFW_KEY_*
  int mods;             // required modifiers (kModControl) or 0
  const char* keyName;  // "Space", "]", "Ctrl +"
  Action action;
  const char* help;  // what it does, for the help overlay (null: listed with the previous)
};

std::span<const KeyBinding> keyBindings();

// The action of a key press with its modifiers, if any. Shift is ignored
// (so "+" typed as Shift+= works); Control must match the binding.
std::optional<Action> actionForKey(int key, int mods);

// The help overlay's rows: one per action, all its keys joined ("] or +").
struct HelpRow {
  std::string keys;
  std::string help;
};
std::vector<HelpRow> helpRows();

}  // namespace rv::app
