#include "xdg_user_dirs.h"

#include <cstdlib>
#include <sstream>

#include "base/file_io.h"

namespace rv::app {
namespace {

std::string envOr(const std::string& name) {
  const char* v = std::getenv(name.c_str());
  return v ? v : "";
}

// XDG_PICTURES_DIR="$HOME/Bilder" from user-dirs.dirs (written by xdg-user-dirs).
std::string fromUserDirsFile(const std::string& key, const std::string& home) {
  std::string config = envOr("XDG_CONFIG_HOME");
  if (config.empty()) config = home + "/.config";
  // Unreadable, missing, a FIFO or a device: no answer here, the fallback.
  const auto text = io::readFile(config + "/user-dirs.dirs", "user-dirs file", io::kTextFileLimit);
  if (!text) return {};
  std::istringstream in(*text);
  const std::string prefix = key + "=";
  std::string line;
  while (std::getline(in, line)) {
    if (line.rfind(prefix, 0) != 0) continue;
    std::string v = line.substr(prefix.size());
    if (v.size() >= 2 && v.front() == '"' && v.back() == '"') v = v.substr(1, v.size() - 2);
    if (v.rfind("$HOME", 0) == 0) v = home + v.substr(5);
    return v;
  }
  return {};
}

}  // namespace

std::string xdgUserFolder(std::string_view name, std::string_view fallback) {
  const std::string key = "XDG_" + std::string(name) + "_DIR";
  const std::string home = envOr("HOME");
  std::string folder = envOr(key);
  if (folder.empty() && !home.empty()) folder = fromUserDirsFile(key, home);
  if (folder.empty())
    folder = (home.empty() ? std::string(".") : home) + "/" + std::string(fallback);
  return folder;
}

}  // namespace rv::app
