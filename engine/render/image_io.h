#pragma once
// Image files in and out: decoded by stb_image (Debian's libstb), PNG
// encoded with zlib (png_encode.cpp). CPU only. Bytes go through
// io::readFile / io::FileWriter (engine/base/file_io.h): both work in memory.

#include <cstdint>
#include <string>
#include <vector>

#include "base/result.h"

namespace rv::render {

struct ImageRgba8 {
  int width = 0, height = 0;
  std::vector<std::uint8_t> pixels;  // RGBA, rows top to bottom
};

// Reads and decodes a PNG or JPEG. Error: "PATH: why" (missing, not a
// regular file, too large, or not an image stb can decode).
Result<ImageRgba8> loadImage(const std::string& path);
// Encodes RGBA pixels (rows top to bottom, `width` * 4 bytes each) as PNG
// bytes; false for an empty size or one whose row does not fit in an int.
// Made for speed: every row with the "up" filter, zlib's run-length
// strategy; 9-15 ms for a 1280x720 frame of the scene, and smaller than
// stb's lowest level at 46-55 ms (png_encode.cpp).
bool encodePng(int width, int height, const std::uint8_t* rgba, std::string& out);
// Encodes and writes a PNG atomically. Error: "cannot write PATH: why"
// (missing folder, read-only, disk full), with the errno in sysErrno.
Result<void> writePng(const std::string& path, const ImageRgba8& image);

}  // namespace rv::render
