#pragma once
// The Soyuz as the station sees it: its position in the ISS's local orbital
// frame (LVLH), the frame rendezvous plots are drawn in. V-bar is along the
// station's flight (positive ahead of it), R-bar is radial (positive up,
// away from the Earth) and H-bar is the orbit normal, so a chaser in a lower
// orbit sits below (R < 0) and, catching up, comes from behind (V < 0).

#include <glm/glm.hpp>

namespace rv::app {

struct LvlhOffset {
  double vBarM = 0.0;  // along-track, + ahead of the station
  double hBarM = 0.0;  // cross-track, + along the orbit normal (r x v)
  double rBarM = 0.0;  // radial, + away from the Earth
};

// `chaserPos` relative to the target whose inertial position and velocity
// are given; straight-line components (not curvilinear).
LvlhOffset lvlhOffset(const glm::dvec3& chaserPos, const glm::dvec3& targetPos,
                      const glm::dvec3& targetVel);

}  // namespace rv::app
