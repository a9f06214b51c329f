#pragma once
// The presenter's settings, kept across runs in a small "key = value" text
// file: $XDG_CONFIG_HOME/rendezvous/settings.conf, else
// ~/.config/rendezvous/settings.conf. Unknown keys are ignored (a newer
// version's file still loads); a line that cannot be read makes the file
// "corrupt": it is reported, set aside as settings.conf.bad and replaced by
// defaults. Nothing here is ever fatal.

#include <optional>
#include <string>

#include "base/result.h"
#include "camera_kind.h"
#include "overlay_options.h"
#include "recording_request.h"

namespace rv::app {

struct Settings {
  // Window (windowed size and place; place unset = let the system choose).
  int windowWidth = 1280;
  int windowHeight = 720;
  std::optional<int> windowX, windowY;
  bool fullscreen = false;
  // 0 = not chosen: the default comes from the monitor's content scale.
  float uiScale = 0.0f;
  bool highContrast = true;
  // Replay.
  CameraKind camera = CameraKind::Chase;
  double warp = 1.0;
  bool loop = false;
  // Free camera.
  double freeYawRad = 0.6;
  double freePitchRad = 0.25;
  double freeDistanceM = 120.0;
  // Panels.
  bool panelsVisible = true;
  bool showTelemetry = false;  // the figures bar shows the four that matter; T for the rest
  bool showPlots = false;
  bool showCrew = false;
  bool showRelative = false;
  bool showMap = false;
  // Overlays in the 3D view the presenter fixed on or off (keys
  // overlay_orbits...; "default" or empty: the camera's default).
  OverlayChoice overlays;
  // Screenshots: empty folder = the XDG pictures folder + /Rendezvous.
  std::string screenshotDir;
  bool screenshotIncludesPanels = false;
  // The Record panel's last choices (keys record_size, record_fps...).
  RecordChoices record;

  bool operator==(const Settings&) const = default;
};

// $XDG_CONFIG_HOME/rendezvous/settings.conf or ~/.config/rendezvous/settings.conf;
// empty when neither XDG_CONFIG_HOME nor HOME is set.
std::string defaultSettingsPath();

std::string formatSettings(const Settings& s);
// Parses the text of a settings file. On a line that cannot be read returns
// nullopt and a one-line reason ("line 4: 'ui_scale = big' is not a number").
Result<Settings> parseSettings(const std::string& text);

struct SettingsLoad {
  Settings settings;
  std::string warning;  // non-empty: say it once (corrupt file replaced, unreadable...)
};
// Reads the file (io::readFile: a folder, FIFO, device or a file over 16 MiB
// is refused with a warning, never read). Missing: defaults, no warning.
// Corrupt: defaults, the bad file renamed to PATH.bad (so the user can look
// at it), a warning.
SettingsLoad loadSettings(const std::string& path);
// Writes atomically (io::FileWriter: PATH.part then rename), creating the
// folder. Error: "cannot write PATH: why".
Result<void> saveSettings(const std::string& path, const Settings& s);

}  // namespace rv::app
