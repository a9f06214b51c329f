#pragma once
// Where the app finds data installed by Debian packages and its own assets.
// Environment variables override the defaults, so a user with the files
// elsewhere (or a test simulating their absence) can point at them.

#include <functional>
#include <string>

namespace rv::app {

// xplanet data folder: $RENDEZVOUS_XPLANET_DIR, else /usr/share/xplanet.
std::string xplanetDir();
// The mission files and data: $RENDEZVOUS_ASSETS; else, for an installed
// program (<prefix>/bin/rendezvous), <prefix>/share/rendezvous; else the
// source tree's assets/ (a build that was not installed).
std::string assetDir();
// The same choice as a pure function, for tests: exePath is the running
// program's path, isDir says whether a folder exists.
std::string chooseAssetDir(const char* envAssets, const std::string& exePath,
                           const std::function<bool(const std::string&)>& isDir,
                           const std::string& sourceTreeAssets);
// The running program's own path (/proc/self/exe), empty if unknown.
std::string executablePath();
// A DejaVu font file (fonts-dejavu-core), e.g. "DejaVuSans.ttf", for the
// window's UI and record --overlay: in $RENDEZVOUS_FONT_DIR, else
// /usr/share/fonts/truetype/dejavu.
std::string fontFile(const char* name);

}  // namespace rv::app
