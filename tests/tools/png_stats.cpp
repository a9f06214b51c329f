// Prints "WIDTH HEIGHT MEAN STDDEV" of a PNG's luminance, for shell tests
// that must tell a rendered frame from a blank one.
#include <cmath>
#include <cstdio>

#include "render/image_io.h"

int main(int argc, char** argv) {
  if (argc != 2) {
    std::fprintf(stderr, "usage: png_stats FILE.png\n");
    return 2;
  }
  std::string err;
  auto img = rv::render::loadImage(argv[1], &err);
  if (!img) {
    std::fprintf(stderr, "png_stats: %s\n", err.c_str());
    return 1;
  }
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
