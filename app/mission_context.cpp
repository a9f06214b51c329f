#include "mission_context.h"

#include <cstdio>
#include <filesystem>

#include "astro/time_scales.h"
#include "cli.h"
#include "command.h"
#include "data_paths.h"
#include "sim/mission_simulation.h"

namespace rv::app {
namespace {

bool isEventIdSyntax(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s) {
    if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_')) return false;
  }
  return true;
}

}  // namespace

std::string defaultMissionPath() {
  return (std::filesystem::path(assetDir()) / "missions" / "soyuz-ms19.toml").string();
}

std::unique_ptr<LoadedMission> loadMissionOrExplain(const GlobalOptions& global, std::string* error,
                                                    int* exitCode) {
  const std::string path = global.missionPath.empty() ? defaultMissionPath() : global.missionPath;
  auto loaded = sim::loadMission(path);
  if (auto* e = std::get_if<sim::MissionLoadError>(&loaded)) {
    *error = e->message;
    *exitCode = kExitUsage;
    return nullptr;
  }
  auto mission = std::make_unique<LoadedMission>();
  mission->config = std::move(std::get<sim::MissionConfig>(loaded));
  for (const std::string& w : mission->config.warnings)
    std::fprintf(stderr, "rendezvous: warning: %s\n", w.c_str());
  auto simulated = sim::simulateMission(mission->config);
  if (auto* e = std::get_if<std::string>(&simulated)) {
    *error = path + ": the simulation failed: " + *e;
    *exitCode = kExitRuntimeError;
    return nullptr;
  }
  mission->timeline =
      std::make_unique<sim::MissionTimeline>(std::move(std::get<sim::MissionTimeline>(simulated)));
  return mission;
}

std::unique_ptr<LoadedMission> loadMissionOrReport(const GlobalOptions& global, int* exitCode) {
  std::string err;
  auto mission = loadMissionOrExplain(global, &err, exitCode);
  if (!mission) std::fprintf(stderr, "rendezvous: %s\n", err.c_str());
  return mission;
}

std::optional<double> resolveMissionTime(const sim::MissionTimeline& timeline,
                                         std::string_view text, std::string* error) {
  if (isEventIdSyntax(text)) {
    if (const sim::MissionEvent* e = timeline.findEvent(text)) return e->utcS;
    if (error) {
      *error = "'" + std::string(text) + "' is not a time or a known event; events are:";
      for (const auto& e : timeline.events()) *error += " " + e.id;
    }
    return std::nullopt;
  }
  return astro::parseMissionTime(text, timeline.liftoffUtcS(), error);
}

bool looksLikeMissionTime(std::string_view text, std::string* error) {
  if (isEventIdSyntax(text)) return true;
  return astro::parseMissionTime(text, 0.0, error).has_value();
}

}  // namespace rv::app
