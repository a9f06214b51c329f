#pragma once
// Culling a large mesh by tiles on the CPU. A software rasteriser shades
// every vertex it is given and sets up every triangle before it finds the
// triangle facing away or off screen; from orbit, more than nine tenths of
// the Earth's globe is one or the other. A tile is a contiguous run of the
// index buffer with bounds that let whole runs be skipped conservatively: a
// tile is dropped only when none of its triangles could reach a pixel.
// Pure CPU; no GL.

#include <cstdint>
#include <vector>

#include <glm/glm.hpp>

namespace rv::render {

struct MeshTile {
  std::uint32_t firstIndex = 0;  // into the index buffer
  std::uint32_t indexCount = 0;
  glm::dvec3 center{0.0};  // bounding sphere of the tile's vertices
  double radius = 0.0;
  glm::dvec3 coneAxis{0.0, 0.0, 1.0};  // unit: mean outward face normal
  double coneHalfAngleRad = 0.0;       // largest angle between a face normal and the axis
};

// Bounds of the triangles indices[first, first + count) of `positions`
// (counter-clockwise seen from outside).
MeshTile boundMeshTile(const std::vector<glm::vec3>& positions,
                       const std::vector<std::uint32_t>& indices, std::uint32_t first,
                       std::uint32_t count);

// True when every triangle of the tile faces away from a camera at `eye`
// (same frame and units as the tile), i.e. back-face culling would drop all.
bool tileFacesAway(const MeshTile& tile, const glm::dvec3& eye);

}  // namespace rv::render
