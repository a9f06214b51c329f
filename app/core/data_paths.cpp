#include "data_paths.h"

#include <cstdlib>
#include <filesystem>
#include <system_error>

namespace rv::app {

std::string xplanetDir() {
  const char* env = std::getenv("RENDEZVOUS_XPLANET_DIR");
  return env && *env ? env : RV_XPLANET_DIR;
}

std::string executablePath() {
  std::error_code ec;
  const std::filesystem::path p = std::filesystem::read_symlink("/proc/self/exe", ec);
  return ec ? std::string() : p.string();
}

std::string chooseAssetDir(const char* envAssets, const std::string& exePath,
                           const std::function<bool(const std::string&)>& isDir,
                           const std::string& sourceTreeAssets) {
  if (envAssets && *envAssets) return envAssets;
  if (!exePath.empty()) {
    // <prefix>/bin/rendezvous -> <prefix>/share/rendezvous, whatever the
    // prefix (/usr, /usr/local, a DESTDIR staging folder, a home folder).
    const std::filesystem::path prefix = std::filesystem::path(exePath).parent_path().parent_path();
    const std::string installed = (prefix / "share" / "rendezvous").string();
    if (isDir(installed + "/missions")) return installed;
  }
  return sourceTreeAssets;
}

std::string assetDir() {
  const auto isDir = [](const std::string& p) {
    std::error_code ec;
    return std::filesystem::is_directory(p, ec);
  };
  return chooseAssetDir(std::getenv("RENDEZVOUS_ASSETS"), executablePath(), isDir, RV_ASSET_DIR);
}

std::string fontFile(const char* name) {
  const char* env = std::getenv("RENDEZVOUS_FONT_DIR");
  return std::string(env && *env ? env : "/usr/share/fonts/truetype/dejavu") + "/" + name;
}

}  // namespace rv::app
