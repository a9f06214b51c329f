#include "ui_actions.h"

#define GLFW_INCLUDE_NONE
#include <GLFW/glfw3.h>

namespace rv::app {
namespace {

// clang-format off
constexpr KeyBinding kBindings[] = {
  {GLFW_KEY_SPACE,        0, "Space",     Action::TogglePlay,    "Play / pause"},
  {GLFW_KEY_R,            0, "R",         Action::Reverse,       "Reverse direction"},
  {GLFW_KEY_BACKSPACE,    0, "Backspace", Action::Reverse,       nullptr},
  {GLFW_KEY_RIGHT_BRACKET,0, "]",         Action::Faster,        "Faster (x0.1 ... x10000)"},
  {GLFW_KEY_EQUAL,        0, "+",         Action::Faster,        nullptr},
  {GLFW_KEY_KP_ADD,       0, "KP +",  Action::Faster,        nullptr},
  {GLFW_KEY_LEFT_BRACKET, 0, "[",         Action::Slower,        "Slower (slow motion to x0.1; R reverses)"},
  {GLFW_KEY_MINUS,        0, "-",         Action::Slower,        nullptr},
  {GLFW_KEY_KP_SUBTRACT,  0, "KP -",  Action::Slower,        nullptr},
  {GLFW_KEY_0,            0, "0",         Action::RealTime,      "Real time (x1, playing)"},
  {GLFW_KEY_KP_0,         0, "KP 0",  Action::RealTime,      nullptr},
  {GLFW_KEY_F5,           0, "F5",        Action::ToggleStory,   "Story mode (the mission as a show) / leave"},
  {GLFW_KEY_LEFT,         0, "Left",      Action::PreviousEvent, "Previous event (story: previous stop)"},
  {GLFW_KEY_PAGE_UP,      0, "PageUp",    Action::PreviousEvent, nullptr},
  {GLFW_KEY_RIGHT,        0, "Right",     Action::NextEvent,     "Next event (story: go on)"},
  {GLFW_KEY_PAGE_DOWN,    0, "PageDown",  Action::NextEvent,     nullptr},
  {GLFW_KEY_HOME,         0, "Home",      Action::GoToStart,     "Start of the mission"},
  {GLFW_KEY_END,          0, "End",       Action::GoToEnd,       "End of the mission"},
  {GLFW_KEY_L,            0, "L",         Action::ToggleEndMode, "Loop or stop at the ends"},
  {GLFW_KEY_G,            0, "G",         Action::FocusTimeField,"Go to a time: T+118, 12:22, contact"},
  {GLFW_KEY_1,            0, "1",         Action::CameraPad,     "Camera: pad observer"},
  {GLFW_KEY_2,            0, "2",         Action::CameraChase,   "Camera: chase"},
  {GLFW_KEY_3,            0, "3",         Action::CameraOnboard, "Camera: onboard"},
  {GLFW_KEY_4,            0, "4",         Action::CameraPort,    "Camera: docking port"},
  {GLFW_KEY_5,            0, "5",         Action::CameraOverview,"Camera: overview"},
  {GLFW_KEY_6,            0, "6",         Action::CameraFree,    "Camera: free (drag, wheel)"},
  {GLFW_KEY_7,            0, "7",         Action::CameraStages,  "Camera: the falling stages"},
  {GLFW_KEY_F11,          0, "F11",       Action::ToggleFullscreen, "Fullscreen / back"},
  {GLFW_KEY_H,            0, "H",         Action::TogglePanels,  "Hide / show every panel"},
  {GLFW_KEY_F1,           0, "F1",        Action::ToggleHelp,    "This help"},
  {GLFW_KEY_T,            0, "T",         Action::ToggleTelemetry, "Telemetry panel"},
  {GLFW_KEY_P,            0, "P",         Action::TogglePlots,   "Plots"},
  {GLFW_KEY_C,            0, "C",         Action::ToggleCrew,    "Crew and mission panel"},
  {GLFW_KEY_W,            0, "W",         Action::ToggleMap,     "World map: tracks, night, stage impacts"},
  {GLFW_KEY_V,            0, "V",         Action::ToggleRelative, "Relative motion in the ISS's frame"},
  {GLFW_KEY_K,            0, "K",         Action::ToggleTheme,   "High-contrast / dark"},
  {GLFW_KEY_O,            0, "O",         Action::ToggleOrbits,  "Orbit lines"},
  {GLFW_KEY_M,            0, "M",         Action::ToggleGroundTracks, "Ground tracks (on the map)"},
  {GLFW_KEY_B,            kModControl, "Ctrl B", Action::ToggleBaikonurMarker, "Baikonur marker"},
  {GLFW_KEY_B,            0, "B",         Action::ToggleBlank,   "Blank the screen / back (clickers)"},
  {GLFW_KEY_PERIOD,       0, ".",         Action::ToggleBlank,   nullptr},
  {GLFW_KEY_E,            0, "E",         Action::CycleExposure, "Exposure: auto, +1, +2, -1 stop"},
  {GLFW_KEY_F,            0, "F",         Action::ToggleFreeze,  "Freeze the picture / back (keys still work)"},
  {GLFW_KEY_N,            0, "N",         Action::ToggleLabels,  "Names (labels) on the objects"},
  {GLFW_KEY_A,            0, "A",         Action::ToggleArrows,  "Velocity and thrust arrows"},
  {GLFW_KEY_O,            kModControl, "Ctrl O", Action::OverlayDefaults, "Overlays: each camera's default"},
  {GLFW_KEY_EQUAL,        kModControl, "Ctrl +", Action::UiScaleUp,   "Larger UI (to 3x)"},
  {GLFW_KEY_KP_ADD,       kModControl, "Ctrl KP +", Action::UiScaleUp, nullptr},
  {GLFW_KEY_MINUS,        kModControl, "Ctrl -", Action::UiScaleDown, "Smaller UI (to 1x)"},
  {GLFW_KEY_KP_SUBTRACT,  kModControl, "Ctrl KP -", Action::UiScaleDown, nullptr},
  {GLFW_KEY_0,            kModControl, "Ctrl 0", Action::UiScaleReset,"UI scale for this monitor"},
  {GLFW_KEY_F12,          0, "F12",       Action::Screenshot,    "Screenshot (Pictures/Rendezvous)"},
  {GLFW_KEY_R,            kModControl, "Ctrl R", Action::ToggleRecordPanel, "Record a video (panel)"},
  {GLFW_KEY_I,            0, "I",         Action::MarkIn,        "Range to record: start here"},
  {GLFW_KEY_U,            0, "U",         Action::MarkOut,       "Range to record: end here"},
  {GLFW_KEY_ESCAPE,       0, "Esc",       Action::Back,          "Close help, leave story or fullscreen (no quit)"},
  {GLFW_KEY_Q,            kModControl, "Ctrl Q", Action::Quit,   "Quit"},
};
// clang-format on

}  // namespace

std::span<const KeyBinding> keyBindings() {
  return kBindings;
}

std::optional<Action> actionForKey(int key, int mods) {
  const int ctrl = mods & kModControl;
  for (const KeyBinding& b : kBindings)
    if (b.key == key && (b.mods & kModControl) == ctrl) return b.action;
  return std::nullopt;
}

std::vector<HelpRow> helpRows() {
  std::vector<HelpRow> rows;
  for (const KeyBinding& b : kBindings) {
    if (b.help) {
      rows.push_back({b.keyName, b.help});
    } else if (!rows.empty()) {
      rows.back().keys += " or ";
      rows.back().keys += b.keyName;
    }
  }
  return rows;
}

ActionGroup groupOf(Action a) {
  switch (a) {
    case Action::TogglePlay:
    case Action::Reverse:
    case Action::Faster:
    case Action::Slower:
    case Action::RealTime:
    case Action::PreviousEvent:
    case Action::NextEvent:
    case Action::GoToStart:
    case Action::GoToEnd:
    case Action::ToggleEndMode:
    case Action::FocusTimeField:
    case Action::MarkIn:
    case Action::MarkOut:
      return ActionGroup::Time;
    case Action::CameraPad:
    case Action::CameraChase:
    case Action::CameraOnboard:
    case Action::CameraPort:
    case Action::CameraOverview:
    case Action::CameraFree:
    case Action::CameraStages:
    case Action::ToggleOrbits:
    case Action::ToggleGroundTracks:
    case Action::ToggleBaikonurMarker:
    case Action::ToggleLabels:
    case Action::ToggleArrows:
    case Action::OverlayDefaults:
    case Action::CycleExposure:
    case Action::ToggleFreeze:
      return ActionGroup::Picture;
    case Action::TogglePanels:
    case Action::ToggleHelp:
    case Action::ToggleTelemetry:
    case Action::TogglePlots:
    case Action::ToggleCrew:
    case Action::ToggleRelative:
    case Action::ToggleMap:
    case Action::ToggleTheme:
    case Action::UiScaleUp:
    case Action::UiScaleDown:
    case Action::UiScaleReset:
    case Action::ToggleRecordPanel:
    case Action::ToggleBlank:
      return ActionGroup::Panels;
    case Action::ToggleFullscreen:
    case Action::Screenshot:
    case Action::Back:
    case Action::Quit:
    case Action::ToggleStory:
      return ActionGroup::Window;
  }
  return ActionGroup::Window;  // not reached: the switch names every action
}

std::optional<CameraKind> cameraOf(Action a) {
  switch (a) {
    case Action::CameraPad:
      return CameraKind::Pad;
    case Action::CameraChase:
      return CameraKind::Chase;
    case Action::CameraOnboard:
      return CameraKind::Onboard;
    case Action::CameraPort:
      return CameraKind::Port;
    case Action::CameraOverview:
      return CameraKind::Overview;
    case Action::CameraFree:
      return CameraKind::Free;
    case Action::CameraStages:
      return CameraKind::Stages;
    default:
      return std::nullopt;
  }
}

}  // namespace rv::app
