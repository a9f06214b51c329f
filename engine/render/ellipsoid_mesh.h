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
  glm::vec3 posEcef;     // metres
  glm::vec3 normalEcef;  // unit geodetic normal
  glm::vec2 uv;
};

// A run of the index buffer: the triangles of one tile of the grid.
struct IndexRange {
  std::uint32_t first = 0;
  std::uint32_t count = 0;
};

struct EllipsoidMesh {
  std::vector<EllipsoidVertex> vertices;
  std::vector<std::uint32_t> indices;  // triangles, counter-clockwise seen from outside
  // The indices come tile by tile (tileSegments x tileSegments cells, fewer
  // at the edges), so a renderer can skip the tiles it cannot see.
  std::vector<IndexRange> tiles;
};

// latSegments rows between the poles, lonSegments columns around; the seam
// column is duplicated so u runs 0..1 without wrapping.
EllipsoidMesh buildEllipsoidMesh(int latSegments, int lonSegments, double equatorialRadiusM,
                                 double polarRadiusM, int tileSegments = 8);

}  // namespace rv::render
