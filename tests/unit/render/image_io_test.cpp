// PNG out and back in: the fast encoder (one filter, zlib's run-length
// strategy) must still give back every pixel, writePng's file must read back
// too, and the file must be one that strict readers take: chunks whose
// lengths and CRCs add up (stb_image does not check CRCs; ffmpeg and libpng
// can).
#include "render/image_io.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <string>

#include <zlib.h>

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

std::uint32_t readU32(const std::string& s, size_t at) {
  return static_cast<std::uint32_t>(static_cast<unsigned char>(s[at])) << 24 |
         static_cast<std::uint32_t>(static_cast<unsigned char>(s[at + 1])) << 16 |
         static_cast<std::uint32_t>(static_cast<unsigned char>(s[at + 2])) << 8 |
         static_cast<std::uint32_t>(static_cast<unsigned char>(s[at + 3]));
}

TEST(ImageIo, PngChunksAreWellFormedWithTheirCrcs) {
  const ImageRgba8 img = testImage(33, 17);
  std::string png;
  ASSERT_TRUE(rv::render::encodePng(img.width, img.height, img.pixels.data(), png));
  ASSERT_EQ(png.substr(0, 8), std::string("\x89PNG\r\n\x1a\n", 8));
  std::vector<std::string> types;
  size_t at = 8;
  while (at + 12 <= png.size()) {
    const std::uint32_t length = readU32(png, at);
    ASSERT_LE(at + 12 + length, png.size());
    const std::string type = png.substr(at + 4, 4);
    const auto* typeAndData = reinterpret_cast<const Bytef*>(png.data() + at + 4);
    EXPECT_EQ(readU32(png, at + 8 + length), crc32(0L, typeAndData, length + 4)) << type;
    if (type == "IHDR") {
      ASSERT_EQ(length, 13u);
      EXPECT_EQ(readU32(png, at + 8), 33u);
      EXPECT_EQ(readU32(png, at + 12), 17u);
      EXPECT_EQ(png[at + 16], 8);  // bits per channel
      EXPECT_EQ(png[at + 17], 6);  // RGBA
    }
    types.push_back(type);
    at += 12 + length;
  }
  EXPECT_EQ(at, png.size());
  EXPECT_EQ(types, (std::vector<std::string>{"IHDR", "IDAT", "IEND"}));
  // The IEND chunk's CRC is the same in every PNG (the spec's example).
  EXPECT_EQ(readU32(png, png.size() - 4), 0xAE426082u);
}

TEST(ImageIo, EmptyImageIsNotEncoded) {
  std::string png = "left over";
  const std::uint8_t pixel[4] = {1, 2, 3, 4};
  EXPECT_FALSE(rv::render::encodePng(0, 1, pixel, png));
  EXPECT_FALSE(rv::render::encodePng(1, 0, pixel, png));
  EXPECT_TRUE(rv::render::encodePng(1, 1, pixel, png));
  EXPECT_EQ(png.substr(1, 3), "PNG");
}

}  // namespace
