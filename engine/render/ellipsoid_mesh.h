#pragma once
// A latitude/longitude grid on the WGS-84 ellipsoid, in Earth-fixed (ECEF)
// metres, with geodetic normals and equirectangular texture coordinates
// (u: longitude -180..+180 deg -> 0..1, v: latitude +90..-90 deg -> 0..1, the
// layout of the xplanet and Blue Marble maps). Pure CPU data; no GL.

#include <cstdint>
#include <vector>

#include <glm/glm.hpp>

namespace rv::render {

struct EllipsoidVertex {
  glm::vec3 posEcef;    // metres
  glm::vec3 normalEcef; // unit geodetic normal
  glm::vec2 uv;
};

struct EllipsoidMesh {
  std::vector<EllipsoidVertex> vertices;
  std::vector<std::uint32_t> indices; // triangles, counter-clockwise seen from outside
};

// latSegments rows between the poles, lonSegments columns around; the seam
// column is duplicated so u runs 0..1 without wrapping.
EllipsoidMesh buildEllipsoidMesh(int latSegments, int lonSegments,
                                 double equatorialRadiusM, double polarRadiusM);

} // namespace rv::render
