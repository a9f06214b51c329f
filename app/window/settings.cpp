#include "settings.h"

#include <cerrno>
#include <charconv>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <functional>
#include <sstream>
#include <string_view>
#include <system_error>
#include <type_traits>
#include <utility>
#include <vector>

#include "base/file_io.h"
#include "cli_values.h"
#include "record_job.h"

namespace rv::app {
namespace {

namespace fs = std::filesystem;

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r'))
    s.remove_suffix(1);
  return s;
}

bool parseBool(std::string_view v, bool* out) {
  if (v == "true" || v == "1" || v == "yes" || v == "on") return *out = true, true;
  if (v == "false" || v == "0" || v == "no" || v == "off") return *out = false, true;
  return false;
}

template <class T>
bool parseNumber(std::string_view v, T* out) {
  T value{};
  const auto [end, ec] = std::from_chars(v.data(), v.data() + v.size(), value);
  if (ec != std::errc() || end != v.data() + v.size()) return false;
  *out = value;
  return true;
}

std::string fmt(double v) {
  char buf[40];
  std::snprintf(buf, sizeof buf, "%.17g", v);
  return buf;
}

// One row per key: how to read it and how to write it.
struct Field {
  const char* key;
  std::function<bool(Settings&, std::string_view)> read;
  std::function<std::string(const Settings&)> write;
};

// Where a key's value lives: a member of Settings, or a member of one of its
// members (Settings::record). The accessor works on const and non-const
// Settings alike.
template <class T>
auto at(T Settings::*member) {
  return [member](auto& s) -> auto& {
    return s.*member;
  };
}
template <class Group, class T>
auto at(Group Settings::*group, T Group::*member) {
  return [ group, member ](auto& s) -> auto& {
    return (s.*group).*member;
  };
}

template <class Get>
Field number(const char* key, Get get) {
  using T = std::remove_reference_t<decltype(get(std::declval<Settings&>()))>;
  return {key, [get](Settings& s, std::string_view v) { return parseNumber(v, &get(s)); },
          [get](const Settings& s) {
            if constexpr (std::is_integral_v<T>)
              return std::to_string(get(s));
            else
              return fmt(static_cast<double>(get(s)));
          }};
}

template <class Get>
Field optionalInt(const char* key, Get get) {
  return {key,
          [get](Settings& s, std::string_view v) {
            if (v.empty()) return get(s).reset(), true;
            int x = 0;
            if (!parseNumber(v, &x)) return false;
            get(s) = x;
            return true;
          },
          [get](const Settings& s) { return get(s) ? std::to_string(*get(s)) : ""; }};
}

template <class Get>
Field boolean(const char* key, Get get) {
  return {key, [get](Settings& s, std::string_view v) { return parseBool(v, &get(s)); },
          [get](const Settings& s) { return std::string(get(s) ? "true" : "false"); }};
}

template <class Get>
Field text(const char* key, Get get) {
  return {key,
          [get](Settings& s, std::string_view v) {
            get(s) = std::string(v);
            return true;
          },
          [get](const Settings& s) { return get(s); }};
}

// A camera by name. One this version does not know (a newer version's file)
// leaves the default, the chase, as an unknown key is ignored: not corrupt.
template <class Get>
Field camera(const char* key, Get get) {
  return {key,
          [get](Settings& s, std::string_view v) {
            get(s) = parseCameraName(v).value_or(Settings{}.camera);
            return true;
          },
          [get](const Settings& s) { return std::string(cameraName(get(s))); }};
}

// An overlay fixed on or off, or "default" (the camera's own).
Field overlay(const char* key, OverlayKind k) {
  return {key,
          [k](Settings& s, std::string_view v) {
            if (v.empty() || v == "default") return s.overlays[k].reset(), true;
            bool on = false;
            if (!parseBool(v, &on)) return false;
            s.overlays[k] = on;
            return true;
          },
          [k](const Settings& s) {
            const std::optional<bool>& o = s.overlays[k];
            return std::string(!o ? "default" : *o ? "true" : "false");
          }};
}

const std::vector<Field>& fields() {
  static const std::vector<Field> kFields = {
      number("window_width", at(&Settings::windowWidth)),
      number("window_height", at(&Settings::windowHeight)),
      optionalInt("window_x", at(&Settings::windowX)),
      optionalInt("window_y", at(&Settings::windowY)),
      boolean("fullscreen", at(&Settings::fullscreen)),
      number("ui_scale", at(&Settings::uiScale)),
      boolean("high_contrast", at(&Settings::highContrast)),
      camera("camera", at(&Settings::camera)),
      number("warp", at(&Settings::warp)),
      boolean("loop", at(&Settings::loop)),
      number("free_yaw_rad", at(&Settings::freeYawRad)),
      number("free_pitch_rad", at(&Settings::freePitchRad)),
      number("free_distance_m", at(&Settings::freeDistanceM)),
      boolean("panels_visible", at(&Settings::panelsVisible)),
      boolean("show_telemetry", at(&Settings::showTelemetry)),
      boolean("show_plots", at(&Settings::showPlots)),
      boolean("show_relative", at(&Settings::showRelative)),
      boolean("show_map", at(&Settings::showMap)),
      boolean("show_crew", at(&Settings::showCrew)),
      overlay("overlay_orbits", OverlayKind::Orbits),
      overlay("overlay_ground_tracks", OverlayKind::GroundTracks),
      overlay("overlay_baikonur_marker", OverlayKind::BaikonurMarker),
      overlay("overlay_labels", OverlayKind::Labels),
      overlay("overlay_arrows", OverlayKind::Arrows),
      text("screenshot_dir", at(&Settings::screenshotDir)),
      boolean("screenshot_includes_panels", at(&Settings::screenshotIncludesPanels)),
      text("record_size", at(&Settings::record, &RecordChoices::size)),
      number("record_fps", at(&Settings::record, &RecordChoices::fps)),
      number("record_speed", at(&Settings::record, &RecordChoices::speed)),
      boolean("record_overlay", at(&Settings::record, &RecordChoices::overlay)),
  };
  return kFields;
}

// Values that parse but make no sense are corrupt too (a window 0 px wide).
Result<void> plausible(const Settings& s) {
  const auto corrupt = [](std::string why) { return fail(std::move(why), ErrorKind::kBadInput); };
  if (s.windowWidth < 16 || s.windowHeight < 16 || s.windowWidth > 16384 || s.windowHeight > 16384)
    return corrupt("window size out of range");
  if (s.uiScale != 0.0f && (s.uiScale < 1.0f || s.uiScale > 3.0f))
    return corrupt("ui_scale must be 0 (automatic) or 1 to 3");
  if (!(s.freeDistanceM > 0.0)) return corrupt("free_distance_m must be positive");
  if (const auto size = parseImageSize(s.record.size); !size)
    return corrupt("record_size: " + size.error().message);
  if (!isSupportedFps(s.record.fps)) return corrupt("record_fps must be 24, 25, 30, 50 or 60");
  if (s.record.speed < 1 || s.record.speed > 100000)
    return corrupt("record_speed must be 1 to 100000");
  return {};
}

}  // namespace

