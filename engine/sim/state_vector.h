#pragma once
// Position and velocity of one body in the mission's inertial frame (TEME,
// see astro/earth_rotation.h). Metres and metres per second, double precision.

#include <glm/glm.hpp>

namespace rv::sim {

struct StateVector {
  glm::dvec3 posTeme{0.0};
  glm::dvec3 velTeme{0.0};
};

}  // namespace rv::sim
