#include "mission_context.h"

#include <glm/glm.hpp>

#include <charconv>
#include <cmath>
#include <cstdio>
#include <filesystem>

#include "astro/time_scales.h"
#include "data_paths.h"
#include "sim/iss_ephemeris.h"
#include "sim/mission_simulation.h"
#include "time_entry.h"
#include "timeline_cache.h"

namespace rv::app {
namespace {

bool isEventIdSyntax(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s) {
    if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_')) return false;
  }
  return true;
}

std::string_view trim(std::string_view s) {
  while (!s.empty() && s.front() == ' ') s.remove_prefix(1);
  while (!s.empty() && s.back() == ' ') s.remove_suffix(1);
  return s;
}

// "30", "1.5", "1:30" (M:SS) or "1:02:03": seconds of an offset. Digits and
// one decimal point only (no "nan", "inf" or "1e9").
std::optional<double> offsetSeconds(std::string_view s) {
  if (s.find(':') != std::string_view::npos) return parseClockSeconds(s, false);
  if (s.empty() || s.find_first_not_of("0123456789.") != std::string_view::npos)
    return std::nullopt;
  double v = 0.0;
  const auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
  if (ec != std::errc() || end != s.data() + s.size()) return std::nullopt;
  return v;
}

// "contact+30", "booster_sep-5", "contact+1:30": an event id and an offset.
struct EventOffset {
  std::string_view id;
  double offsetS = 0.0;
};
std::optional<EventOffset> splitEventOffset(std::string_view s) {
  const size_t sign = s.find_last_of("+-");
  if (sign == std::string_view::npos || sign == 0) return std::nullopt;
  const std::string_view id = s.substr(0, sign);
  if (!isEventIdSyntax(id)) return std::nullopt;
  const auto off = offsetSeconds(s.substr(sign + 1));
  if (!off) return std::nullopt;
  return EventOffset{id, s[sign] == '-' ? -*off : *off};
}

// "T+3:27:00", "T-5:00": mission time in clock form.
std::optional<double> missionClock(std::string_view s) {
  if (s.size() > 2 && (s[0] == 'T' || s[0] == 't') && (s[1] == '+' || s[1] == '-') &&
      s.find(':') != std::string_view::npos) {
    if (auto v = parseClockSeconds(s.substr(2), false)) return s[1] == '-' ? -*v : *v;
  }
  return std::nullopt;
}

// "12:22", "12:22:31": UTC seconds into the day (no date, no sign).
std::optional<double> timeOfDay(std::string_view s) {
  if (s.find(':') == std::string_view::npos || s.find_first_of("-+T") != std::string_view::npos)
    return std::nullopt;
  const auto v = parseClockSeconds(s, true);
  if (v && *v >= 86400.0) return std::nullopt;  // "25:00" is no time of day
  return v;
}

Error unknownEvent(const sim::MissionTimeline& timeline, std::string_view id) {
  std::string text = "'" + std::string(id) + "' is not a time or a known event; events are:";
  for (const auto& e : timeline.events()) text += " " + e.id;
  return fail(std::move(text), ErrorKind::kBadInput);
}

}  // namespace

std::string defaultMissionPath() {
  return (std::filesystem::path(assetDir()) / "missions" / "soyuz-ms19.toml").string();
}

namespace {

// Seconds after lift-off at which the stack is heightM above where it stood,
// by bisection on the simulated trajectory (the climb is monotonic for the
// first minute); the search window's end if it never gets there.
double climbAfterLiftoffS(const sim::MissionTimeline& tl, double heightM) {
  const double liftoff = tl.liftoffUtcS();
  const double r0 = glm::length(tl.objectState(sim::ObjectId::Stack, liftoff).posTeme);
  const auto heightAt = [&](double t) {
    return glm::length(tl.objectState(sim::ObjectId::Stack, liftoff + t).posTeme) - r0;
  };
  double lo = 0.0, hi = 60.0;
  if (heightAt(hi) < heightM) return hi;
  for (int i = 0; i < 24; ++i) {
    const double mid = 0.5 * (lo + hi);
    (heightAt(mid) < heightM ? lo : hi) = mid;
  }
  return hi;
}

}  // namespace

Result<sim::MissionConfig> loadMissionFile(const GlobalOptions& global) {
  const std::string path = global.missionPath.empty() ? defaultMissionPath() : global.missionPath;
  auto loaded = sim::loadMission(path);
  if (!loaded) return loaded.takeError();
  for (const std::string& w : loaded->warnings)
    std::fprintf(stderr, "rendezvous: warning: %s\n", w.c_str());
  return loaded;
}

Result<std::unique_ptr<LoadedMission>> simulateLoaded(sim::MissionConfig config) {
  auto mission = std::make_unique<LoadedMission>();
  mission->config = std::move(config);
  const TimelineCache cache = TimelineCache::fromEnvironment();
  if (auto cached = cache.load(mission->config)) {
    if (auto iss = sim::IssEphemeris::create(mission->config.iss)) {
      mission->timeline =
          std::make_unique<sim::MissionTimeline>(std::move(*cached), std::move(iss).value());
      mission->timelineFromCache = true;
    }
  }
  if (!mission->timeline) {
    auto simulated = sim::simulateMission(mission->config);
    if (!simulated)
      return fail(
          mission->config.sourcePath + ": the simulation failed: " + simulated.error().message,
          ErrorKind::kFailed);
    mission->timeline = std::make_unique<sim::MissionTimeline>(std::move(simulated).value());
    // A cache that cannot be written is no error: the next start simulates.
    (void)cache.store(mission->config, mission->timeline->data());
  }
  mission->padClearedAfterLiftoffS = climbAfterLiftoffS(*mission->timeline, kPadClearanceM);
  return mission;
}

Result<std::unique_ptr<LoadedMission>> loadAndSimulate(const GlobalOptions& global) {
  auto config = loadMissionFile(global);
  if (!config) return config.takeError();
  return simulateLoaded(std::move(config).value());
}

Result<double> resolveMissionTime(const sim::MissionTimeline& timeline, std::string_view text) {
  text = trim(text);
  const double liftoff = timeline.liftoffUtcS();
  if (isEventIdSyntax(text)) {
    if (const sim::MissionEvent* e = timeline.findEvent(text)) return e->utcS;
    return unknownEvent(timeline, text);
  }
  if (const auto eo = splitEventOffset(text)) {
    if (const sim::MissionEvent* e = timeline.findEvent(eo->id)) return e->utcS + eo->offsetS;
    return unknownEvent(timeline, eo->id);
  }
  if (const auto t = missionClock(text)) return liftoff + *t;
  if (const auto t = timeOfDay(text)) {
    const double dayStart =
        std::floor(liftoff / 86400.0 - 0.5) * 86400.0 + 43200.0;  // J2000 is noon
    return dayStart + *t;
  }
  auto t = astro::parseMissionTime(text, liftoff);
  if (t) return *t;
  return fail(t.error().message, ErrorKind::kBadInput);
}

Result<void> looksLikeMissionTime(std::string_view text) {
  text = trim(text);
  if (isEventIdSyntax(text) || splitEventOffset(text) || missionClock(text) || timeOfDay(text))
    return {};
  auto t = astro::parseMissionTime(text, 0.0);
  if (!t) return fail(t.error().message, ErrorKind::kBadInput);
  return {};
}

}  // namespace rv::app
