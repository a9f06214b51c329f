#include "settings.h"

#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace fs = std::filesystem;
using rv::app::Settings;

namespace {
fs::path tempDir(const char* name) {
  const fs::path d = fs::temp_directory_path() / ("rv_settings_test_" + std::string(name));
  fs::remove_all(d);
  fs::create_directories(d);
  return d;
}
std::string readAll(const fs::path& p) {
  std::ifstream in(p);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}
}  // namespace

TEST(Settings, RoundTripsEveryField) {
  Settings s;
  s.windowWidth = 1920;
  s.windowHeight = 1080;
  s.windowX = -1280;  // a monitor left of the primary
  s.windowY = 40;
  s.fullscreen = true;
  s.uiScale = 2.25f;
  s.highContrast = false;
  s.camera = rv::app::CameraKind::Overview;
  s.warp = -1000;
  s.loop = true;
  s.freeYawRad = 1.2345678901234567;
  s.freePitchRad = -0.5;
  s.freeDistanceM = 12345.5;
  s.panelsVisible = false;
  s.showTelemetry = true;
  s.showPlots = true;
  s.showCrew = true;
  s.showRelative = true;
  s.showMap = true;
  s.overlays.orbits = true;   // fixed on; the others follow the camera
  s.overlays.labels = false;  // fixed off
  s.overlays.arrows = true;
  s.screenshotDir = "/tmp/my shots";
  s.screenshotIncludesPanels = true;
  s.record = {"1920x1080", 60, 100, false};
  const auto back = rv::app::parseSettings(rv::app::formatSettings(s));
  ASSERT_TRUE(back) << back.error().message;
  EXPECT_EQ(*back, s);
  // Defaults too (unset window place stays unset).
  const auto defaults = rv::app::parseSettings(rv::app::formatSettings(Settings{}));
  ASSERT_TRUE(defaults) << defaults.error().message;
  EXPECT_EQ(*defaults, Settings{});
}

TEST(Settings, OverlayKeysSayOnOffOrTheCameraDefault) {
  const auto s = rv::app::parseSettings(
      "overlay_orbits = on\noverlay_ground_tracks = false\n"
      "overlay_baikonur_marker = default\noverlay_labels =\n");
  ASSERT_TRUE(s) << s.error().message;
  EXPECT_EQ(s->overlays.orbits, std::optional<bool>(true));
  EXPECT_EQ(s->overlays.groundTracks, std::optional<bool>(false));
  EXPECT_FALSE(s->overlays.baikonurMarker.has_value());
  EXPECT_FALSE(s->overlays.labels.has_value());
  EXPECT_FALSE(s->overlays.arrows.has_value());
  // Written out: unset ones as "default".
  const std::string text = rv::app::formatSettings(*s);
  EXPECT_NE(text.find("overlay_orbits = true\n"), std::string::npos) << text;
  EXPECT_NE(text.find("overlay_labels = default\n"), std::string::npos) << text;
  // Anything else is a bad line.
  const auto bad = rv::app::parseSettings("overlay_labels = sometimes\n");
  ASSERT_FALSE(bad);
  EXPECT_NE(bad.error().message.find("line 1"), std::string::npos) << bad.error().message;
}

TEST(Settings, IgnoresCommentsBlankLinesAndUnknownKeys) {
  const auto s =
      rv::app::parseSettings("# hello\n\n  ui_scale = 1.5  \nfuture_key = 42\ncamera=port\n");
  ASSERT_TRUE(s) << s.error().message;
  EXPECT_EQ(s->uiScale, 1.5f);
  EXPECT_EQ(s->camera, rv::app::CameraKind::Port);
}

// A camera this version does not have (a newer version's file) is not
// corruption: the chase, as before the setting existed.
TEST(Settings, AnUnknownCameraLeavesTheChase) {
  const auto s = rv::app::parseSettings("camera = drone\nwarp = 2\n");
  ASSERT_TRUE(s) << s.error().message;
  EXPECT_EQ(s->camera, rv::app::CameraKind::Chase);
  EXPECT_EQ(s->warp, 2.0);
}

TEST(Settings, RejectsGarbageWithTheLine) {
  const auto a = rv::app::parseSettings("ui_scale = 1\nthis is not a setting\n");
  ASSERT_FALSE(a);
  EXPECT_NE(a.error().message.find("line 2"), std::string::npos) << a.error().message;
  const auto b = rv::app::parseSettings("window_width = wide\n");
  ASSERT_FALSE(b);
  EXPECT_NE(b.error().message.find("line 1"), std::string::npos) << b.error().message;
  EXPECT_FALSE(rv::app::parseSettings("ui_scale = 9\n"));
  EXPECT_FALSE(rv::app::parseSettings("window_width = 0\n"));
  EXPECT_FALSE(rv::app::parseSettings("fullscreen = maybe\n"));
}

