// Shell tests' look at PNGs.
//   png_stats FILE.png         prints "WIDTH HEIGHT MEAN STDDEV" of the luminance,
//                              to tell a rendered frame from a blank one;
//   png_stats --same A.png B.png  prints the share (0..1) of pixels that are the
//                              same in both (every channel within 2 levels), to
//                              measure what panels drawn over a scene cover.
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>

#include "render/image_io.h"

namespace {

std::optional<rv::render::ImageRgba8> load(const char* path) {
  auto img = rv::render::loadImage(path);
  if (!img) {
    std::fprintf(stderr, "png_stats: %s\n", img.error().message.c_str());
    return std::nullopt;
  }
  return std::move(img).value();
}

int sameShare(const char* a, const char* b) {
  const auto ia = load(a), ib = load(b);
  if (!ia || !ib) return 1;
  if (ia->width != ib->width || ia->height != ib->height) {
    std::fprintf(stderr, "png_stats: %s is %dx%d, %s is %dx%d\n", a, ia->width, ia->height, b,
                 ib->width, ib->height);
    return 1;
  }
  const size_t n = static_cast<size_t>(ia->width) * ia->height;
  size_t same = 0;
  for (size_t i = 0; i < n; ++i) {
    bool s = true;
    for (int c = 0; c < 3; ++c)
      s = s && std::abs(int(ia->pixels[i * 4 + c]) - int(ib->pixels[i * 4 + c])) <= 2;
    same += s;
  }
  std::printf("%.4f\n", static_cast<double>(same) / static_cast<double>(n));
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc == 4 && std::strcmp(argv[1], "--same") == 0) return sameShare(argv[2], argv[3]);
  if (argc != 2) {
    std::fprintf(stderr, "usage: png_stats FILE.png | png_stats --same A.png B.png\n");
    return 2;
  }
  const auto img = load(argv[1]);
  if (!img) return 1;
  double sum = 0, sum2 = 0;
  const size_t n = static_cast<size_t>(img->width) * img->height;
  for (size_t i = 0; i < n; ++i) {
    const auto* p = &img->pixels[i * 4];
    const double l = 0.2126 * p[0] + 0.7152 * p[1] + 0.0722 * p[2];
    sum += l;
    sum2 += l * l;
  }
  const double mean = sum / n;
  std::printf("%d %d %.3f %.3f\n", img->width, img->height, mean,
              std::sqrt(std::max(0.0, sum2 / n - mean * mean)));
  return 0;
}
