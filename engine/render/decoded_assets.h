#pragma once
// What RendererAssets decodes and builds: the Earth's maps and the star
// catalogue, each with its warnings, and what the renderer would otherwise
// work out on its own thread (the air's transmittance table, the vehicles'
// meshes), ready to upload.

#include "render/earth_textures.h"
#include "render/sky_model.h"
#include "render/star_catalog.h"
#include "render/vehicle_models.h"

namespace rv::render {

struct DecodedAssets {
  EarthImages earth;
  StarCatalog stars;
  TransmittanceTable transmittance;  // for SkyParams{}
  VehicleModels vehicles;
};

}  // namespace rv::render
