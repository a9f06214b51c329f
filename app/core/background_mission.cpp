#include "background_mission.h"

namespace rv::app {

Result<BackgroundMission> BackgroundMission::start(const GlobalOptions& global) {
  return start(global, {});
}

Result<BackgroundMission> BackgroundMission::start(const GlobalOptions& global, FollowUp followUp) {
  auto config = loadMissionFile(global);  // its errors and warnings, here and now
  if (!config) return config.takeError();
  return BackgroundMission(
      std::async(std::launch::async | std::launch::deferred,
                 [config = std::move(config).value(), followUp = std::move(followUp)]() mutable {
                   auto simulated = simulateLoaded(std::move(config));
                   if (simulated && followUp) followUp(**simulated);
                   return simulated;
                 }));
}

Result<std::unique_ptr<LoadedMission>> BackgroundMission::take() {
  return m_simulated.get();
}

}  // namespace rv::app
