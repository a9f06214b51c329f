// LitRowCounts answers "any light in this span of a row" as a scan of the
// pixels would, for spans that wrap around the map's edge and spans wider
// than the map.
#include "render/lit_row_counts.h"

#include <gtest/gtest.h>

#include <random>

namespace {

using rv::render::ImageRgba8;
using rv::render::LitRowCounts;

bool scanLit(const ImageRgba8& map, int y, int x0, int x1) {
  for (int x = x0; x <= x1; ++x) {
    const int wrapped = ((x % map.width) + map.width) % map.width;
    const std::uint8_t* p = &map.pixels[(static_cast<size_t>(y) * map.width + wrapped) * 4];
    if (p[0] | p[1] | p[2]) return true;
  }
  return false;
}

TEST(LitRowCounts, AgreesWithAScanOfThePixels) {
  ImageRgba8 map;
  map.width = 37;
  map.height = 5;
  map.pixels.assign(static_cast<size_t>(map.width) * map.height * 4, 0);
  std::mt19937 rng(7);
  for (int y = 0; y < map.height; ++y) {
    for (int i = 0; i < y; ++i) {  // row 0 dark, then ever more lights
      const int x = static_cast<int>(rng() % map.width);
      map.pixels[(static_cast<size_t>(y) * map.width + x) * 4 + rng() % 3] = 1;
    }
    // Alpha alone is no light.
    map.pixels[(static_cast<size_t>(y) * map.width + 3) * 4 + 3] = 255;
  }
  const LitRowCounts lit = LitRowCounts::of(map);
  int checked = 0, litSpans = 0;
  for (int y = 0; y < map.height; ++y) {
    for (int x0 = -80; x0 <= 80; x0 += 3) {
      for (int len = 1; len <= 90; len += 4) {
        const bool want = scanLit(map, y, x0, x0 + len - 1);
        ASSERT_EQ(lit.anyLit(y, x0, x0 + len - 1), want)
            << "row " << y << " x " << x0 << "+" << len;
        ++checked;
        litSpans += want;
      }
    }
  }
  // Both answers came up often.
  EXPECT_GT(litSpans, checked / 4);
  EXPECT_LT(litSpans, checked * 9 / 10);
}

TEST(LitRowCounts, EmptyMapHasNoRows) {
  const LitRowCounts lit = LitRowCounts::of(ImageRgba8{});
  EXPECT_EQ(lit.width, 0);
  EXPECT_TRUE(lit.prefix.empty());
}

}  // namespace
