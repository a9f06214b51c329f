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

} // namespace rv::app
