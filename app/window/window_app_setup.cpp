// Opening the window app, step by step: the mission, the settings, the
// window, the renderer, the plot series, the state and the UI.

#include "window_app_private.h"

#define GLFW_INCLUDE_NONE
#include <GLFW/glfw3.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <tuple>

#include "app_actions.h"
#include "astro/time_scales.h"
#include "background_mission.h"
#include "data_paths.h"
#include "held_messages.h"
#include "layout.h"
#include "renderer_desc.h"

namespace rv::app {

WindowApp::WindowApp(const WindowOptions& options, const GlobalOptions& global)
    : m_opt(options), m_global(global) {}

std::optional<int> WindowApp::open() {
  pinMallocMmapThreshold();  // see heap_memory.h: RSS stays at what is in use
  // A broken mission file is reported here, before any window. The mission
  // then simulates on a worker and the maps decode on others while this
  // thread opens the window (hidden) and makes the renderer; their messages
  // are held back until the mission is in, so a mission or --start error
  // still comes first and no empty window flashes up. The worker works out
  // the plot series too, once it has the mission.
  auto background = BackgroundMission::start(
      m_global, [this](const LoadedMission& mission) { computeSeries(mission); });
  if (!background) return reportError(background.error());
  HeldMessages held;
  auto assets = render::RendererAssets::startLoading(xplanetDir());
  readSettings();
  std::optional<int> glFailed = openWindow();
  std::future<PrebuiltFonts> fonts;
  if (!glFailed) fonts = startBuildingFonts();
  if (!glFailed) glFailed = createRenderer(std::move(assets));
  if (auto failed = takeMission(*background)) return failed;
  held.release();
  if (glFailed) return glFailed;
  glfwShowWindow(m_window->get());
  if (m_seriesS > 0.5) std::fprintf(stderr, "rendezvous: plot series took %.2f s\n", m_seriesS);
  m_imgui = std::make_unique<ImGuiSession>(m_window->get(), fonts.get());
  initState();
  initUi();
  return std::nullopt;
}

std::optional<int> WindowApp::takeMission(BackgroundMission& background) {
  auto mission = background.take();
  if (!mission) return reportError(mission.error());
  m_mission = std::move(mission).value();
  const sim::MissionTimeline& timeline = *m_mission->timeline;
  const auto startOpt = resolveMissionTime(timeline, m_opt.startTime);
  if (!startOpt) {
    std::fprintf(stderr, "rendezvous: --start: %s\n", startOpt.error().message.c_str());
    return kExitUsage;
  }
  if (*startOpt < timeline.startUtcS() || *startOpt > timeline.endUtcS()) {  // as render does
    const double shown = std::clamp(*startOpt, timeline.startUtcS(), timeline.endUtcS());
    std::fprintf(stderr, "rendezvous: warning: --start is outside the mission; opening at %s\n",
                 astro::formatIsoUtc(shown, 0).c_str());
  }
  m_startUtcS = *startOpt;
  return std::nullopt;
}

// Settings: the file, unless reset; the command line wins over both.
void WindowApp::readSettings() {
  m_settingsPath = defaultSettingsPath();
  if (m_opt.resetSettings) {
    sayOnStderr("rendezvous: settings reset to defaults (" + m_settingsPath +
                " is rewritten on exit)\n");
  } else {
    SettingsLoad loaded = loadSettings(m_settingsPath);
    m_settings = loaded.settings;
    m_settingsWarning = loaded.warning;
    if (!m_settingsWarning.empty()) sayOnStderr("rendezvous: warning: " + m_settingsWarning + "\n");
  }
  m_sizeFromCli = m_opt.width && m_opt.height;
  if (m_sizeFromCli) {
    m_settings.windowWidth = *m_opt.width;
    m_settings.windowHeight = *m_opt.height;
    m_settings.fullscreen = false;
  }
}

// Placed where it was last (if that is still on a monitor), its context
// current, its input going to m_input; shown by open() once the mission is in.
std::optional<int> WindowApp::openWindow() {
  m_window = GlfwWindow::open(m_settings.windowWidth, m_settings.windowHeight);
  if (!m_window) return kExitRuntimeError;
  GLFWwindow* window = m_window->get();
  if (m_settings.windowX && m_settings.windowY && !m_sizeFromCli &&
      onSomeMonitor(*m_settings.windowX, *m_settings.windowY))
    glfwSetWindowPos(window, *m_settings.windowX, *m_settings.windowY);
  glfwMakeContextCurrent(window);
  m_swapInterval = m_opt.exitAfterFrames > 0 ? 0 : 1;  // vsync, except when benchmarking
  glfwSwapInterval(m_swapInterval);
  installInputCallbacks(window, &m_input);
  return std::nullopt;
}

std::optional<int> WindowApp::createRenderer(render::RendererAssets assets) {
  render::RendererDesc desc = rendererDescFromDataPaths();
  auto created = render::Renderer::create(reinterpret_cast<render::GlLoaderFn>(glfwGetProcAddress),
                                          desc, std::move(assets));
  if (!created) {
    sayOnStderr("rendezvous: " + created.error().message + "\n");
    return kExitRuntimeError;
  }
  m_renderer = std::move(created).value();
  for (const auto& w : m_renderer->warnings()) sayOnStderr("rendezvous: warning: " + w + "\n");
  sayOnStderr("rendezvous: OpenGL " + m_renderer->glVersion() + "\n");
  // Without a GPU driver llvmpipe draws on the CPU, where MSAA costs about
  // as much as the rest of the frame (bench/frame_bench).
  const bool software = render::isSoftwareRasterizer(m_renderer->glRenderer());
  const bool low = m_opt.quality == "low" || (m_opt.quality == "auto" && software);
  m_renderer->setQuality(low ? render::RenderQuality::Low : render::RenderQuality::High);
  if (low && m_opt.quality == "auto") {
    sayOnStderr(
        "rendezvous: software rasteriser: render quality low (no MSAA); "
        "--quality high for 4x MSAA\n");
  }
  return std::nullopt;
}

std::pair<float, bool> WindowApp::startUiScale() const {
  if (m_opt.uiScale) return {std::clamp(*m_opt.uiScale, kMinUiScale, kMaxUiScale), true};
  if (m_settings.uiScale > 0.0f) return {m_settings.uiScale, true};
  return {monitorScaleFor(m_window->get()), false};
}

// 20-35 ms of glyph rasterising that would otherwise come between the
// mission and the first frame. The sizes are initUi's; if the window's
// width changes before then (fullscreen from the settings), initUi builds
// them again for the new width.
std::future<PrebuiltFonts> WindowApp::startBuildingFonts() const {
  int width = 0, height = 0;
  glfwGetWindowSize(m_window->get(), &width, &height);
  // As RendererAssets: a worker, or in get() if no thread can be started.
  return std::async(std::launch::async | std::launch::deferred, buildFonts, startUiScale().first,
                    largeTypePx(width, 0.0f));
}

// Plot series and phase bands: once, never per frame. On the mission's
// worker thread (see open()): it writes m_series and m_seriesS only, which
// this thread reads after BackgroundMission::take().
void WindowApp::computeSeries(const LoadedMission& mission) {
  const auto seriesStart = Clock::now();
  m_series = computeMissionSeries(*mission.timeline);
  m_seriesS = std::chrono::duration<double>(Clock::now() - seriesStart).count();
}

// The clock, camera, panels, scale and story mode: from the settings, the
// command line over them.
void WindowApp::initState() {
  const sim::MissionTimeline& timeline = *m_mission->timeline;
  const Settings& settings = m_settings;
  GLFWwindow* window = m_window->get();
  m_clock.emplace(timeline.startUtcS(), timeline.endUtcS(), m_startUtcS);
  m_clock->setWarp(settings.warp);
  m_clock->setEndMode(settings.loop ? EndMode::Loop : EndMode::Stop);
  AppState& app = m_app;
  app.window = window;
  app.mission = m_mission.get();
  app.clock = &*m_clock;
  app.swapInterval = m_swapInterval;
  app.windowed = {settings.windowX.value_or(0), settings.windowY.value_or(0), settings.windowWidth,
                  settings.windowHeight};
  app.camera.current = app.camera.previous = m_opt.camera ? *m_opt.camera : settings.camera;
  app.camera.free = {settings.freeYawRad, settings.freePitchRad, settings.freeDistanceM};
  app.ui.panelsVisible = settings.panelsVisible;
  app.ui.showTelemetry = settings.showTelemetry;
  app.ui.showPlots = settings.showPlots;
  app.ui.showCrew = settings.showCrew;
  app.ui.showRelative = settings.showRelative;
  app.ui.showMap = settings.showMap;
  app.ui.overlays = settings.overlays;
  app.ui.highContrast = settings.highContrast;
  app.ui.screenshotDir = settings.screenshotDir;
  app.ui.screenshotIncludesPanels = settings.screenshotIncludesPanels;
  app.ui.record = settings.record;
  std::tie(app.ui.uiScale, app.scaleChosen) = startUiScale();
  if (settings.fullscreen && !quitsByItself())
    setFullscreen(window, true, app.windowed, m_swapInterval);
  if (!m_settingsWarning.empty()) toast(app, "Settings: " + m_settingsWarning, true, 8.0);
  app.storyOptions.speedFactor = m_opt.storySpeed;
  if (m_opt.storyHoldS) app.storyOptions.autoContinueS = *m_opt.storyHoldS;
  if (m_opt.story) enterStory(app);
}

// Fonts and theme for the scale, the timeline's view, the wall clock and
// the frame log.
void WindowApp::initUi() {
  const sim::MissionTimeline& timeline = *m_mission->timeline;
  glfwGetWindowSize(m_window->get(), &m_winW, &m_winH);
  m_app.largeTypePx = largeTypePx(m_winW, 0.0f);
  if (const std::string& warning = m_imgui->setFonts(m_app.ui.uiScale, m_app.largeTypePx);
      !warning.empty())
    std::fprintf(stderr, "rendezvous: warning: %s\n", warning.c_str());
  m_imgui->setTheme(m_app.ui.highContrast, m_app.ui.uiScale);

  m_view.emplace(timeline.startUtcS(), timeline.endUtcS());
  m_wallStart = Clock::now();
  m_last = m_statsStart = m_wallStart;
  // The frame log stays a plain appended stream, not an io::FileWriter: it
  // is a diagnostic (scripts/soak.sh), flushed a line per frame so a run
  // killed mid-way keeps its lines, and added to across runs, which a
  // temporary file renamed at the end cannot give; losing a line of it never
  // makes a result wrong.
  if (!m_opt.frameLogPath.empty()) {
    m_frameLog.reset(std::fopen(m_opt.frameLogPath.c_str(), "a"));
    if (!m_frameLog)
      std::fprintf(stderr, "rendezvous: warning: cannot write the frame log %s: %s\n",
                   m_opt.frameLogPath.c_str(), std::strerror(errno));
  }
}

}  // namespace rv::app
