#pragma once
// The Earth's day and night maps: Debian's xplanet-images (NASA Visible
// Earth, equirectangular 2048x1024) when installed, else a procedural
// stand-in and a warning naming the package to install.

#include <string>
#include <vector>

#include "render/image_io.h"

namespace rv::render {

struct EarthImages {
  ImageRgba8 day;
  ImageRgba8 night;
  std::vector<std::string> warnings;  // one line each, for the user
};

// xplanetDir is the xplanet data folder (/usr/share/xplanet on Debian).
EarthImages loadEarthImages(const std::string& xplanetDir);

// Plain stand-ins: an ocean-blue globe with a latitude/longitude grid, and a
// black night side. Used when the maps are missing or unreadable.
ImageRgba8 proceduralDayMap(int width, int height);
ImageRgba8 proceduralNightMap(int width, int height);

}  // namespace rv::render
