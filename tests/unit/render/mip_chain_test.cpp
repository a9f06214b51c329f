// Mipmaps made on the CPU (render/mip_chain.h): sizes as GL's, averages in
// linear light.
#include "render/mip_chain.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <vector>

namespace {

using rv::render::ImageRgba8;
using rv::render::srgbMipChain;

ImageRgba8 filled(int w, int h, std::uint8_t v, std::uint8_t a = 255) {
  ImageRgba8 img{w, h, std::vector<std::uint8_t>(static_cast<size_t>(w) * h * 4, v)};
  for (size_t i = 3; i < img.pixels.size(); i += 4) img.pixels[i] = a;
  return img;
}

double toLinear(double code) {
  const double c = code / 255.0;
  return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

TEST(MipChain, SizesHalveDownToOnePixelAsGlDoes) {
  const auto chain = srgbMipChain(filled(2048, 1024, 90));
  ASSERT_EQ(chain.levels.size(), 12u);  // 2048 .. 1
  EXPECT_EQ(chain.levels[1].width, 1024);
  EXPECT_EQ(chain.levels[1].height, 512);
  EXPECT_EQ(chain.levels[10].width, 2);
  EXPECT_EQ(chain.levels[10].height, 1);
  EXPECT_EQ(chain.levels[11].width, 1);
  EXPECT_EQ(chain.levels[11].height, 1);
  // A flat image stays the same colour at every level.
  for (const auto& level : chain.levels) EXPECT_EQ(level.pixels[0], 90);

  const auto odd = srgbMipChain(filled(5, 3, 10));
  ASSERT_EQ(odd.levels.size(), 3u);  // 5x3, 2x1, 1x1
  EXPECT_EQ(odd.levels[1].width, 2);
  EXPECT_EQ(odd.levels[1].height, 1);
  EXPECT_EQ(odd.levels[1].pixels.size(), 2u * 1u * 4u);
}

TEST(MipChain, AveragesInLinearLightNotInCodes) {
  // Black and white texels: the mean of the codes would be 128; the mean of
  // the light is 0.5, which sRGB encodes as 188.
  ImageRgba8 img = filled(2, 2, 0);
  for (int i : {0, 3}) {
    for (int c = 0; c < 3; ++c) img.pixels[static_cast<size_t>(i) * 4 + c] = 255;
  }
  const auto chain = srgbMipChain(img);
  ASSERT_EQ(chain.levels.size(), 2u);
  const std::uint8_t got = chain.levels[1].pixels[0];
  EXPECT_EQ(got, 188);
  EXPECT_NEAR(toLinear(got), 0.5, 0.5 * (toLinear(189) - toLinear(187)));
  EXPECT_EQ(chain.levels[1].pixels[3], 255);  // alpha is averaged as it is
}

TEST(MipChain, EveryMeanOfTwoCodesRoundsToTheNearestCode) {
  // Each 2x2 block holds codes a and b twice: its mean light is the mean of
  // theirs, and the code the mipmap gets must be the nearest one in the
  // sRGB curve: the one whose interval of light, between the light of the
  // half-codes on either side, holds the mean (as a search among those 255
  // half-code boundaries finds it). All 65,536 pairs, in one 512x512 image.
  ImageRgba8 img = filled(512, 512, 0);
  for (int a = 0; a < 256; ++a) {
    for (int b = 0; b < 256; ++b) {
      for (int dy = 0; dy < 2; ++dy) {
        for (int dx = 0; dx < 2; ++dx) {
          std::uint8_t* p = &img.pixels[(static_cast<size_t>(2 * a + dy) * 512 + 2 * b + dx) * 4];
          p[0] = static_cast<std::uint8_t>((dx ^ dy) ? b : a);
        }
      }
    }
  }
  std::vector<float> bounds;
  for (int i = 0; i < 255; ++i) bounds.push_back(static_cast<float>(toLinear(i + 0.5)));
  const auto chain = srgbMipChain(img);
  int mismatches = 0;
  for (int a = 0; a < 256; ++a) {
    for (int b = 0; b < 256; ++b) {
      const float la = static_cast<float>(toLinear(a)), lb = static_cast<float>(toLinear(b));
      const float mean = 0.25f * (la + lb + lb + la);
      const auto want = std::upper_bound(bounds.begin(), bounds.end(), mean) - bounds.begin();
      const int got = chain.levels[1].pixels[(static_cast<size_t>(a) * 256 + b) * 4];
      if (got != want && ++mismatches <= 5)
        ADD_FAILURE() << a << "," << b << ": " << got << " not " << want;
    }
  }
  EXPECT_EQ(mismatches, 0);
}

TEST(MipChain, AlphaIsAveragedLinearly) {
  ImageRgba8 img = filled(2, 1, 200, 0);
  img.pixels[3] = 255;
  const auto chain = srgbMipChain(img);
  EXPECT_EQ(chain.levels[1].pixels[3], 128);  // (255 + 0 + 255 + 0) / 4, rounded
}

TEST(MipChain, EmptyImageGivesNoLevels) {
  EXPECT_TRUE(srgbMipChain(ImageRgba8{}).levels.empty());
}

}  // namespace
