#include "sim/port_relative.h"

#include <algorithm>
#include <cmath>

namespace rv::sim {

PortRelative measurePortRelative(const glm::dvec3& pos, const glm::dvec3& vel,
                                 const glm::dvec3& axis) {
  PortRelative m;
  m.posLvlh = pos;
  m.velLvlh = vel;
  m.axisLvlh = axis;
  m.rangeM = glm::length(pos);
  m.rangeRateMs = m.rangeM > 0.0 ? glm::dot(pos, vel) / m.rangeM : 0.0;
  m.axialM = glm::dot(pos, axis);
  m.lateralLvlh = pos - m.axialM * axis;
  m.axisAngleRad = m.rangeM > 0.0 ? std::acos(std::clamp(m.axialM / m.rangeM, -1.0, 1.0)) : 0.0;
  return m;
}

}  // namespace rv::sim
