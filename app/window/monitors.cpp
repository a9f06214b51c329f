#include "monitors.h"

#define GLFW_INCLUDE_NONE
#include <GLFW/glfw3.h>

#include <algorithm>

#include "ui_theme.h"

namespace rv::app {
namespace {

// The monitor that holds most of the window (F11 goes fullscreen there).
GLFWmonitor* monitorOf(GLFWwindow* window) {
  int wx = 0, wy = 0, ww = 0, wh = 0;
  glfwGetWindowPos(window, &wx, &wy);
  glfwGetWindowSize(window, &ww, &wh);
  int count = 0;
  GLFWmonitor** monitors = glfwGetMonitors(&count);
  GLFWmonitor* best = glfwGetPrimaryMonitor();
  long bestArea = -1;
  for (int i = 0; i < count; ++i) {
    int mx = 0, my = 0;
    glfwGetMonitorPos(monitors[i], &mx, &my);
    const GLFWvidmode* mode = glfwGetVideoMode(monitors[i]);
    if (!mode) continue;
    const long ox = std::max(0, std::min(wx + ww, mx + mode->width) - std::max(wx, mx));
    const long oy = std::max(0, std::min(wy + wh, my + mode->height) - std::max(wy, my));
    if (ox * oy > bestArea) {
      bestArea = ox * oy;
      best = monitors[i];
    }
  }
  return best;
}

}  // namespace

bool onSomeMonitor(int x, int y) {
  int count = 0;
  GLFWmonitor** monitors = glfwGetMonitors(&count);
  for (int i = 0; i < count; ++i) {
    int mx = 0, my = 0;
    glfwGetMonitorPos(monitors[i], &mx, &my);
    const GLFWvidmode* mode = glfwGetVideoMode(monitors[i]);
    if (mode && x >= mx && y >= my && x < mx + mode->width - 40 && y < my + mode->height - 40)
      return true;
  }
  return false;
}

void setFullscreen(GLFWwindow* window, bool on, WindowedRect& saved, int swapInterval) {
  const bool isFull = glfwGetWindowMonitor(window) != nullptr;
  if (on == isFull) return;
  if (on) {
    glfwGetWindowPos(window, &saved.x, &saved.y);
    glfwGetWindowSize(window, &saved.w, &saved.h);
    GLFWmonitor* m = monitorOf(window);
    const GLFWvidmode* mode = glfwGetVideoMode(m);
    if (!mode) return;
    glfwSetWindowMonitor(window, m, 0, 0, mode->width, mode->height, mode->refreshRate);
  } else {
    glfwSetWindowMonitor(window, nullptr, saved.x, saved.y, saved.w, saved.h, GLFW_DONT_CARE);
  }
  glfwSwapInterval(swapInterval);  // some drivers reset it with the mode
}

float monitorScaleFor(GLFWwindow* window) {
  float sx = 1.0f, sy = 1.0f;
  glfwGetWindowContentScale(window, &sx, &sy);
  GLFWmonitor* monitor = monitorOf(window);
  MonitorInfo m;
  m.contentScale = std::max(sx, sy);
  if (const GLFWvidmode* mode = glfwGetVideoMode(monitor)) {
    m.widthPx = mode->width;
    m.heightPx = mode->height;
  }
  glfwGetMonitorPhysicalSize(monitor, &m.widthMm, &m.heightMm);
  return defaultUiScale(m);
}

}  // namespace rv::app
