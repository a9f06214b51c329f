#include "glfw_window.h"

#define GLFW_INCLUDE_NONE
#include <GLFW/glfw3.h>

#include <string>

#include "held_messages.h"

namespace rv::app {
namespace {

// Held with the rest of start-up's messages (held_messages.h).
void glfwErrorToStderr(int code, const char* text) {
  sayOnStderr("rendezvous: GLFW error " + std::to_string(code) + ": " + text + "\n");
}

}  // namespace

std::unique_ptr<GlfwWindow> GlfwWindow::open(int width, int height) {
  glfwSetErrorCallback(glfwErrorToStderr);
  if (glfwInit() != GLFW_TRUE) {
    sayOnStderr(
        "rendezvous: cannot open a window (no display?). Set DISPLAY, run under "
        "xvfb-run, or use 'rendezvous render' for headless output.\n");
    return nullptr;
  }
  glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
  glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 3);
  glfwWindowHint(GLFW_OPENGL_PROFILE, GLFW_OPENGL_CORE_PROFILE);
  glfwWindowHint(GLFW_OPENGL_FORWARD_COMPAT, GLFW_TRUE);
  glfwWindowHint(GLFW_RESIZABLE, GLFW_TRUE);
  glfwWindowHint(GLFW_VISIBLE, GLFW_FALSE);  // shown once placed
  // The scene is multisampled in the renderer's own buffers; the window's
  // buffer receives the finished picture and the UI.
  glfwWindowHint(GLFW_SAMPLES, 0);
  // Without MSAA the renderer draws the scene straight into this buffer
  // when it has these (render/scene_buffers.h), saving a full-screen pass;
  // without them it still works, through its own buffers.
  glfwWindowHint(GLFW_SRGB_CAPABLE, GLFW_TRUE);
  glfwWindowHint(GLFW_DEPTH_BITS, 24);
  glfwWindowHint(GLFW_STENCIL_BITS, 8);
  GLFWwindow* window = glfwCreateWindow(width, height, kWindowTitle, nullptr, nullptr);
  if (!window) {
    sayOnStderr(
        "rendezvous: the graphics driver cannot create an OpenGL 3.3 core context. "
        "Update the GPU driver, or install Mesa (libgl1-mesa-dri) and try "
        "LIBGL_ALWAYS_SOFTWARE=1.\n");
    glfwTerminate();
    return nullptr;
  }
  return std::unique_ptr<GlfwWindow>(new GlfwWindow(window));
}

GlfwWindow::~GlfwWindow() {
  glfwDestroyWindow(m_window);
  glfwTerminate();
}

}  // namespace rv::app