// The Record panel's choices come back as they were recorded with, and a
// value the recorder would refuse makes the file corrupt (defaults, a
// warning), never a panel that cannot start.
TEST(Settings, RecordChoicesRoundTripAndBadOnesAreRefused) {
  const auto s = rv::app::parseSettings(
      "record_size = 3840x2160\nrecord_fps = 25\nrecord_speed = 300\nrecord_overlay = false\n");
  ASSERT_TRUE(s) << s.error().message;
  EXPECT_EQ(s->record.size, "3840x2160");
  EXPECT_EQ(s->record.fps, 25);
  EXPECT_EQ(s->record.speed, 300);
  EXPECT_FALSE(s->record.overlay);
  EXPECT_EQ(Settings{}.record, rv::app::RecordChoices{});  // 1280x720, 30 fps, x1, overlay on
  for (const char* bad : {"record_fps = 7\n", "record_speed = 0\n", "record_size = 0x0\n",
                          "record_size = big\n", "record_overlay = sometimes\n"}) {
    const auto parsed = rv::app::parseSettings(bad);
    ASSERT_FALSE(parsed) << bad;
    EXPECT_NE(parsed.error().message.find("record_"), std::string::npos)
        << bad << " -> " << parsed.error().message;
  }
}

TEST(Settings, SaveThenLoadThroughTheFile) {
  const fs::path dir = tempDir("save");
  const std::string path = (dir / "sub" / "settings.conf").string();
  Settings s;
  s.camera = rv::app::CameraKind::Free;
  s.warp = 100;
  const auto saved = rv::app::saveSettings(path, s);
  ASSERT_TRUE(saved) << saved.error().message;
  const auto loaded = rv::app::loadSettings(path);
  EXPECT_TRUE(loaded.warning.empty()) << loaded.warning;
  EXPECT_EQ(loaded.settings, s);
  EXPECT_FALSE(fs::exists(path + ".part"));
}

TEST(Settings, MissingFileGivesDefaultsSilently) {
  const fs::path dir = tempDir("missing");
  const auto loaded = rv::app::loadSettings((dir / "nope.conf").string());
  EXPECT_TRUE(loaded.warning.empty());
  EXPECT_EQ(loaded.settings, Settings{});
}

TEST(Settings, CorruptFileIsReportedSetAsideAndReplaced) {
  const fs::path dir = tempDir("corrupt");
  const fs::path path = dir / "settings.conf";
  {
    std::ofstream out(path, std::ios::binary);
    out << "ui_scale = 2\n\x01\x02\xff garbage\n";
  }
  const auto loaded = rv::app::loadSettings(path.string());
  EXPECT_NE(loaded.warning.find("corrupt"), std::string::npos) << loaded.warning;
  EXPECT_EQ(loaded.settings, Settings{});
  EXPECT_FALSE(fs::exists(path));
  EXPECT_TRUE(fs::exists(dir / "settings.conf.bad"));
  EXPECT_NE(readAll(dir / "settings.conf.bad").find("garbage"), std::string::npos);
  const auto saved = rv::app::saveSettings(path.string(), loaded.settings);
  ASSERT_TRUE(saved) << saved.error().message;
  EXPECT_TRUE(rv::app::loadSettings(path.string()).warning.empty());
}

TEST(Settings, UnwritableFolderIsAnErrorNotACrash) {
  const auto saved = rv::app::saveSettings("/proc/rendezvous/settings.conf", Settings{});
  ASSERT_FALSE(saved.ok());
  EXPECT_FALSE(saved.error().message.empty());
  EXPECT_FALSE(rv::app::saveSettings("", Settings{}).ok());
}

TEST(Settings, PathFollowsXdgConfigHome) {
  const char* old = std::getenv("XDG_CONFIG_HOME");
  const std::string saved = old ? old : "";
  setenv("XDG_CONFIG_HOME", "/x/cfg", 1);
  EXPECT_EQ(rv::app::defaultSettingsPath(), "/x/cfg/rendezvous/settings.conf");
  unsetenv("XDG_CONFIG_HOME");
  const char* home = std::getenv("HOME");
  if (home)
    EXPECT_EQ(rv::app::defaultSettingsPath(),
              std::string(home) + "/.config/rendezvous/settings.conf");
  if (old) setenv("XDG_CONFIG_HOME", saved.c_str(), 1);
}
