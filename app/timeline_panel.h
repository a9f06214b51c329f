#pragma once
// The ImGui panel: time readouts, play/pause, warp, a timeline slider over
// the mission span and the frame-time readout. It issues commands to the
// PlaybackClock; it never holds the time itself.

#include "playback_clock.h"

namespace rv::app {

struct FrameStats {
  double frameMs = 0.0; // mean CPU+GPU frame time over the last second
  double fps = 0.0;
};

void drawTimelinePanel(PlaybackClock& clock, double liftoffUtcS, const FrameStats& stats);

} // namespace rv::app
