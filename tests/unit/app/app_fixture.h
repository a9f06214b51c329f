#pragma once
// The bundled mission, loaded and simulated once per test program the way
// the app does it (loadAndSimulate); the tests share it (immutable).

#include <gtest/gtest.h>

#include <cstdlib>
#include <memory>
#include <string>

#include "command.h"
#include "mission_context.h"

namespace rv::app::test {

inline const LoadedMission& sharedMission() {
  static const std::unique_ptr<LoadedMission> mission = [] {
    auto loaded = loadAndSimulate(GlobalOptions{});
    if (!loaded) {
      ADD_FAILURE() << loaded.error().message;
      std::abort();
    }
    return std::move(loaded).value();
  }();
  return *mission;
}

inline const sim::MissionTimeline& sharedTimeline() {
  return *sharedMission().timeline;
}

}  // namespace rv::app::test
