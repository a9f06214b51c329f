#include "window_app.h"

#include <glad/gl.h>
#define GLFW_INCLUDE_NONE
#include <GLFW/glfw3.h>
#include <imgui.h>
#include <imgui_impl_glfw.h>
#include <imgui_impl_opengl3.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>

#include "cli.h"
#include "data_paths.h"
#include "frame_builder.h"
#include "mission_context.h"
#include "playback_clock.h"
#include "render/image_io.h"
#include "render/renderer.h"
#include "timeline_panel.h"

namespace rv::app {
namespace {

void glfwErrorToStderr(int code, const char* text) {
  std::fprintf(stderr, "rendezvous: GLFW error %d: %s\n", code, text);
}

// Key presses are queued here by the GLFW callback and applied in the loop.
struct KeyQueue {
  std::vector<int> keys;
};

void onKey(GLFWwindow* window, int key, int, int action, int) {
  if (action != GLFW_PRESS) return;
  if (ImGui::GetIO().WantCaptureKeyboard) return;
  if (key == GLFW_KEY_ESCAPE) glfwSetWindowShouldClose(window, GLFW_TRUE);
  if (auto* q = static_cast<KeyQueue*>(glfwGetWindowUserPointer(window))) q->keys.push_back(key);
}

// Smooth camera changes: the previous camera blends into the new one over
// kTransitionS of wall-clock time.
struct CameraState {
  CameraKind current = CameraKind::Chase;
  CameraKind previous = CameraKind::Chase;
  double sinceChangeS = 1e9;
  static constexpr double kTransitionS = 1.5;
  void select(CameraKind k) {
    if (k == current) return;
    previous = current;
    current = k;
    sinceChangeS = 0.0;
  }
};

// Reads the window's back buffer (the frame about to be shown) into a PNG.
bool saveBackBuffer(int width, int height, const std::string& path, std::string* err) {
  render::ImageRgba8 img{width, height,
                         std::vector<std::uint8_t>(static_cast<size_t>(width) * height * 4)};
  glBindFramebuffer(GL_READ_FRAMEBUFFER, 0);
  glReadBuffer(GL_BACK);
  glPixelStorei(GL_PACK_ALIGNMENT, 1);
  glReadPixels(0, 0, width, height, GL_RGBA, GL_UNSIGNED_BYTE, img.pixels.data());
  const size_t row = static_cast<size_t>(width) * 4;
  std::vector<std::uint8_t> flipped(img.pixels.size());
  for (int y = 0; y < height; ++y)
    std::copy_n(&img.pixels[static_cast<size_t>(height - 1 - y) * row], row,
                &flipped[static_cast<size_t>(y) * row]);
  img.pixels = std::move(flipped);
  return render::writePng(path, img, err);
}

struct GlfwSession {
  GlfwSession() : ok(glfwInit() == GLFW_TRUE) {}
  ~GlfwSession() { if (ok) glfwTerminate(); }
  bool ok;
};

} // namespace

int runWindowApp(const WindowOptions& opt, const GlobalOptions& global) {
  std::string err;
  int code = kExitOk;
  // Load and simulate before opening the window: a broken mission file is
  // reported on the terminal and no empty window flashes up.
  auto mission = loadMissionOrExplain(global, &err, &code);
  if (!mission) {
    std::fprintf(stderr, "rendezvous: %s\n", err.c_str());
    return code;
  }
  const sim::MissionTimeline& timeline = *mission->timeline;
  const auto startOpt = resolveMissionTime(timeline, opt.startTime, &err);
  if (!startOpt) {
    std::fprintf(stderr, "rendezvous: --start: %s\n", err.c_str());
    return kExitUsage;
  }

  glfwSetErrorCallback(glfwErrorToStderr);
  GlfwSession glfw;
  if (!glfw.ok) {
    std::fprintf(stderr,
                 "rendezvous: cannot open a window (no display?). Set DISPLAY, run under "
                 "xvfb-run, or use 'rendezvous render' for headless output.\n");
    return kExitRuntimeError;
  }
  glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
  glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 3);
  glfwWindowHint(GLFW_OPENGL_PROFILE, GLFW_OPENGL_CORE_PROFILE);
  glfwWindowHint(GLFW_OPENGL_FORWARD_COMPAT, GLFW_TRUE);
  glfwWindowHint(GLFW_RESIZABLE, GLFW_TRUE);
  // The scene is multisampled in the renderer's own buffers; the window's
  // buffer only receives the tone-mapped result and the UI.
  glfwWindowHint(GLFW_SAMPLES, 0);
  GLFWwindow* window = glfwCreateWindow(opt.width, opt.height,
                                        "Rendezvous - Soyuz MS-19, 5 October 2021", nullptr, nullptr);
  if (!window) {
    std::fprintf(stderr,
                 "rendezvous: the graphics driver cannot create an OpenGL 3.3 core context. "
                 "Update the GPU driver, or install Mesa (libgl1-mesa-dri) and try "
                 "LIBGL_ALWAYS_SOFTWARE=1.\n");
    return kExitRuntimeError;
  }
  glfwMakeContextCurrent(window);
  glfwSwapInterval(opt.exitAfterFrames > 0 ? 0 : 1); // vsync, except when benchmarking
  KeyQueue keyQueue;
  glfwSetWindowUserPointer(window, &keyQueue);
  glfwSetKeyCallback(window, onKey);

