#pragma once
// The renderer's description filled from the app's data folders
// (data_paths.h), so every renderer the app makes (window, render, record,
// benchmarks) finds the same maps, stars and fonts.

#include "render/renderer.h"

namespace rv::app {

// The Earth maps and stars from xplanetDir(), the label and HUD fonts from
// fontFile().
render::RendererDesc rendererDescFromDataPaths();

}  // namespace rv::app
