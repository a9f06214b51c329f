#pragma once
// The simulated timeline kept on disk, so a start-up that has simulated this
// mission before reads it (a few milliseconds) instead of simulating it
// again (about 0.4 s of CPU on llvmpipe's machines). Keyed by what decides
// the result: the mission file's bytes (MissionConfig::contentDigest, a base
// file's included) and this program's own bytes (/proc/self/exe), so an edited
// mission file or a rebuilt program never meets a stale timeline. The data
// is decoded bit for bit (sim/timeline_codec.h): seeks give what they give
// after simulating.
//
// Where: $XDG_CACHE_HOME/rendezvous, else $HOME/.cache/rendezvous; none when
// RENDEZVOUS_NO_CACHE is set (to time the simulation, or to rule the cache
// out). A cache that cannot be read or written is no error: the mission is
// simulated, as without one. The folder holds the newest kKeptFiles.

#include <cstdint>
#include <optional>
#include <string>

#include "base/result.h"
#include "sim/mission_config.h"
#include "sim/mission_timeline.h"

namespace rv::app {

class TimelineCache {
 public:
  static constexpr int kKeptFiles = 8;

  // The folder and program digest from the environment (see above).
  static TimelineCache fromEnvironment();
  // A cache in `folder` (empty: none) for a program of digest programDigest.
  TimelineCache(std::string folder, std::uint64_t programDigest);

  bool enabled() const { return !m_folder.empty(); }
  // The file that holds (or would hold) this mission's timeline.
  std::string pathFor(const sim::MissionConfig& mission) const;
  // The stored timeline, or nothing when there is none, it is another
  // mission's or program's, or it is damaged.
  std::optional<sim::TimelineData> load(const sim::MissionConfig& mission) const;
  // Writes atomically (a reader sees the old file or the whole new one),
  // then removes all but the newest kKeptFiles timelines.
  Result<void> store(const sim::MissionConfig& mission, const sim::TimelineData& data) const;

 private:
  std::uint64_t keyFor(const sim::MissionConfig& mission) const;
  std::string m_folder;
  std::uint64_t m_programDigest = 0;
};

}  // namespace rv::app
