#include "render/image_io.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <vector>

#include <stb_image.h>
#include <stb_image_write.h>

namespace rv::render {

std::optional<ImageRgba8> loadImage(const std::string& path, std::string* error) {
  int w = 0, h = 0, channels = 0;
  unsigned char* data = stbi_load(path.c_str(), &w, &h, &channels, 4);
  if (!data) {
    if (error)
      *error = path + ": " + (stbi_failure_reason() ? stbi_failure_reason() : "unreadable");
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
  // Encoded in memory, written beside the target and renamed over it once
  // complete: stb's own file writer ignores write errors, so a full disk left
  // a truncated PNG (and an earlier good file at that name was lost).
  std::vector<unsigned char> png;
  const auto append = [](void* context, void* data, int size) {
    auto* out = static_cast<std::vector<unsigned char>*>(context);
    out->insert(out->end(), static_cast<unsigned char*>(data),
                static_cast<unsigned char*>(data) + size);
  };
  if (!stbi_write_png_to_func(append, &png, image.width, image.height, 4, image.pixels.data(),
                              image.width * 4)) {
    if (error) *error = "cannot encode " + path;
    return false;
  }
  const std::string partial = path + ".part";
  std::FILE* f = std::fopen(partial.c_str(), "wb");
  if (!f) {
    if (error) *error = "cannot write " + path + ": " + std::strerror(errno);
    return false;
  }
  bool ok = std::fwrite(png.data(), 1, png.size(), f) == png.size();
  int why = ok ? 0 : errno;
  if (std::fclose(f) != 0 && ok) ok = false, why = errno;
  if (ok && std::rename(partial.c_str(), path.c_str()) != 0) ok = false, why = errno;
  if (!ok) {
    if (error) *error = "cannot write " + path + ": " + std::strerror(why);
    std::remove(partial.c_str());
  }
  return ok;
}

}  // namespace rv::render
