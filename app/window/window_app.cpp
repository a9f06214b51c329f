// [SECTION] The frame loop: pacing and input, the clock, the scene, the panels,
//           screenshots, statistics; --exit-after-frames and --screenshot
// [SECTION] Shut-down: the state dump and the settings
// [SECTION] runWindowApp

#include "window_app.h"

#include <glad/gl.h>
#define GLFW_INCLUDE_NONE
#include <GLFW/glfw3.h>
#include <imgui.h>

#include <algorithm>
#include <ctime>

#include "app_actions.h"
#include "frame_builder.h"
#include "layout.h"
#include "process_uptime.h"
#include "render/readback.h"
#include "screenshot.h"
#include "window_app_private.h"

namespace rv::app {
namespace {

// Reads the window's back buffer (what has been drawn so far this frame).
render::ImageRgba8 readBackBuffer(int width, int height) {
  return render::readFramebuffer(width, height);
}

}  // namespace

//-----------------------------------------------------------------------------
// [SECTION] The frame loop
//-----------------------------------------------------------------------------

int WindowApp::run() {
  while (!glfwWindowShouldClose(m_window->get()))
    if (!frame()) break;
  shutDown();
  return m_exitCode;
}

bool WindowApp::frame() {
  waitForInput();
  int fbW = 0, fbH = 0;
  glfwGetFramebufferSize(m_window->get(), &fbW, &fbH);
  if (fbW <= 0 || fbH <= 0) {  // minimised: nothing to draw, sleep until something happens
    glfwWaitEvents();
    m_last = Clock::now();
    return true;
  }
  const double wallDt = advanceClock();
  applyKeys();
  updateFonts();
  if (m_app.story) advanceStory(wallDt);
  const double storyUtcS = m_clock->nowUtcS();
  const bool lastFrame = isLastFrame();
  if (m_app.frozen) {  // nothing drawn, nothing swapped: the screen keeps the last picture
    ++m_frames;
    return !lastFrame;
  }

  drawScene(fbW, fbH);
  // F12 without panels: the 3D view as drawn, before the UI goes on top.
  render::ImageRgba8 shot;
  const bool takeShot = m_app.screenshotPending;
  if (takeShot && !m_app.ui.screenshotIncludesPanels) shot = readBackBuffer(fbW, fbH);
  if (lastFrame && !m_opt.sceneScreenshotPath.empty())
    writeTestScreenshot(m_opt.sceneScreenshotPath, fbW, fbH);

  drawPanels();
  applyPanelActions(storyUtcS);
  if (takeShot) takeScreenshot(std::move(shot), fbW, fbH);

  ++m_frames;
  if (lastFrame && !m_opt.screenshotPath.empty()) {
    glFinish();
    writeTestScreenshot(m_opt.screenshotPath, fbW, fbH);
  }
  glfwSwapBuffers(m_window->get());
  if (m_frames == 1) m_firstFrameAtS = secondsSinceProcessStart();
  if (const double ms = m_trimmer.tick(m_app.wallS); ms >= 0.0) m_trimMs = ms;
  updateStats();
  if (lastFrame) {
    std::fprintf(stderr, "rendezvous: %lld frames at %dx%d, last mean frame time %.1f ms\n",
                 m_frames, fbW, fbH, m_stats.frameMs);
    // Start-up as a user sees it (scripts/bench.sh reads this line).
    if (m_firstFrameAtS)
      std::fprintf(stderr, "rendezvous: first frame on screen %.3f s after the command started\n",
                   *m_firstFrameAtS);
    return false;
  }
  return true;
}

// Frame pacing: vsync paces a moving picture; a paused, settled picture
// waits for input instead of redrawing (a few frames after each event let
// ImGui's hover state settle). Frozen, the picture holds and only input is
// waited for (the clock still moves behind it).
void WindowApp::waitForInput() {
  const bool storyMoving = m_app.story && !m_app.story->current().holding;
  const bool idle = !quitsByItself() && !m_clock->playing() && !storyMoving &&
                    !m_app.camera.inTransition() && m_app.ui.toast.untilWallS < m_app.wallS &&
                    m_framesSinceInput > 3 && !m_app.screenshotPending;
  if (m_app.frozen)
    glfwWaitEventsTimeout(0.1);
  else if (idle)
    glfwWaitEventsTimeout(0.5);
  else
    glfwPollEvents();
  if (m_input.events != m_seenEvents) {
    m_seenEvents = m_input.events;
    m_framesSinceInput = 0;
  } else {
    ++m_framesSinceInput;
  }
  if (m_input.pointerEvents != m_seenPointerEvents) {
    m_seenPointerEvents = m_input.pointerEvents;
    m_app.ui.lastPointerWallS = m_app.wallS;
  }
}

// Wall time since the last frame: the clock (unless a story drives it) and
// the camera's transition move on by it.
double WindowApp::advanceClock() {
  const auto now = Clock::now();
  const double wallDt = std::chrono::duration<double>(now - m_last).count();
  m_last = now;
  m_app.wallS = std::chrono::duration<double>(now - m_wallStart).count();
  if (!m_app.story) m_clock->advance(wallDt);
  m_app.camera.sinceChangeS += wallDt;
  return wallDt;
}

// The keys pressed since the last frame, as actions; Enter and Esc for the
// Go to field; from G on, keys are text until the field is left.
void WindowApp::applyKeys() {
  for (const InputQueue::Key& k : m_input.keys) {
    const auto a = actionForKey(k.key, k.mods);
    if (!a) continue;
    applyAction(m_app, *a);
    if (*a == Action::FocusTimeField) break;  // what follows G is text for the field
  }
  m_input.keys.clear();
  m_app.ui.enterPressed = m_input.enterWhileTyping;
  m_app.ui.escapePressed = m_input.escapeWhileTyping;
  m_input.enterWhileTyping = m_input.escapeWhileTyping = false;
  if (m_app.ui.focusTimeField && !m_input.typing) {
    m_input.typing = true;
    m_input.typingSinceS = m_app.wallS;
    m_input.sawTextInput = false;
  }
}

// The font atlas and theme again when the scale, the theme or the window's
// width (the large type) changed.
void WindowApp::updateFonts() {
  glfwGetWindowSize(m_window->get(), &m_winW, &m_winH);
  if (const float px = largeTypePx(m_winW, 0.0f); px != m_app.largeTypePx) {
    m_app.largeTypePx = px;  // the window was resized: the large type follows
    m_app.fontsDirty = true;
  }
  if (m_app.fontsDirty) {
    (void)m_imgui->setFonts(m_app.ui.uiScale, m_app.largeTypePx);  // warned at start-up
    m_app.themeDirty = true;
    m_app.fontsDirty = false;
  }
  if (m_app.themeDirty) {
    m_imgui->setTheme(m_app.ui.highContrast, m_app.ui.uiScale);
    m_app.themeDirty = false;
  }
}

// Story mode drives the clock and the camera, and says so in the captions.
void WindowApp::advanceStory(double wallDt) {
  const StoryFrame f = m_app.story->advance(wallDt);
  m_clock->seek(f.utcS);
  m_app.camera.current = f.shot.camera;
  m_app.camera.previous = f.shot.previous;
  m_app.camera.sinceChangeS = f.shot.blend * CameraState::kTransitionS;
  m_app.ui.storyCaption = f.caption;
  m_app.ui.storyState = f.holding               ? "Next \u25B8"
                        : m_app.story->paused() ? "Story ||"
                                                : "Story \u25B6";
  if (f.finished) {
    ++m_app.storiesFinished;
    std::fprintf(stderr, "rendezvous: story finished (%d stops)\n", m_app.story->stopsHeld());
    leaveStory(m_app, "Story finished: the controls are as they were");
  }
}

// The 3D view (or black while blanked), and which cameras have nothing to
// show now (the camera buttons say why).
void WindowApp::drawScene(int fbW, int fbH) {
  const LoadedMission& mission = *m_mission;
  {
    const CameraScene scene = cameraScene(mission, m_clock->nowUtcS());
    for (size_t i = 0; i < std::size(kAllCameras); ++i)
      m_app.ui.cameraIdle[i] = cameraIdleReason(kAllCameras[i], scene);
  }
  FrameRequest req;
  req.utcS = m_clock->nowUtcS();
  req.camera = m_app.camera.current;
  req.fromCamera = m_app.camera.previous;
  req.blend = m_app.camera.sinceChangeS / CameraState::kTransitionS;
  req.free = m_app.camera.free;
  req.overlays = resolveOverlays(m_app.camera.current, m_app.ui.overlays);
  req.exposureBiasEv = m_app.ui.exposureBiasEv;
  // The followed vehicle framed in the middle of the space between the
  // bars (their heights from the last frame), never under them.
  if (m_app.ui.panelsVisible)
    req.lensShiftNdc =
        lensShiftBetweenBars(m_app.ui.topBarHeight, m_app.ui.figuresBarHeight, m_winH);
  if (m_app.ui.blank) {
    // Blanked: black, no scene and no panels, until B or '.' again (the
    // clock goes on as it was, like a projector's blank).
    glViewport(0, 0, fbW, fbH);
    glClearColor(0.0f, 0.0f, 0.0f, 1.0f);
    glClear(GL_COLOR_BUFFER_BIT | GL_DEPTH_BUFFER_BIT);
  } else {
    m_renderer->draw(buildFrame(mission, req), {0, fbW, fbH});
  }
}

// The UI over the 3D view: the frame hooks (shown or hidden), then the bars
// and panels unless hidden (H) or blanked, help and the toast.
void WindowApp::drawPanels() {
  const sim::MissionTimeline& timeline = *m_mission->timeline;
  m_imgui->newFrame();
  freeCameraMouse(m_app);
  const Readout readout = readoutAt(timeline, timeline.frame(m_clock->nowUtcS()));
  UiContext ctx{*m_mission,   m_series,    readout,   *m_clock,
                m_app.camera, m_app.ui,    *m_view,   m_imgui->fonts(),
                m_stats,      m_app.wallS, m_actions, m_renderer->earthMapTexture()};
  for (const PanelHook& hook : m_opt.frameHooks) hook(ctx);
  // The transport row folds away while the pointer is still.
  const ImGuiIO& io = ImGui::GetIO();
  UiState& ui = m_app.ui;
  ui.transportVisible = transportShown(
      {m_app.wallS, ui.lastPointerWallS, io.WantCaptureMouse,
       io.WantTextInput || ui.focusTimeField || m_input.typing || ui.showRecord ||
           ui.selection.dragging() ||
           ImGui::IsPopupOpen("", ImGuiPopupFlags_AnyPopupId | ImGuiPopupFlags_AnyPopupLevel)});
  if (ui.panelsVisible && !ui.blank) {
    drawCaptionsBar(ctx);
    drawFiguresBar(ctx);
    ui.bottomBarHeight = ui.figuresBarHeight;
    if (ui.transportVisible) drawTimelineBar(ctx);
    if (ui.showTelemetry || ui.showPlots) drawTelemetryPanel(ctx);
    if (ui.showCrew) drawCrewPanel(ctx);
    if (ui.showRelative) drawRelativeMotionPanel(ctx);
    if (ui.showMap) drawMapPanel(ctx);
    for (const PanelHook& hook : m_opt.extraPanels) hook(ctx);
  }
  if (ui.showHelp && !ui.blank) drawHelpOverlay(ctx);
  if (!ui.blank) drawToast(ctx);
  m_imgui->render();
}

// What the panels asked for this frame, once their UI is built.
void WindowApp::applyPanelActions(double storyUtcS) {
  // A seek from the timeline or an event list leaves the story there.
  if (m_app.story && m_clock->nowUtcS() != storyUtcS) leaveStory(m_app, "Story mode off");
  for (Action a : m_actions) applyAction(m_app, a);
  m_actions.clear();
  // Keys are text from G until the field is left (or never got the focus).
  if (m_input.typing) {
    if (ImGui::GetIO().WantTextInput)
      m_input.sawTextInput = true;
    else if (m_input.sawTextInput || m_app.wallS - m_input.typingSinceS > 2.0)
      m_input.typing = false;
  }
}

// F12: `shot` (the 3D view alone), or the frame with its panels, saved to
// the screenshot folder and said in a toast.
void WindowApp::takeScreenshot(render::ImageRgba8 shot, int fbW, int fbH) {
  if (m_app.ui.screenshotIncludesPanels) shot = readBackBuffer(fbW, fbH);
  const std::string folder = screenshotFolder(m_app.ui.screenshotDir);
  const auto name = screenshotFileName(static_cast<long long>(std::time(nullptr)),
                                       m_clock->nowUtcS() - m_mission->timeline->liftoffUtcS());
  const ScreenshotResult r = rv::app::saveScreenshot(shot, folder, name);
  std::fprintf(stderr, "rendezvous: %s\n", r.message.c_str());
  toast(m_app, r.message, !r.ok, r.ok ? 4.0 : 8.0);
  if (r.ok) {
    ++m_app.screenshots;
    m_app.lastScreenshot = r.path;
  }
  m_app.screenshotPending = false;
}

// --screenshot and --scene-screenshot: the back buffer as drawn so far.
void WindowApp::writeTestScreenshot(const std::string& path, int fbW, int fbH) {
  if (auto w = render::writePng(path, readBackBuffer(fbW, fbH)); !w) {
    std::fprintf(stderr, "rendezvous: %s\n", w.error().message.c_str());
    m_exitCode = kExitRuntimeError;
  }
}

// Once a second: the mean frame time and fps (the figures bar), and a line
// of the frame log.
void WindowApp::updateStats() {
  ++m_statsFrames;
  const double statsElapsed = std::chrono::duration<double>(Clock::now() - m_statsStart).count();
  if (statsElapsed < 1.0) return;
  m_stats.frameMs = 1000.0 * statsElapsed / m_statsFrames;
  m_stats.fps = m_statsFrames / statsElapsed;
  if (m_frameLog) {
    // Heap in use (KiB malloc has handed out and not had back) tells a
    // soak's real growth from the driver's JIT code (mmap) and from
    // fragmentation, which raise RSS alone; then the last heap trim's
    // duration in ms within this second (0 if none).
    std::fprintf(m_frameLog.get(), "%.3f %.2f %.1f %g %s %zu %.2f\n",
                 std::chrono::duration<double>(Clock::now() - m_wallStart).count(), m_stats.frameMs,
                 m_clock->nowUtcS() - m_mission->timeline->liftoffUtcS(), m_clock->warp(),
                 cameraName(m_app.camera.current), heapInUseKiB(), m_trimMs);
    m_trimMs = 0.0;
    std::fflush(m_frameLog.get());
  }
  m_statsStart = Clock::now();
  m_statsFrames = 0;
}

//-----------------------------------------------------------------------------
// [SECTION] Shut-down
//-----------------------------------------------------------------------------

// Settings are not written by a run that quits by itself (tests, benchmarks).
void WindowApp::shutDown() {
  if (!m_opt.dumpStatePath.empty()) {
    if (auto dumped = writeStateDump(m_opt.dumpStatePath, m_app, m_frames); !dumped)
      std::fprintf(stderr, "rendezvous: warning: state not dumped: %s\n",
                   dumped.error().message.c_str());
  }
  if (!quitsByItself()) {
    if (auto saved = saveSettings(m_settingsPath, settingsFrom(m_app, m_window->get())); !saved)
      std::fprintf(stderr, "rendezvous: warning: settings not saved: %s\n",
                   saved.error().message.c_str());
  }
}

//-----------------------------------------------------------------------------
// [SECTION] runWindowApp
//-----------------------------------------------------------------------------

int runWindowApp(const WindowOptions& opt, const GlobalOptions& global) {
  WindowApp app(opt, global);
  if (const auto failed = app.open()) return *failed;
  return app.run();
}

}  // namespace rv::app
