#include "render/lit_row_counts.h"

namespace rv::render {

LitRowCounts LitRowCounts::of(const ImageRgba8& map) {
  LitRowCounts lit;
  if (map.width <= 0 || map.height <= 0) return lit;
  lit.width = map.width;
  lit.height = map.height;
  const auto row = static_cast<size_t>(map.width) + 1;
  lit.prefix.resize(row * static_cast<size_t>(map.height));
  for (int y = 0; y < map.height; ++y) {
    const std::uint8_t* p = &map.pixels[static_cast<size_t>(y) * map.width * 4];
    std::uint32_t* out = &lit.prefix[static_cast<size_t>(y) * row];
    std::uint32_t count = 0;
    out[0] = 0;
    for (int x = 0; x < map.width; ++x, p += 4) {
      count += (p[0] | p[1] | p[2]) != 0 ? 1u : 0u;
      out[x + 1] = count;
    }
  }
  return lit;
}

bool LitRowCounts::anyLit(int y, int x0, int x1) const {
  const std::uint32_t* row = &prefix[static_cast<size_t>(y) * (static_cast<size_t>(width) + 1)];
  if (x1 - x0 + 1 >= width) return row[width] > 0;
  const int from = ((x0 % width) + width) % width;
  const int to = from + (x1 - x0);  // inclusive; may run past the last column
  if (to < width) return row[to + 1] > row[from];
  return row[width] > row[from] || row[to - width + 1] > 0;
}

}  // namespace rv::render
