#include "background_mission.h"

#include "sim/mission_config.h"

namespace rv::app {

Result<BackgroundMission> BackgroundMission::start(const GlobalOptions& global) {
  const std::string path = global.missionPath.empty() ? defaultMissionPath() : global.missionPath;
  // Parsed twice (here and in loadAndSimulate): about a millisecond, for
  // the file's errors at once.
  auto parsed = sim::loadMission(path);
  if (!parsed) return parsed.takeError();
  BackgroundMission mission(std::async(std::launch::async | std::launch::deferred,
                                       [global] { return loadAndSimulate(global); }));
  if (!parsed->warnings.empty()) mission.m_simulated.wait();
  return mission;
}

Result<std::unique_ptr<LoadedMission>> BackgroundMission::take() {
  return m_simulated.get();
}

}  // namespace rv::app
