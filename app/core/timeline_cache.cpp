#include "timeline_cache.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <vector>

#include <unistd.h>

#include "base/digest.h"
#include "base/file_io.h"
#include "sim/timeline_codec.h"

namespace rv::app {
namespace {

namespace fs = std::filesystem;

constexpr std::string_view kTag = "rendezvous timeline cache 1\n";
constexpr std::uint64_t kMaxFileBytes = 1ull << 30;

std::string envOr(const char* name) {
  const char* v = std::getenv(name);
  return v ? v : "";
}

std::string hex16(std::uint64_t v) {
  char s[17];
  std::snprintf(s, sizeof s, "%016llx", static_cast<unsigned long long>(v));
  return s;
}

void putU64(std::string& out, std::uint64_t v) {
  char b[8];
  std::memcpy(b, &v, 8);
  out.append(b, 8);
}

std::uint64_t getU64(std::string_view in, std::size_t at) {
  std::uint64_t v = 0;
  std::memcpy(&v, in.data() + at, 8);
  return v;
}

// Keeps the newest `keep` timeline files of the folder.
void prune(const std::string& folder, int keep) {
  std::error_code ec;
  std::vector<std::pair<fs::file_time_type, fs::path>> files;
  for (const auto& entry : fs::directory_iterator(folder, ec)) {
    const std::string name = entry.path().filename().string();
    if (name.rfind("timeline-", 0) != 0 || entry.path().extension() != ".bin") continue;
    files.emplace_back(entry.last_write_time(ec), entry.path());
  }
  if (static_cast<int>(files.size()) <= keep) return;
  std::sort(files.begin(), files.end(),
            [](const auto& a, const auto& b) { return a.first > b.first; });
  for (size_t i = static_cast<size_t>(keep); i < files.size(); ++i) fs::remove(files[i].second, ec);
}

}  // namespace

TimelineCache TimelineCache::fromEnvironment() {
  if (!envOr("RENDEZVOUS_NO_CACHE").empty()) return {"", 0};
  std::string base = envOr("XDG_CACHE_HOME");
  if (base.empty()) {
    const std::string home = envOr("HOME");
    if (home.empty()) return {"", 0};
    base = home + "/.cache";
  }
  // The program's own bytes: any rebuild is another program.
  static const std::uint64_t programDigest = [] {
    const auto exe = io::readFile("/proc/self/exe", "program", kMaxFileBytes);
    return exe ? digest64(*exe) : 0;
  }();
  if (programDigest == 0) return {"", 0};
  return {base + "/rendezvous", programDigest};
}

TimelineCache::TimelineCache(std::string folder, std::uint64_t programDigest)
    : m_folder(std::move(folder)), m_programDigest(programDigest) {}

std::uint64_t TimelineCache::keyFor(const sim::MissionConfig& mission) const {
  std::string both;
  putU64(both, m_programDigest);
  putU64(both, mission.contentDigest);
  return digest64(both);
}

std::string TimelineCache::pathFor(const sim::MissionConfig& mission) const {
  return m_folder + "/timeline-" + hex16(keyFor(mission)) + ".bin";
}

std::optional<sim::TimelineData> TimelineCache::load(const sim::MissionConfig& mission) const {
  if (!enabled()) return std::nullopt;
  const auto file = io::readFile(pathFor(mission), "timeline cache", kMaxFileBytes);
  if (!file) return std::nullopt;
  const std::string_view bytes = *file;
  const std::size_t header = kTag.size() + 16;
  if (bytes.size() < header || bytes.substr(0, kTag.size()) != kTag) return std::nullopt;
  const std::string_view payload = bytes.substr(header);
  if (getU64(bytes, kTag.size()) != keyFor(mission) ||
      getU64(bytes, kTag.size() + 8) != digest64(payload))
    return std::nullopt;
  auto data = sim::decodeTimeline(payload);
  if (!data) return std::nullopt;
  return std::move(data).value();
}

Result<void> TimelineCache::store(const sim::MissionConfig& mission,
                                  const sim::TimelineData& data) const {
  if (!enabled()) return {};
  std::error_code ec;
  fs::create_directories(m_folder, ec);
  if (ec) return fail("cannot make the cache folder " + m_folder + ": " + ec.message());
  const std::string payload = sim::encodeTimeline(data);
  std::string bytes(kTag);
  putU64(bytes, keyFor(mission));
  putU64(bytes, digest64(payload));
  bytes += payload;
  // Under a name of this process's own first: two programs storing the same
  // mission at once (tests in parallel) each rename a whole file into place.
  const std::string path = pathFor(mission);
  const std::string mine = path + "." + std::to_string(::getpid()) + ".tmp";
  if (auto written = io::writeFile(mine, bytes); !written) return written;
  fs::rename(mine, path, ec);
  if (ec) {
    fs::remove(mine, ec);
    return fail("cannot write " + path + ": " + ec.message());
  }
  prune(m_folder, kKeptFiles);
  return {};
}

}  // namespace rv::app
