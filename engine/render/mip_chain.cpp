#include "render/mip_chain.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdint>

namespace rv::render {
namespace {

double srgbToLinear(double c) {
  return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

// The 256 codes' linear values, and the linear value at each boundary
// between two codes: encoding is a search among those 255 boundaries, which
// rounds to the nearest code exactly.
struct SrgbTables {
  std::array<float, 256> toLinear{};
  std::array<float, 255> boundaries{};
  SrgbTables() {
    for (int i = 0; i < 256; ++i) toLinear[i] = static_cast<float>(srgbToLinear(i / 255.0));
    for (int i = 0; i < 255; ++i)
      boundaries[i] = static_cast<float>(srgbToLinear((i + 0.5) / 255.0));
  }
  std::uint8_t encode(float linear) const {
    return static_cast<std::uint8_t>(
        std::upper_bound(boundaries.begin(), boundaries.end(), linear) - boundaries.begin());
  }
};

const SrgbTables& tables() {
  static const SrgbTables t;
  return t;
}

ImageRgba8 halve(const ImageRgba8& src) {
  const SrgbTables& t = tables();
  ImageRgba8 dst;
  dst.width = std::max(1, src.width / 2);
  dst.height = std::max(1, src.height / 2);
  dst.pixels.resize(static_cast<size_t>(dst.width) * dst.height * 4);
  // A source of width or height 1 contributes its one row or column twice.
  const int dx = src.width > 1 ? 1 : 0, dy = src.height > 1 ? 1 : 0;
  for (int y = 0; y < dst.height; ++y) {
    const std::uint8_t* row0 = &src.pixels[static_cast<size_t>(2 * y) * src.width * 4];
    const std::uint8_t* row1 = row0 + static_cast<size_t>(dy) * src.width * 4;
    std::uint8_t* out = &dst.pixels[static_cast<size_t>(y) * dst.width * 4];
    for (int x = 0; x < dst.width; ++x, out += 4) {
      const size_t a = static_cast<size_t>(2 * x) * 4, b = a + static_cast<size_t>(dx) * 4;
      for (int c = 0; c < 3; ++c) {
        const float sum = t.toLinear[row0[a + c]] + t.toLinear[row0[b + c]] +
                          t.toLinear[row1[a + c]] + t.toLinear[row1[b + c]];
        out[c] = t.encode(0.25f * sum);
      }
      out[3] = static_cast<std::uint8_t>(
          (row0[a + 3] + row0[b + 3] + row1[a + 3] + row1[b + 3] + 2) / 4);
    }
  }
  return dst;
}

}  // namespace

MipChain srgbMipChain(ImageRgba8 image) {
  MipChain chain;
  if (image.width <= 0 || image.height <= 0) return chain;
  chain.levels.push_back(std::move(image));
  while (chain.levels.back().width > 1 || chain.levels.back().height > 1)
    chain.levels.push_back(halve(chain.levels.back()));
  return chain;
}

}  // namespace rv::render
