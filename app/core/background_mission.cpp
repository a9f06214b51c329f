#include "background_mission.h"

#include "sim/mission_config.h"

namespace rv::app {

Result<BackgroundMission> BackgroundMission::start(const GlobalOptions& global) {
  return start(global, {});
}

Result<BackgroundMission> BackgroundMission::start(const GlobalOptions& global, FollowUp followUp) {
  const std::string path = global.missionPath.empty() ? defaultMissionPath() : global.missionPath;
  // Parsed twice (here and in loadAndSimulate): about a millisecond, for
  // the file's errors at once.
  auto parsed = sim::loadMission(path);
  if (!parsed) return parsed.takeError();
  BackgroundMission mission(
      std::async(std::launch::async | std::launch::deferred, [global, followUp] {
        auto simulated = loadAndSimulate(global);
        if (simulated && followUp) followUp(**simulated);
        return simulated;
      }));
  if (!parsed->warnings.empty()) mission.m_simulated.wait();
  return mission;
}

Result<std::unique_ptr<LoadedMission>> BackgroundMission::take() {
  return m_simulated.get();
}

}  // namespace rv::app
