#pragma once
// Loads assets/missions/soyuz-ms19.toml and simulates it once per test
// program; the tests share the (immutable) timeline.

#include <gtest/gtest.h>

#include <cstdlib>
#include <memory>
#include <string>
#include <variant>

#include "sim/mission_config.h"
#include "sim/mission_simulation.h"

namespace rv::sim::test {

inline std::string missionPath() {
  if (const char* tuning = std::getenv("RV_TUNING_MISSION")) return tuning;  // diagnostics only
  return std::string(RV_ASSET_DIR) + "/missions/soyuz-ms19.toml";
}

inline const MissionConfig& missionConfig() {
  static const MissionConfig config = [] {
    auto r = loadMission(missionPath());
    if (!r) {
      ADD_FAILURE() << r.error().message;
      return MissionConfig{};
    }
    return std::move(r).value();
  }();
  return config;
}

inline const MissionTimeline& missionTimeline() {
  static const std::unique_ptr<MissionTimeline> timeline = [] {
    auto r = simulateMission(missionConfig());
    if (!r) {
      ADD_FAILURE() << r.error().message;
      std::abort();
    }
    return std::make_unique<MissionTimeline>(std::move(r).value());
  }();
  return *timeline;
}

}  // namespace rv::sim::test