std::string defaultSettingsPath() {
  if (const char* xdg = std::getenv("XDG_CONFIG_HOME"); xdg && *xdg)
    return (fs::path(xdg) / "rendezvous" / "settings.conf").string();
  if (const char* home = std::getenv("HOME"); home && *home)
    return (fs::path(home) / ".config" / "rendezvous" / "settings.conf").string();
  return {};
}

std::string formatSettings(const Settings& s) {
  std::string out = "# Rendezvous settings (key = value). Written on exit; delete to reset.\n";
  for (const Field& f : fields()) out += std::string(f.key) + " = " + f.write(s) + "\n";
  return out;
}

Result<Settings> parseSettings(const std::string& text) {
  Settings s;
  std::istringstream in(text);
  std::string raw;
  int lineNo = 0;
  while (std::getline(in, raw)) {
    ++lineNo;
    const std::string_view line = trim(raw);
    if (line.empty() || line.front() == '#') continue;
    const size_t eq = line.find('=');
    if (eq == std::string_view::npos)
      return fail("line " + std::to_string(lineNo) + ": '" + std::string(line) + "' has no '='",
                  ErrorKind::kBadInput);
    const std::string_view key = trim(line.substr(0, eq));
    const std::string_view value = trim(line.substr(eq + 1));
    for (const Field& f : fields()) {
      if (key != f.key) continue;
      if (!f.read(s, value))
        return fail(
            "line " + std::to_string(lineNo) + ": '" + std::string(line) + "' has a bad value",
            ErrorKind::kBadInput);
    }
  }
  if (auto checked = plausible(s); !checked) return checked.takeError();
  return s;
}

SettingsLoad loadSettings(const std::string& path) {
  SettingsLoad result;
  if (path.empty()) return result;
  auto text = io::readFile(path, "settings file", io::kTextFileLimit);
  if (!text) {
    const Error& e = text.error();
    if (e.sysErrno == ENOENT) return result;  // first run: defaults, nothing to say
    if (e.sysErrno == EISDIR)
      result.warning =
          "the settings file " + path + " is a folder; using defaults (remove it to save settings)";
    else if (e.kind == ErrorKind::kIo || e.sysErrno == EACCES)
      result.warning = "cannot read the settings file " + path + "; using defaults";
    else  // a FIFO, a device, a file of gigabytes: named, left alone
      result.warning = e.message + "; using defaults";
    return result;
  }
  auto parsed = parseSettings(*text);
  if (parsed) {
    result.settings = *parsed;
    return result;
  }
  std::error_code ec;
  const std::string bad = path + ".bad";
  fs::rename(path, bad, ec);
  result.warning = "the settings file " + path + " is corrupt (" + parsed.error().message + "); " +
                   (ec ? std::string("it will be replaced") : "it was moved to " + bad) +
                   " and defaults are used";
  return result;
}

Result<void> saveSettings(const std::string& path, const Settings& s) {
  if (path.empty()) return fail("no settings folder (neither XDG_CONFIG_HOME nor HOME is set)");
  std::error_code ec;
  const fs::path p(path);
  if (p.has_parent_path()) fs::create_directories(p.parent_path(), ec);
  if (ec) return fail("cannot create " + p.parent_path().string() + ": " + ec.message());
  return io::writeFile(path, formatSettings(s));
}

}  // namespace rv::app
