#pragma once
// Everything the renderer needs to draw one frame, as plain data. The app
// (window or headless recorder) fills it from the simulation timeline and
// the ephemerides; nothing here refers to GL, GLFW or ImGui.

#include <glm/glm.hpp>

#include "render/camera.h"

namespace rv::render {

struct RenderFrame {
  double utcS = 0.0;         // instant shown (UTC seconds since J2000)
  Camera camera;
  glm::dvec3 sunDirTeme{1.0, 0.0, 0.0}; // unit vector from the Earth to the Sun
  double gmstRad = 0.0;      // Earth rotation angle: ECEF -> TEME about Z
  float exposure = 1.0f;     // linear scale before tone mapping
};

} // namespace rv::render
