#pragma once
// The presenter UI's own state: which panels show, the theme and scale, the
// camera selection, the on-screen message. Plain data; the simulation state
// lives in the timeline and the replay time in the PlaybackClock.

#include <array>
#include <string>

#include "camera_presets.h"
#include "overlay_options.h"
#include "recording_request.h"
#include "timeline_selection.h"

namespace rv::sim {
struct MissionEvent;
}

namespace rv::app {

// Smooth camera changes: the previous camera blends into the new one over
// kTransitionS of wall-clock time.
struct CameraState {
  CameraKind current = CameraKind::Chase;
  CameraKind previous = CameraKind::Chase;
  double sinceChangeS = 1e9;
  FreeCameraParams free;
  static constexpr double kTransitionS = 1.5;
  void select(CameraKind k) {
    if (k == current) return;
    previous = current;
    current = k;
    sinceChangeS = 0.0;
  }
  bool inTransition() const { return sinceChangeS < kTransitionS; }
};

// A brief message at the top of the 3D view ("Screenshot saved: ...").
struct Toast {
  std::string text;
  bool error = false;
  double untilWallS = 0.0;
};

struct UiState {
  bool panelsVisible = true;   // H hides every panel
  bool showTelemetry = false;  // the figures bar shows the four that matter; T for the rest
  bool showPlots = false;
  bool showCrew = false;
  bool showRelative = false;    // the relative-motion view (V)
  bool showMap = false;         // the flat world map (W)
  double exposureBiasEv = 0.0;  // E: on top of the automatic exposure
  OverlayChoice overlays;       // what the presenter fixed on or off; unset: the camera's default
  bool showHelp = false;
  bool blank = false;  // B or '.': the screen black (a clicker's blank key), again to come back
  bool showRecord = false;      // the Record panel (Ctrl+R)
  TimelineSelection selection;  // the range to record (I, U, Shift+drag)
  RecordChoices record;         // the Record panel's size, fps, speed, overlay
  bool highContrast = true;
  float uiScale = 1.0f;
  bool screenshotIncludesPanels = false;
  std::string screenshotDir;  // empty: default folder
  bool focusTimeField = false;
  char timeField[64] = {};     // the Go to field's text
  bool enterPressed = false;   // Enter went to a text field this frame
  bool escapePressed = false;  // Esc went to a text field this frame
  Toast toast;
  // Layout from the last frame: the top and bottom bars' heights, so the side
  // panels fit between them.
  float topBarHeight = 0.0f;
  float bottomBarHeight = 0.0f;   // the figures bar and, while shown, the transport row
  float figuresBarHeight = 0.0f;  // the figures bar alone (the 3D view is framed above it)
  // The transport row folds away while the pointer is still (layout.h).
  double lastPointerWallS = 0.0;
  bool transportVisible = true;
  // Per camera (kAllCameras order): why it has nothing to show now, or empty.
  std::array<std::string, std::size(kAllCameras)> cameraIdle;
  // Story mode: the caption it holds up (instead of the current event's)
  // and its state for the play cell ("Story: Next"); empty when off.
  const sim::MissionEvent* storyCaption = nullptr;
  std::string storyState;
  // The instant the timeline bar last scrolled to; when the time moves on
  // from it (playing, a jump), the bar keeps the playhead in view.
  double followedUtcS = -1e300;
};

}  // namespace rv::app
