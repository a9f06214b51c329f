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

} // namespace rv::app
