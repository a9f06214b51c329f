// PNG out and back in: the fast encoder settings (one filter, low level)
// must still give back every pixel, and writePng's file must read back too.
#include "render/image_io.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <string>

namespace {

using rv::render::ImageRgba8;

ImageRgba8 testImage(int w, int h) {
  ImageRgba8 img;
  img.width = w;
  img.height = h;
  img.pixels.resize(static_cast<size_t>(w) * h * 4);
  for (int y = 0; y < h; ++y) {
    for (int x = 0; x < w; ++x) {
      std::uint8_t* p = &img.pixels[(static_cast<size_t>(y) * w + x) * 4];
      // Gradients, a hard edge and noise: every filter's worst case somewhere.
      p[0] = static_cast<std::uint8_t>(x * 255 / (w - 1));
      p[1] = static_cast<std::uint8_t>(x < w / 2 ? 0 : 255);
      p[2] = static_cast<std::uint8_t>((x * 7919 + y * 104729) >> 3);
      p[3] = static_cast<std::uint8_t>(255 - y);
    }
  }
  return img;
}

TEST(ImageIo, EncodedPngReadsBackPixelForPixel) {
  const ImageRgba8 img = testImage(97, 61);  // odd sizes: no row aligns
  std::string png;
  ASSERT_TRUE(rv::render::encodePng(img.width, img.height, img.pixels.data(), png));
  ASSERT_GT(png.size(), 8u);
  EXPECT_EQ(png.substr(1, 3), "PNG");
  const auto path = std::filesystem::temp_directory_path() /
                    ("rv_image_io_test_" +
                     std::to_string(::testing::UnitTest::GetInstance()->random_seed()) + ".png");
  ASSERT_TRUE(rv::render::writePng(path.string(), img));
  const auto back = rv::render::loadImage(path.string());
  std::filesystem::remove(path);
  ASSERT_TRUE(back) << back.error().message;
  EXPECT_EQ(back->width, img.width);
  EXPECT_EQ(back->height, img.height);
  EXPECT_EQ(back->pixels, img.pixels);
}

TEST(ImageIo, UniformRowsCompressFarBelowRawSize) {
  // The "up" filter turns a picture whose rows repeat into zeros.
  ImageRgba8 img = testImage(256, 64);
  for (int y = 1; y < img.height; ++y)
    std::copy_n(img.pixels.begin(), 256 * 4, img.pixels.begin() + y * 256 * 4);
  std::string png;
  ASSERT_TRUE(rv::render::encodePng(img.width, img.height, img.pixels.data(), png));
  EXPECT_LT(png.size(), img.pixels.size() / 20);
}

}  // namespace
