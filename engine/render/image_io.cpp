#include "render/image_io.h"

#include <stb_image.h>

#include "base/file_io.h"

namespace rv::render {

Result<ImageRgba8> loadImage(const std::string& path) {
  auto bytes = io::readFile(path, "image", io::kImageFileLimit);
  if (!bytes) return bytes.takeError();
  if (bytes->size() > static_cast<size_t>(INT32_MAX))
    return fail(path + ": too large to decode", ErrorKind::kBadInput);
  int w = 0, h = 0, channels = 0;
  unsigned char* data =
      stbi_load_from_memory(reinterpret_cast<const stbi_uc*>(bytes->data()),
                            static_cast<int>(bytes->size()), &w, &h, &channels, 4);
  if (!data) {
    return fail(path + ": " + (stbi_failure_reason() ? stbi_failure_reason() : "unreadable"),
                ErrorKind::kBadInput);
  }
  ImageRgba8 img;
  img.width = w;
  img.height = h;
  img.pixels.assign(data, data + static_cast<size_t>(w) * h * 4);
  stbi_image_free(data);
  return img;
}

Result<void> writePng(const std::string& path, const ImageRgba8& image) {
  // Encoded in memory (png_encode.cpp), then written by the careful writer:
  // a full disk is an error and never leaves a truncated PNG or loses an
  // earlier good file at that name.
  std::string png;
  if (!encodePng(image.width, image.height, image.pixels.data(), png))
    return fail("cannot encode " + path);
  return io::writeFile(path, png);
}

}  // namespace rv::render
