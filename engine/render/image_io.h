#pragma once
// Image files in and out (stb_image from Debian's libstb). CPU only.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace rv::render {

struct ImageRgba8 {
  int width = 0, height = 0;
  std::vector<std::uint8_t> pixels;  // RGBA, rows top to bottom
};

std::optional<ImageRgba8> loadImage(const std::string& path, std::string* error = nullptr);
// Writes a PNG; on failure returns false and says why (missing folder, disk).
bool writePng(const std::string& path, const ImageRgba8& image, std::string* error = nullptr);

}  // namespace rv::render
