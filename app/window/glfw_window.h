#pragma once
// The GLFW window and its OpenGL 3.3 core context, owned as one: GLFW is set
// up when the window opens and torn down after it closes (like sokol's
// setup/shutdown, paired in one owner). A window that cannot open says why
// on stderr, and what to try.

#include <memory>

struct GLFWwindow;

namespace rv::app {

inline constexpr const char* kWindowTitle = "Rendezvous - Soyuz MS-19, 5 October 2021";

class GlfwWindow {
 public:
  // A hidden window (glfwShowWindow once placed) with its context not yet
  // current; null when GLFW or the context cannot be had (said on stderr).
  static std::unique_ptr<GlfwWindow> open(int width, int height);
  ~GlfwWindow();
  GlfwWindow(const GlfwWindow&) = delete;
  GlfwWindow& operator=(const GlfwWindow&) = delete;

  GLFWwindow* get() const { return m_window; }

 private:
  explicit GlfwWindow(GLFWwindow* window) : m_window(window) {}
  GLFWwindow* m_window;
};

}  // namespace rv::app
