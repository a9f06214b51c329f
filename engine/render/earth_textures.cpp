#include "render/earth_textures.h"

#include <cmath>
#include <filesystem>

namespace rv::render {

ImageRgba8 proceduralDayMap(int width, int height) {
  ImageRgba8 img{width, height, std::vector<std::uint8_t>(static_cast<size_t>(width) * height * 4)};
  for (int y = 0; y < height; ++y) {
    const double lat = 90.0 - 180.0 * (y + 0.5) / height;
    for (int x = 0; x < width; ++x) {
      const double lon = -180.0 + 360.0 * (x + 0.5) / width;
      const bool grid =
          std::fmod(std::abs(lat) + 0.4, 15.0) < 0.8 || std::fmod(std::abs(lon) + 0.4, 15.0) < 0.8;
      const bool ice = std::abs(lat) > 70.0;
      std::uint8_t* p = &img.pixels[(static_cast<size_t>(y) * width + x) * 4];
      p[0] = grid ? 120 : ice ? 230 : 30;
      p[1] = grid ? 150 : ice ? 235 : 70;
      p[2] = grid ? 180 : ice ? 240 : 150;
      p[3] = 255;
    }
  }
  return img;
}

ImageRgba8 proceduralNightMap(int width, int height) {
  ImageRgba8 img{width, height,
                 std::vector<std::uint8_t>(static_cast<size_t>(width) * height * 4, 0)};
  for (size_t i = 3; i < img.pixels.size(); i += 4) img.pixels[i] = 255;
  return img;
}

EarthMapImage loadEarthMap(const std::string& xplanetDir, EarthMap map) {
  const bool day = map == EarthMap::Day;
  const std::string path =
      (std::filesystem::path(xplanetDir) / "images" / (day ? "earth.jpg" : "night.jpg")).string();
  auto img = loadImage(path);
  EarthMapImage out;
  if (!img) {
    out.warning = "Earth " + std::string(day ? "day" : "night-lights") + " map not available (" +
                  img.error().message +
                  "); drawing a plain globe instead. Install it with: "
                  "sudo apt-get install xplanet-images";
  }
  ImageRgba8 image = img ? std::move(img).value()
                         : (day ? proceduralDayMap(512, 256) : proceduralNightMap(512, 256));
  if (!day) out.lit = LitRowCounts::of(image);
  out.map = srgbMipChain(std::move(image));
  return out;
}

EarthImages earthImagesFrom(EarthMapImage day, EarthMapImage night) {
  EarthImages out;
  out.day = std::move(day.map);
  out.night = std::move(night.map);
  out.nightLit = std::move(night.lit);
  for (std::string* warning : {&day.warning, &night.warning}) {
    if (!warning->empty()) out.warnings.push_back(std::move(*warning));
  }
  return out;
}

}  // namespace rv::render
