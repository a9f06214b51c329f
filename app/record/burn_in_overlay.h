#pragma once
// What `record --overlay` burns into each frame: UTC and T+ (top left), the
// speed of the replay (top right), key telemetry (bottom left) and the caption
// of the latest event (bottom centre, shown for a few seconds of video).
// A pure function from the figures to boxes and text runs, sized from the
// frame height so a caption looks the same at every resolution.

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "caption_schedule.h"
#include "render/render_frame.h"

namespace rv::sim {
class MissionTimeline;
}

namespace rv::app {

struct OverlayFacts {
  double utcS = 0.0;
  double metS = 0.0;
  double speed = 1.0;  // mission seconds per video second here
  std::optional<double> altitudeKm;
  std::optional<double> speedKms;  // inertial
  std::optional<double> rangeM;    // Soyuz probe to the ISS port
  std::optional<double> rangeRateMs;
  std::string eventName;  // latest event, empty when none is fresh
  std::string eventCaption;
  double eventAge01 = 0.0;  // 0 just happened .. 1 about to fade out
  // Where the camera's subject is in the frame (pixels from the top left),
  // when it is in front of the camera: the caption moves to the top of the
  // picture rather than cover it.
  std::optional<std::pair<float, float>> subjectPx;
};

// The read-outs at mission time utcS, replayed at `speed`: the Soyuz's (the
// stack's before separation and once docked), and `cue`'s caption (the cue
// on screen at video time videoS; null: none).
OverlayFacts overlayFacts(const sim::MissionTimeline& timeline, double utcS, double speed,
                          const CaptionCue* cue, double videoS);

// Text size for a frame height: 1/24 of the height, at least 8 px.
float overlayTextPx(int height);

// The frame's HUD (RenderFrame::hud). `measure(text, heightPx)` gives a
// run's width (Renderer::hudTextWidth), for wrapping captions.
render::Hud layoutOverlay(const OverlayFacts& facts, int width, int height,
                          const std::function<float(std::string_view, float)>& measure);

// Greedy word wrap to maxWidthPx.
std::vector<std::string> wrapText(std::string_view text, float heightPx, float maxWidthPx,
                                  const std::function<float(std::string_view, float)>& measure);

}  // namespace rv::app
