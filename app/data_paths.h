#pragma once
// Where the app finds data installed by Debian packages and its own assets.
// Environment variables override the build-time defaults, so a user with the
// files elsewhere (or a test simulating their absence) can point at them.

#include <string>

namespace rv::app {

// xplanet data folder: $RENDEZVOUS_XPLANET_DIR, else /usr/share/xplanet.
std::string xplanetDir();
// The repository's assets/ folder: $RENDEZVOUS_ASSETS, else the source tree's.
std::string assetDir();
// A DejaVu font file (fonts-dejavu-core), e.g. "DejaVuSans.ttf", for the
// window's UI and record --overlay: in $RENDEZVOUS_FONT_DIR, else
// /usr/share/fonts/truetype/dejavu.
std::string fontFile(const char* name);

} // namespace rv::app
