#include "app_state.h"

#define GLFW_INCLUDE_NONE
#include <GLFW/glfw3.h>

#include <algorithm>
#include <cstdio>
#include <sstream>

#include "astro/time_scales.h"
#include "base/file_io.h"

namespace rv::app {

Settings settingsFrom(const AppState& s, GLFWwindow* window) {
  Settings out;
  const bool full = glfwGetWindowMonitor(window) != nullptr;
  WindowedRect r = s.windowed;
  if (!full) {
    glfwGetWindowPos(window, &r.x, &r.y);
    glfwGetWindowSize(window, &r.w, &r.h);
  }
  out.windowWidth = std::max(r.w, 16);
  out.windowHeight = std::max(r.h, 16);
  out.windowX = r.x;
  out.windowY = r.y;
  out.fullscreen = full;
  out.uiScale = s.scaleChosen ? s.ui.uiScale : 0.0f;
  out.highContrast = s.ui.highContrast;
  out.camera = s.camera.current;
  out.warp = s.clock->warp();
  out.loop = s.clock->endMode() == EndMode::Loop;
  out.freeYawRad = s.camera.free.yawRad;
  out.freePitchRad = s.camera.free.pitchRad;
  out.freeDistanceM = s.camera.free.distanceM;
  out.panelsVisible = s.ui.panelsVisible;
  out.showTelemetry = s.ui.showTelemetry;
  out.showPlots = s.ui.showPlots;
  out.showCrew = s.ui.showCrew;
  out.showRelative = s.ui.showRelative;
  out.showMap = s.ui.showMap;
  out.overlays = s.ui.overlays;
  out.screenshotDir = s.ui.screenshotDir;
  out.screenshotIncludesPanels = s.ui.screenshotIncludesPanels;
  out.record = s.ui.record;
  return out;
}

Result<void> writeStateDump(const std::string& path, const AppState& s, long long frames) {
  std::ostringstream out;
  const PlaybackClock& c = *s.clock;
  const double liftoff = s.mission->timeline->liftoffUtcS();
  char buf[64];
  out << "utc = " << astro::formatIsoUtc(c.nowUtcS(), 3) << "\n";
  std::snprintf(buf, sizeof buf, "%.3f", c.nowUtcS() - liftoff);
  out << "met_s = " << buf << "\n";
  out << "playing = " << (c.playing() ? "true" : "false") << "\n";
  std::snprintf(buf, sizeof buf, "%g", c.warp());
  out << "warp = " << buf << "\n";
  out << "end_mode = " << (c.endMode() == EndMode::Loop ? "loop" : "stop") << "\n";
  out << "camera = " << cameraName(s.camera.current) << "\n";
  out << "panels_visible = " << (s.ui.panelsVisible ? "true" : "false") << "\n";
  out << "help_visible = " << (s.ui.showHelp ? "true" : "false") << "\n";
  out << "blank = " << (s.ui.blank ? "true" : "false") << "\n";
  out << "telemetry_visible = " << (s.ui.showTelemetry ? "true" : "false") << "\n";
  out << "relative_visible = " << (s.ui.showRelative ? "true" : "false") << "\n";
  out << "map_visible = " << (s.ui.showMap ? "true" : "false") << "\n";
  out << "transport_visible = " << (s.ui.transportVisible ? "true" : "false") << "\n";
  out << "large_type_px = " << s.largeTypePx << "\n";
  out << "story = " << (s.story ? "on" : "off") << "\n";
  out << "stories_finished = " << s.storiesFinished << "\n";
  out << "story_stops_held = " << (s.story ? s.story->stopsHeld() : s.storyStopsHeld) << "\n";
  out << "frozen = " << (s.frozen ? "true" : "false") << "\n";
  out << "exposure_bias_ev = " << s.ui.exposureBiasEv << "\n";
  out << "fullscreen = " << (glfwGetWindowMonitor(s.window) ? "true" : "false") << "\n";
  std::snprintf(buf, sizeof buf, "%g", static_cast<double>(s.ui.uiScale));
  out << "ui_scale = " << buf << "\n";
  out << "high_contrast = " << (s.ui.highContrast ? "true" : "false") << "\n";
  std::string shown;
  for (OverlayKind k : kAllOverlays)
    if (overlayOn(resolveOverlays(s.camera.current, s.ui.overlays), k))
      shown += (shown.empty() ? "" : ",") + std::string(overlayName(k));
  out << "overlays = " << (shown.empty() ? "none" : shown) << "\n";
  out << "record_panel_visible = " << (s.ui.showRecord ? "true" : "false") << "\n";
  for (auto [key, mark] : {std::pair{"selection_in_met_s", s.ui.selection.inUtcS()},
                           std::pair{"selection_out_met_s", s.ui.selection.outUtcS()}}) {
    if (mark) std::snprintf(buf, sizeof buf, "%.3f", *mark - liftoff);
    out << key << " = " << (mark ? buf : "none") << "\n";
  }
  out << "screenshots = " << s.screenshots << "\n";
  out << "last_screenshot = " << s.lastScreenshot << "\n";
  out << "frames = " << frames << "\n";
  return io::writeFile(path, out.str());
}

}  // namespace rv::app
