#pragma once
// The Earth's day and night maps: Debian's xplanet-images (NASA Visible
// Earth, equirectangular 2048x1024) when installed, else a procedural
// stand-in and a warning naming the package to install.

#include <string>
#include <vector>

#include "render/image_io.h"
#include "render/lit_row_counts.h"
#include "render/mip_chain.h"

namespace rv::render {

struct EarthImages {
  MipChain day;  // levels[0] is the map
  MipChain night;
  LitRowCounts nightLit;              // where night.levels[0] has light
  std::vector<std::string> warnings;  // one line each, for the user
};

enum class EarthMap { Day, NightLights };

// One of the maps, with its mipmaps: the decoded file, or the stand-in and a
// warning (empty when the file was read).
struct EarthMapImage {
  MipChain map;
  LitRowCounts lit;  // the night map's lit pixels (empty for the day map)
  std::string warning;
};

// xplanetDir is the xplanet data folder (/usr/share/xplanet on Debian).
// Reads and decodes one map and makes its mipmaps (and, for the night map,
// its LitRowCounts); safe to call on any thread (no GL).
EarthMapImage loadEarthMap(const std::string& xplanetDir, EarthMap map);

// The two maps together, their warnings day first.
EarthImages earthImagesFrom(EarthMapImage day, EarthMapImage night);

// Plain stand-ins: an ocean-blue globe with a latitude/longitude grid, and a
// black night side. Used when the maps are missing or unreadable.
ImageRgba8 proceduralDayMap(int width, int height);
ImageRgba8 proceduralNightMap(int width, int height);

}  // namespace rv::render
