// libFuzzer target: the time arguments a user types, on the command line
// and in the presenter's Go to field (astro::parseMissionTime,
// app::resolveMissionTime: ISO-8601 UTC, T+/-SECONDS, T+H:MM:SS, time of day,
// event ids with offsets), plus the --size parser. Each must give a finite
// time or a one-line reason, never crash; ASan + UBSan are on.
// Run: build-fuzz/tests/fuzz/time_fuzz tests/fuzz/corpus/time_fuzz (README: Tests).

#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <optional>
#include <string>
#include <string_view>
#include <variant>

#include "astro/time_scales.h"
#include "cli_values.h"
#include "mission_context.h"
#include "sim/iss_ephemeris.h"
#include "sim/mission_config.h"
#include "sim/mission_timeline.h"
#include "time_entry.h"

namespace {

void fail(const char* what, std::string_view input, const std::string& detail) {
  std::fprintf(stderr, "time_fuzz: %s for '%.*s': %s\n", what, static_cast<int>(input.size()),
               input.data(), detail.c_str());
  std::abort();
}

// A timeline with the real lift-off time, ISS and a few event ids; no
// simulation (seconds per run), since the parsers only read events and lift-off.
const rv::sim::MissionTimeline& timeline() {
  static const rv::sim::MissionTimeline kTimeline = [] {
    const std::string path = std::string(RV_ASSET_DIR) + "/missions/soyuz-ms19.toml";
    auto loaded = rv::sim::loadMission(path);
    const auto* config = loaded ? &*loaded : nullptr;
    if (!config) {
      std::fprintf(stderr, "time_fuzz: cannot load %s\n", path.c_str());
      std::exit(1);
    }
    auto iss = rv::sim::IssEphemeris::create(config->iss);
    if (!iss) {
      std::fprintf(stderr, "time_fuzz: ISS ephemeris: %s\n", iss.error().message.c_str());
      std::exit(1);
    }
    rv::sim::TimelineData d;
    d.liftoffUtcS = config->launch.liftoffUtcS;
    d.epochUtcS = d.liftoffUtcS - 300.0;
    d.events = {{"liftoff", "Lift-off", d.liftoffUtcS, 0.0, ""},
                {"booster_sep", "Booster separation", d.liftoffUtcS + 118.0, 118.0, ""},
                {"contact", "Contact", d.liftoffUtcS + 12420.0, 12420.0, ""}};
    return rv::sim::MissionTimeline(std::move(d), std::move(*iss));
  }();
  return kTimeline;
}

void check(const char* parser, std::string_view input, const std::optional<double>& t,
           const std::string& error) {
  if (t) {
    if (!std::isfinite(*t)) fail(parser, input, "returned a time that is not finite");
    return;
  }
  if (error.empty()) fail(parser, input, "rejected without a reason");
  if (input.find('\n') == std::string_view::npos && error.find('\n') != std::string::npos)
    fail(parser, input, "reason spans lines: " + error);
}
void check(const char* parser, std::string_view input, const rv::Result<double>& t) {
  check(parser, input, t ? std::optional<double>(*t) : std::nullopt,
        t ? std::string() : t.error().message);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  const rv::sim::MissionTimeline& tl = timeline();
  check("parseIsoUtc", text, rv::astro::parseIsoUtc(text));
  check("parseMissionTime", text, rv::astro::parseMissionTime(text, tl.liftoffUtcS()));
  check("resolveMissionTime", text, rv::app::resolveMissionTime(tl, text));
  for (bool firstIsHours : {false, true}) {
    const std::optional<double> s = rv::app::parseClockSeconds(text, firstIsHours);
    if (s && !(std::isfinite(*s) && *s >= 0.0)) fail("parseClockSeconds", text, "bad seconds");
  }
  (void)rv::app::looksLikeMissionTime(text);
  if (const auto size = rv::app::parseImageSize(text)) {
    if (size->width < 16 || size->height < 16 || size->width > 16384 || size->height > 16384)
      fail("parseImageSize", text, "size out of range");
  } else if (size.error().message.empty()) {
    fail("parseImageSize", text, "rejected without a reason");
  }
  return 0;
}
