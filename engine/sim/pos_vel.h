#pragma once
// A position-velocity pair with the vector-space operations rk4Step needs
// (rk4.h), for the two-body and J2 propagations that integrate r and v alone.

#include <glm/vec3.hpp>

namespace rv::sim {

struct Pv {
  glm::dvec3 r{0.0}, v{0.0};
};
inline Pv operator+(const Pv& a, const Pv& b) {
  return {a.r + b.r, a.v + b.v};
}
inline Pv operator*(double k, const Pv& a) {
  return {k * a.r, k * a.v};
}

}  // namespace rv::sim
