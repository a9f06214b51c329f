#pragma once
// What every panel is drawn from and the commands it may issue. Panels read
// the mission, the readout and the series; they change time only through the
// PlaybackClock's commands (seek, setWarp...) and everything else by pushing
// an Action that the window applies after the frame's UI is built.

#include <functional>
#include <string>
#include <vector>

#include "mission_context.h"
#include "mission_series.h"
#include "playback_clock.h"
#include "readouts.h"
#include "timeline_view.h"
#include "ui_actions.h"
#include "ui_state.h"
#include "ui_theme.h"

namespace rv::app {

struct FrameStats {
  double frameMs = 0.0;  // mean CPU+GPU frame time over the last second
  double fps = 0.0;
};

struct UiContext {
  const LoadedMission& mission;
  const MissionSeries& series;
  const Readout& readout;  // at clock.nowUtcS()
  PlaybackClock& clock;
  const CameraState& camera;
  UiState& ui;
  TimelineView& view;
  const UiFonts& fonts;
  const FrameStats& stats;
  double wallS;                  // wall-clock seconds since start (toasts)
  std::vector<Action>& actions;  // applied by the window after the UI is built
  unsigned earthMapTexture = 0;  // render::Renderer::earthMapTexture(), for the world map
};

// The current event's name and caption (the top bar; whole in the telemetry
// panel).
std::string currentCaption(const sim::MissionTimeline& timeline, double utcS);

// The timeline's colour for a phase (ImU32), shared by both timeline strips.
unsigned phaseColour(sim::Phase p);

// A panel another module adds to the window (the Record panel will plug in
// here): drawn with the others, hidden with them by H.
using PanelHook = std::function<void(UiContext&)>;

// The panels (ui_*.cpp). Each places itself; all are skipped while H hides
// the panels, except the toast.
void drawCaptionsBar(UiContext& ctx);
void drawFiguresBar(UiContext& ctx);
// The transport row and zoomable timeline, above the figures bar; the window
// draws it only while layout.h's transportShown() says so.
void drawTimelineBar(UiContext& ctx);
void drawTelemetryPanel(UiContext& ctx);
void drawRelativeMotionPanel(UiContext& ctx);
void drawMapPanel(UiContext& ctx);
void drawCrewPanel(UiContext& ctx);
void drawHelpOverlay(UiContext& ctx);
void drawToast(UiContext& ctx);

}  // namespace rv::app
