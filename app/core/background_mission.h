#pragma once
// The mission simulated on a worker thread while the caller makes its GL
// context and renderer (about a third of a second each on llvmpipe's
// machines), so start-up waits for the longer of the two, not their sum.
//
// The mission file is read first, on the caller's thread: a broken file
// (the bad input a user makes) is reported, and a file's warnings printed,
// before any window or GL exists. The simulation is the same code on
// another thread, so its result is bit-identical; nothing is shared with the
// worker but the mission it is given (moved) and the result handed back by
// take().

#include <functional>
#include <future>
#include <memory>

#include "base/result.h"
#include "mission_context.h"

namespace rv::app {

class BackgroundMission {
 public:
  // Reads the mission file (an error: the one loadAndSimulate would give;
  // warnings printed now), then simulates it on a worker thread (in take()
  // when no thread can be started).
  static Result<BackgroundMission> start(const GlobalOptions& global);

  // Work for the worker once the mission is simulated (the window's plot
  // series). It runs before take() returns; what it writes is the caller's
  // to read after take(), never before.
  using FollowUp = std::function<void(const LoadedMission&)>;
  static Result<BackgroundMission> start(const GlobalOptions& global, FollowUp followUp);

  // Waits for the worker; loadAndSimulate's result. Once.
  Result<std::unique_ptr<LoadedMission>> take();

 private:
  explicit BackgroundMission(std::future<Result<std::unique_ptr<LoadedMission>>> simulated)
      : m_simulated(std::move(simulated)) {}
  std::future<Result<std::unique_ptr<LoadedMission>>> m_simulated;
};

}  // namespace rv::app
