#pragma once
// Which monitor a window is on, and what follows from it: fullscreen there
// (F11), the UI scale it wants, whether a saved position is still on one.

struct GLFWwindow;

namespace rv::app {

// Where the window was before fullscreen, to go back to.
struct WindowedRect {
  int x = 0, y = 0, w = 1280, h = 720;
};

// Whether a saved window position is on some monitor (a projector that is
// gone must not leave the window off-screen).
bool onSomeMonitor(int x, int y);

// Fullscreen on the monitor that holds most of the window (saving the
// windowed rectangle), or back to that rectangle.
void setFullscreen(GLFWwindow* window, bool on, WindowedRect& saved, int swapInterval);

// ui_theme.h's defaultUiScale for the window's monitor.
float monitorScaleFor(GLFWwindow* window);

}  // namespace rv::app
