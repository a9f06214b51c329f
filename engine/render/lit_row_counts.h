#pragma once
// Where a map has light, row by row (render/earth_tile_shading.h's
// nightMapDark asks it for each of the globe's tiles). Pure CPU; no GL.

#include <cstdint>
#include <vector>

#include "render/image_io.h"

namespace rv::render {

// Where a map has any light (a pixel with R, G or B above zero), counted
// along each row so a span of a row is two lookups. Made on the thread that
// decodes the night map; the globe's tiles (both meshes) then ask it in microseconds
// instead of scanning the 2048x1024 map about nine times over (29 ms on the
// GL thread at start-up).
struct LitRowCounts {
  int width = 0, height = 0;
  std::vector<std::uint32_t> prefix;  // per row, width + 1 counts: lit pixels left of x

  static LitRowCounts of(const ImageRgba8& map);
  // Any lit pixel in row y (0 <= y < height), columns x0..x1 (x0 <= x1, any
  // integers: columns wrap around, as u does on the globe).
  bool anyLit(int y, int x0, int x1) const;
};

}  // namespace rv::render
