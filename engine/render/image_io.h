#pragma once
// Image files in and out (stb_image from Debian's libstb). CPU only. Bytes
// go through io::readFile / io::FileWriter (engine/base/file_io.h): stb only
// decodes and encodes in memory.

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
// bytes; false only if stb cannot (a size out of its range). The encoder is
// set once for speed: every row with the "up" filter and stb's lowest
// compression level, 0.55x the time of stb's defaults (a row-by-row choice of
// five filters and level 8) for 3% more bytes, 50 against 92 ms for a
// 1280x720 frame.
bool encodePng(int width, int height, const std::uint8_t* rgba, std::string& out);
// Encodes and writes a PNG atomically. Error: "cannot write PATH: why"
// (missing folder, read-only, disk full), with the errno in sysErrno.
Result<void> writePng(const std::string& path, const ImageRgba8& image);

}  // namespace rv::render
