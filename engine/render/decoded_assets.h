#pragma once
// What RendererAssets decodes: the Earth's maps and the star catalogue, each
// with its warnings, ready to upload.

#include "render/earth_textures.h"
#include "render/star_catalog.h"

namespace rv::render {

struct DecodedAssets {
  EarthImages earth;
  StarCatalog stars;
};

}  // namespace rv::render
