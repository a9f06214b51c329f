#include "render/ellipsoid_mesh.h"

#include <algorithm>
#include <cmath>

#include "astro/constants.h"

namespace rv::render {

EllipsoidMesh buildEllipsoidMesh(int latSegments, int lonSegments, double a, double b,
                                 int tileSegments) {
  using astro::kPi;
  EllipsoidMesh mesh;
  const int cols = lonSegments + 1;
  mesh.vertices.reserve(static_cast<size_t>((latSegments + 1) * cols));
  const double e2 = 1.0 - (b * b) / (a * a);
  for (int i = 0; i <= latSegments; ++i) {
    const double v = static_cast<double>(i) / latSegments;
    const double lat = kPi * (0.5 - v);  // geodetic latitude
    const double sinLat = std::sin(lat), cosLat = std::cos(lat);
    // Prime-vertical radius of curvature: the surface point for geodetic
    // latitude lat at zero height.
    const double n = a / std::sqrt(1.0 - e2 * sinLat * sinLat);
    for (int j = 0; j <= lonSegments; ++j) {
      const double u = static_cast<double>(j) / lonSegments;
      const double lon = 2.0 * kPi * (u - 0.5);
      const double cosLon = std::cos(lon), sinLon = std::sin(lon);
      EllipsoidVertex vert;
      vert.posEcef =
          glm::vec3(glm::dvec3(n * cosLat * cosLon, n * cosLat * sinLon, n * (1.0 - e2) * sinLat));
      vert.normalEcef = glm::vec3(glm::dvec3(cosLat * cosLon, cosLat * sinLon, sinLat));
      vert.uv = glm::vec2(static_cast<float>(u), static_cast<float>(v));
      mesh.vertices.push_back(vert);
    }
  }
  const int tile = std::max(tileSegments, 1);
  for (int ti = 0; ti < latSegments; ti += tile) {
    for (int tj = 0; tj < lonSegments; tj += tile) {
      IndexRange range;
      range.first = static_cast<std::uint32_t>(mesh.indices.size());
      for (int i = ti; i < std::min(ti + tile, latSegments); ++i) {
        for (int j = tj; j < std::min(tj + tile, lonSegments); ++j) {
          const auto i0 = static_cast<std::uint32_t>(i * cols + j);
          const auto i1 = i0 + 1;
          const auto i2 = static_cast<std::uint32_t>((i + 1) * cols + j);
          const auto i3 = i2 + 1;
          // Rows run north to south, columns west to east: (i0, i2, i1) is
          // counter-clockwise seen from outside.
          if (i != 0) mesh.indices.insert(mesh.indices.end(), {i0, i2, i1});
          if (i != latSegments - 1) mesh.indices.insert(mesh.indices.end(), {i1, i2, i3});
        }
      }
      range.count = static_cast<std::uint32_t>(mesh.indices.size()) - range.first;
      if (range.count > 0) mesh.tiles.push_back(range);
    }
  }
  return mesh;
}

}  // namespace rv::render
