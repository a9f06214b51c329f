#pragma once
// Builds the renderer's RenderFrame for an instant: ephemerides evaluated
// exactly at that instant (Sun, Earth rotation) and the chosen camera.

#include "render/render_frame.h"

namespace rv::app {

struct FrameRequest {
  double utcS = 0.0;
  int width = 1280;
  int height = 720;
};

render::RenderFrame buildFrame(const FrameRequest& req);

// The overview camera: 3.2 Earth radii out above 30 N, 103 E (Baikonur's
// longitude + 40 deg), looking at the Earth's centre, so the launch site and
// the terminator of the morning of 5 October 2021 are both in view.
render::Camera overviewCamera(double gmstRad);

} // namespace rv::app
