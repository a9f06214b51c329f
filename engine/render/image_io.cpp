#include "render/image_io.h"

#include <cerrno>
#include <cstdio>
#include <cstring>

#include <stb_image.h>
#include <stb_image_write.h>

namespace rv::render {

std::optional<ImageRgba8> loadImage(const std::string& path, std::string* error) {
  int w = 0, h = 0, channels = 0;
  unsigned char* data = stbi_load(path.c_str(), &w, &h, &channels, 4);
  if (!data) {
    if (error) *error = path + ": " + (stbi_failure_reason() ? stbi_failure_reason() : "unreadable");
    return std::nullopt;
  }
  ImageRgba8 img;
  img.width = w;
  img.height = h;
  img.pixels.assign(data, data + static_cast<size_t>(w) * h * 4);
  stbi_image_free(data);
  return img;
}

bool writePng(const std::string& path, const ImageRgba8& image, std::string* error) {
  // Probe the path first so the error can say why (stb only returns 0).
  if (std::FILE* f = std::fopen(path.c_str(), "wb")) {
    std::fclose(f);
  } else {
    if (error) *error = "cannot write " + path + ": " + std::strerror(errno);
    return false;
  }
  if (!stbi_write_png(path.c_str(), image.width, image.height, 4, image.pixels.data(),
                      image.width * 4)) {
    if (error) *error = "cannot write " + path + " (disk full?)";
    std::remove(path.c_str());
    return false;
  }
  return true;
}

} // namespace rv::render
