#pragma once
// The flat world map's geometry, without ImGui: the point under the Sun and
// the day/night boundary, from the Sun's direction and the Earth's rotation
// at an instant. Unit-tested; map_panel.cpp draws with it.

#include <glm/glm.hpp>

namespace rv::app {

struct LatLonDeg {
  double latDeg = 0.0;
  double lonDeg = 0.0;
};

// The subsolar point for a Sun direction in TEME and the Earth rotation
// angle (GMST) at that instant.
LatLonDeg subsolarPoint(const glm::dvec3& sunDirTeme, double gmstRad);

// The latitude of the terminator at a longitude; north of it is night when
// the Sun is south of the equator (and south of it when north).
double terminatorLatDeg(double lonDeg, const LatLonDeg& subsolar);

}  // namespace rv::app