  int exitCode = kExitOk;
  {
    render::RendererDesc desc;
    desc.xplanetDir = xplanetDir();
    auto created =
        render::Renderer::create(reinterpret_cast<render::GlLoaderFn>(glfwGetProcAddress), desc);
    if (auto* e = std::get_if<render::RenderError>(&created)) {
      std::fprintf(stderr, "rendezvous: %s\n", e->message.c_str());
      glfwDestroyWindow(window);
      return kExitRuntimeError;
    }
    auto renderer = std::move(std::get<std::unique_ptr<render::Renderer>>(created));
    for (const auto& w : renderer->warnings()) std::fprintf(stderr, "rendezvous: warning: %s\n", w.c_str());
    std::fprintf(stderr, "rendezvous: OpenGL %s\n", renderer->glVersion().c_str());

    IMGUI_CHECKVERSION();
    ImGui::CreateContext();
    ImGui::GetIO().IniFilename = nullptr;
    ImGui::StyleColorsDark();
    ImGui_ImplGlfw_InitForOpenGL(window, true);
    ImGui_ImplOpenGL3_Init("#version 330 core");

    PlaybackClock clock(timeline.startUtcS(), timeline.endUtcS(), *startOpt);
    CameraState camera;
    camera.current = camera.previous = opt.camera;
    FrameStats stats;
    using Clock = std::chrono::steady_clock;
    auto last = Clock::now();
    auto statsStart = last;
    int statsFrames = 0;
    long long frames = 0;

    while (!glfwWindowShouldClose(window)) {
      glfwPollEvents();
      int fbW = 0, fbH = 0;
      glfwGetFramebufferSize(window, &fbW, &fbH);
      if (fbW <= 0 || fbH <= 0) { // minimised: nothing to draw, sleep until something happens
        glfwWaitEvents();
        last = Clock::now();
        continue;
      }
      const auto now = Clock::now();
      const double wallDt = std::chrono::duration<double>(now - last).count();
      clock.advance(wallDt);
      camera.sinceChangeS += wallDt;
      last = now;
      for (int key : keyQueue.keys) {
        if (key == GLFW_KEY_SPACE) clock.setPlaying(!clock.playing());
        if (key >= GLFW_KEY_1 && key <= GLFW_KEY_6) camera.select(kAllCameras[key - GLFW_KEY_1]);
      }
      keyQueue.keys.clear();

      FrameRequest req;
      req.utcS = clock.nowUtcS();
      req.camera = camera.current;
      req.fromCamera = camera.previous;
      req.blend = camera.sinceChangeS / CameraState::kTransitionS;
      renderer->draw(buildFrame(*mission, req), {0, fbW, fbH});

      ImGui_ImplOpenGL3_NewFrame();
      ImGui_ImplGlfw_NewFrame();
      ImGui::NewFrame();
      drawTimelinePanel(clock, timeline.liftoffUtcS(), stats);
      ImGui::Render();
      ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());

      ++frames;
      const bool lastFrame = opt.exitAfterFrames > 0 && frames >= opt.exitAfterFrames;
      if (lastFrame && !opt.screenshotPath.empty()) {
        glFinish();
        if (!saveBackBuffer(fbW, fbH, opt.screenshotPath, &err)) {
          std::fprintf(stderr, "rendezvous: %s\n", err.c_str());
          exitCode = kExitRuntimeError;
        }
      }
      glfwSwapBuffers(window);

      ++statsFrames;
      const double statsElapsed = std::chrono::duration<double>(Clock::now() - statsStart).count();
      if (statsElapsed >= 1.0) {
        stats.frameMs = 1000.0 * statsElapsed / statsFrames;
        stats.fps = statsFrames / statsElapsed;
        statsStart = Clock::now();
        statsFrames = 0;
      }
      if (lastFrame) {
        std::fprintf(stderr, "rendezvous: %lld frames at %dx%d, last mean frame time %.1f ms\n",
                     frames, fbW, fbH, stats.frameMs);
        break;
      }
    }

    ImGui_ImplOpenGL3_Shutdown();
    ImGui_ImplGlfw_Shutdown();
    ImGui::DestroyContext();
  } // the renderer's GL objects go before the context
  glfwDestroyWindow(window);
  return exitCode;
}

} // namespace rv::app
