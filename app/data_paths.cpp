#include "data_paths.h"

#include <cstdlib>

namespace rv::app {

std::string xplanetDir() {
  const char* env = std::getenv("RENDEZVOUS_XPLANET_DIR");
  return env && *env ? env : RV_XPLANET_DIR;
}

std::string assetDir() {
  const char* env = std::getenv("RENDEZVOUS_ASSETS");
  return env && *env ? env : RV_ASSET_DIR;
}

std::string fontFile(const char* name) {
  const char* env = std::getenv("RENDEZVOUS_FONT_DIR");
  return std::string(env && *env ? env : "/usr/share/fonts/truetype/dejavu") + "/" + name;
}

} // namespace rv::app
